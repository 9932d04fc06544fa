// What the renderer may ask to copy or save, and what comes back: the
// requests are checked with these schemas where they arrive (over IPC, from
// another process). Kept apart from the exporter so the API contract can
// name them without depending on how exports are built.
import * as v from 'valibot';
import { SECTIONS } from '../sections';
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
  /** For a data-only format (CSV), the citation that cannot go in the file. */
  citation?: string;
}

/** What the platform saves: text, or the bytes of a binary file (a .docx). */
export interface SaveableFile extends Omit<FileContent, 'content'> {
  content: string | Uint8Array;
}
