import * as v from 'valibot';
import {
  BOOKMARKS_FORMATS,
  DOSSIER_FORMATS,
  type ActionResult,
  type LoadResult,
  type ServiceApi,
} from './api';
import { Exporter } from './export/render';
import { toReaderData } from './reader-data';
import {
  CopyRequestSchema,
  FORMAT_LABELS,
  SaveRequestSchema,
  type ClipboardContent,
  type SaveableFile,
} from './export/request';
import type { Pack, PackResult } from './pack/verify';
import { Reference } from './reference';
import {
  emptyResults,
  type SearchOptions,
  type SearchResults,
  type Searcher,
} from './search/results';
import { parseSearchRequest } from './search/request';
import { QuoteChecker, type QuoteReport } from './quote/check';
import { BookmarksSchema, DossierSchema } from './tools/stored';
import { exportBookmarks, exportDossier } from './tools/exports';

const DossierExportSchema = v.strictObject({
  dossier: DossierSchema,
  format: v.picklist(DOSSIER_FORMATS),
});
const BookmarksExportSchema = v.strictObject({
  bookmarks: BookmarksSchema,
  format: v.picklist(BOOKMARKS_FORMATS),
});

/** What differs between the desktop app and the web edition: clipboard, files, clock, threads. */
export interface Platform {
  now(): Date;
  writeClipboard(content: ClipboardContent): Promise<void>;
  /** Resolves with where the file went, or undefined when the reader cancelled. */
  saveFile(file: SaveableFile): Promise<string | undefined>;
  /**
   * Where a pack's searches can run off the calling thread (the web
   * edition's worker): the function that asks there, or undefined to search
   * here.
   */
  searchElsewhere?(pack: Pack): SearchElsewhere | undefined;
}

export type SearchElsewhere = (query: string, options: SearchOptions) => Promise<SearchResults>;

/**
 * The API over a loaded pack, the same for both sides: the main process
 * serves it over IPC, the web edition calls it in the page; only the
 * platform differs. Arguments are checked here, since over IPC they come
 * from another process.
 */
export function createService(result: PackResult, platform: Platform): ServiceApi {
  let loaded: LoadResult;
  let exporter: Exporter | undefined;
  let engine: Searcher | undefined;
  let elsewhere: SearchElsewhere | undefined;
  let reference: Reference | undefined;
  let checker: QuoteChecker | undefined;
  if (!result.ok) {
    loaded = result;
  } else {
    engine = result.pack.search;
    elsewhere = platform.searchElsewhere?.(result.pack);
    const data = toReaderData(result.pack);
    reference = new Reference(data);
    exporter = new Exporter(reference, engine, () => platform.now());
    loaded = { ok: true, data };
  }
  const unavailable: ActionResult = { ok: false, message: 'The reference data is not loaded.' };

  /** Hands a file to the platform's save (a dialog, or a download) and words the outcome. */
  const saveTo = async (file: SaveableFile & { how: string }): Promise<ActionResult> => {
    try {
      const where = await platform.saveFile(file);
      if (where === undefined) return { ok: false, cancelled: true, message: 'Not saved.' };
      return { ok: true, message: `Saved ${file.title} as ${file.how} to ${where}` };
    } catch (error) {
      return { ok: false, message: `Could not save ${file.title} (${(error as Error).message}).` };
    }
  };

  return {
    loadPack: async () => loaded,

    search: async (query, options) => {
      const request = parseSearchRequest(query, options);
      if (!request.ok) throw new Error(`search: ${request.message}`);
      if (!engine) return emptyResults();
      try {
        if (elsewhere) {
          // Should the other thread fail, the search runs here after all.
          const answer = await elsewhere(request.query, request.options).catch(() => undefined);
          if (answer) return answer;
        }
        return engine.search(request.query, request.options);
      } catch (error) {
        // The index passed every check; should a query still fail, the reader gets a sentence.
        return { ...emptyResults(), notice: `The search could not run (${String(error)}).` };
      }
    },

    copy: async (input) => {
      const request = v.safeParse(CopyRequestSchema, input);
      if (!request.success) throw new Error(`copy: invalid request: ${request.issues[0]!.message}`);
      if (!exporter) return unavailable;
      const content = exporter.forClipboard(request.output);
      if (!content.ok) return { ok: false, message: `Nothing copied: ${content.message}.` };
      const how = FORMAT_LABELS[request.output.format];
      try {
        await platform.writeClipboard(content.value);
        return { ok: true, message: `Copied ${content.value.title} as ${how}` };
      } catch (error) {
        return {
          ok: false,
          message: `Could not copy ${content.value.title} (${(error as Error).message || 'the clipboard refused it'}).`,
        };
      }
    },

    checkQuote: async (text) => {
      if (typeof text !== 'string') throw new Error('checkQuote: the text must be a string');
      if (!reference)
        return {
          verdict: 'not found',
          matches: [],
          checked: '',
          notice: unavailable.message,
        } satisfies QuoteReport;
      // Built on first use: most sessions never check a quote.
      checker ??= new QuoteChecker(reference, () => platform.now());
      return checker.check(text);
    },

    exportDossier: async (input) => {
      const request = v.safeParse(DossierExportSchema, input);
      if (!request.success)
        throw new Error(`exportDossier: invalid request: ${request.issues[0]!.message}`);
      if (!reference) return unavailable;
      const { dossier, format } = request.output;
      if (dossier.pieces.length === 0)
        return {
          ok: false,
          message: 'The dossier is empty: add pieces with “Add to dossier” first.',
        };
      return saveTo(await exportDossier(reference, dossier, format, platform.now()));
    },

    exportBookmarks: async (input) => {
      const request = v.safeParse(BookmarksExportSchema, input);
      if (!request.success)
        throw new Error(`exportBookmarks: invalid request: ${request.issues[0]!.message}`);
      if (!reference) return unavailable;
      const { bookmarks, format } = request.output;
      if (bookmarks.length === 0)
        return { ok: false, message: 'There are no bookmarks to export.' };
      return saveTo(exportBookmarks(reference, bookmarks, format, platform.now()));
    },

    save: async (input) => {
      const request = v.safeParse(SaveRequestSchema, input);
      if (!request.success) throw new Error(`save: invalid request: ${request.issues[0]!.message}`);
      if (!exporter) return unavailable;
      const file = exporter.forFile(request.output);
      if (!file.ok) return { ok: false, message: `Nothing saved: ${file.message}.` };
      try {
        const where = await platform.saveFile(file.value);
        if (where === undefined) return { ok: false, cancelled: true, message: 'Not saved.' };
        const cite = file.value.citation ? `. Cite it as: ${file.value.citation}` : '';
        return {
          ok: true,
          message: `Saved ${file.value.title} as ${FORMAT_LABELS[request.output.format]} to ${where}${cite}`,
        };
      } catch (error) {
        return {
          ok: false,
          message: `Could not save ${file.value.title} (${(error as Error).message}).`,
        };
      }
    },
  };
}
