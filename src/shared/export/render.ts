import * as v from 'valibot';
import type { Reference } from '../reference';
import type { SearchEngine } from '../search/query';
import { PARTICIPANT_GROUPS, participantsOf } from '../corpus/labels';
import { SECTIONS } from '../sections';
import { buildExport, buildPassageExport, buildSearchExport } from './build';
import { citationFor } from './citation';
import { toCsv, toJson } from './data';
import { toHtmlDocument, toHtmlFragment } from './html';
import { toMarkdown } from './markdown';
import { toText } from './text';
import { PASSAGE_ANCHOR } from '../tools/stored';

export const COPY_FORMATS = ['rich', 'markdown', 'text'] as const;
export const SAVE_FORMATS = ['markdown', 'html', 'text', 'csv', 'json'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];
export type SaveFormat = (typeof SAVE_FORMATS)[number];

const Target = {
  /** A section, a group or an item id; "search" for the current results. */
  target: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
  query: v.optional(v.pipe(v.string(), v.maxLength(200))),
  section: v.optional(v.picklist(SECTIONS.map((s) => s.id))),
  /** With a FAQ entry's id: one paragraph ("2") or list item ("2.5") of it. */
  anchor: v.optional(PASSAGE_ANCHOR),
};
export const CopyRequestSchema = v.strictObject({ ...Target, format: v.picklist(COPY_FORMATS) });
export const SaveRequestSchema = v.strictObject({ ...Target, format: v.picklist(SAVE_FORMATS) });
export type CopyRequest = v.InferOutput<typeof CopyRequestSchema>;
export type SaveRequest = v.InferOutput<typeof SaveRequestSchema>;

export const FORMAT_LABELS: Record<CopyFormat | SaveFormat, string> = {
  rich: 'rich text',
  markdown: 'Markdown',
  text: 'plain text',
  html: 'HTML',
  csv: 'CSV',
  json: 'JSON',
};

const FILES: Record<SaveFormat, { extension: string; mime: string }> = {
  markdown: { extension: 'md', mime: 'text/markdown' },
  html: { extension: 'html', mime: 'text/html' },
  text: { extension: 'txt', mime: 'text/plain' },
  csv: { extension: 'csv', mime: 'text/csv' },
  json: { extension: 'json', mime: 'application/json' },
};

/** What a copy puts on the clipboard: plain text always, HTML for rich text. */
export interface ClipboardContent {
  title: string;
  text: string;
  html?: string;
}

export interface FileContent {
  title: string;
  fileName: string;
  mime: string;
  content: string;
}

/** What the platform saves: text, or the bytes of a binary file (a .docx). */
export interface SaveableFile extends Omit<FileContent, 'content'> {
  content: string | Uint8Array;
}

type Rendered<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Formats a section, group, item or the current search results, for the
 * clipboard or a file, with its citation. One formatter for the app, the web
 * edition and the CLI.
 */
export class Exporter {
  constructor(
    private readonly reference: Reference,
    private readonly engine: SearchEngine,
    private readonly now: () => Date,
  ) {}

  forClipboard(request: CopyRequest): Rendered<ClipboardContent> {
    const doc = this.doc(request);
    if (!doc.ok) return doc;
    const citation = citationFor(doc.value, this.reference.data.manifest, this.now());
    const title = doc.value.title;
    switch (request.format) {
      case 'rich':
        return {
          ok: true,
          value: {
            title,
            text: toText(doc.value, citation),
            html: toHtmlFragment(doc.value, citation),
          },
        };
      case 'markdown':
        return { ok: true, value: { title, text: toMarkdown(doc.value, citation) } };
      case 'text':
        return { ok: true, value: { title, text: toText(doc.value, citation) } };
    }
  }

  forFile(request: SaveRequest): Rendered<FileContent> {
    const doc = this.doc(request);
    if (!doc.ok) return doc;
    const citation = citationFor(doc.value, this.reference.data.manifest, this.now());
    const participants = this.participants(request.target);
    let content: string;
    switch (request.format) {
      case 'markdown':
        content = toMarkdown(doc.value, citation);
        break;
      case 'html':
        content = toHtmlDocument(doc.value, citation);
        break;
      case 'text':
        content = toText(doc.value, citation);
        break;
      case 'json':
        content = toJson(doc.value, citation, participants);
        break;
      case 'csv':
        if (!participants) return { ok: false, message: 'CSV is offered for the membership only' };
        content = toCsv(participants, citation);
        break;
    }
    const { extension, mime } = FILES[request.format];
    const name =
      doc.value.target === 'search'
        ? 'search-results'
        : `${doc.value.target}${request.anchor ? `-${request.anchor}` : ''}`;
    return {
      ok: true,
      value: { title: doc.value.title, fileName: `cica-${name}.${extension}`, mime, content },
    };
  }

  /** The participants a membership target covers, for CSV and JSON; undefined elsewhere. */
  participants(target: string) {
    const { participants } = this.reference.corpus;
    if (target === 'membership') return participants;
    const group = PARTICIPANT_GROUPS.find((g) => g.id === target);
    if (group) return participantsOf(this.reference.corpus, group.kind);
    const one = participants.filter((p) => p.id === target);
    return one.length ? one : undefined;
  }

  private doc(request: CopyRequest | SaveRequest) {
    if (request.target === 'search') {
      const query = request.query ?? '';
      const results = this.engine.search(query, { limit: 100, section: request.section });
      return { ok: true as const, value: buildSearchExport(query, results) };
    }
    const doc = request.anchor
      ? buildPassageExport(this.reference, request.target, request.anchor)
      : buildExport(this.reference, request.target);
    return doc
      ? { ok: true as const, value: doc }
      : { ok: false as const, message: `nothing to export with the id "${request.target}"` };
  }
}
