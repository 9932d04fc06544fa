import * as v from 'valibot';
import { toReaderData, type ActionResult, type LoadResult, type PackApi } from './api';
import { Exporter } from './export/render';
import {
  CopyRequestSchema,
  FORMAT_LABELS,
  SaveRequestSchema,
  type ClipboardContent,
  type FileContent,
} from './export/request';
import type { PackResult } from './pack/verify';
import { Reference } from './reference';
import { SearchEngine, emptyResults } from './search/query';
import { parseSearchRequest } from './search/request';

/** What differs between the desktop app and the web edition: clipboard, files, clock. */
export interface Platform {
  now(): Date;
  writeClipboard(content: ClipboardContent): Promise<void>;
  /** Resolves with where the file went, or undefined when the reader cancelled. */
  saveFile(file: FileContent): Promise<string | undefined>;
}

/**
 * The API over a loaded pack, the same for both sides: the main process
 * serves it over IPC, the web edition calls it in the page; only the
 * platform differs. Arguments are checked here, since over IPC they come
 * from another process.
 */
export function createService(result: PackResult, platform: Platform): PackApi {
  let loaded: LoadResult;
  let exporter: Exporter | undefined;
  let engine: SearchEngine | undefined;
  if (!result.ok) {
    loaded = result;
  } else {
    engine = result.pack.search;
    const data = toReaderData(result.pack);
    exporter = new Exporter(new Reference(data), engine, () => platform.now());
    loaded = { ok: true, data };
  }
  const unavailable: ActionResult = { ok: false, message: 'The reference data is not loaded.' };

  return {
    loadPack: async () => loaded,

    search: async (query, options) => {
      const request = parseSearchRequest(query, options);
      if (!request.ok) throw new Error(`search: ${request.message}`);
      if (!engine) return emptyResults();
      try {
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
