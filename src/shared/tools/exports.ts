import type { BookmarksFormat, DossierFormat } from '../api';
import type { SaveableFile } from '../export/request';
import type { Reference } from '../reference';
import { bookmarksToHtml, bookmarksToMarkdown } from './bookmarks-export';
import { buildBrief, briefToHtml, briefToMarkdown } from './brief';
import { briefToDocx } from './brief-docx';
import type { Bookmark, Dossier } from './places';

/** A file to save, and how the outcome names its format ("Word (.docx)"). */
export type ExportFile = SaveableFile & { how: string };

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The dossier as one brief: Markdown, HTML or Word, named after its title. */
export async function exportDossier(
  reference: Reference,
  dossier: Dossier,
  format: DossierFormat,
  now: Date,
): Promise<ExportFile> {
  const brief = buildBrief(reference, dossier, now);
  const title = `“${brief.title}”`;
  switch (format) {
    case 'markdown':
      return {
        title,
        how: 'Markdown',
        fileName: `${brief.fileStem}.md`,
        mime: 'text/markdown',
        content: briefToMarkdown(brief),
      };
    case 'html':
      return {
        title,
        how: 'HTML',
        fileName: `${brief.fileStem}.html`,
        mime: 'text/html',
        content: briefToHtml(brief),
      };
    case 'docx':
      return {
        title,
        how: 'Word (.docx)',
        fileName: `${brief.fileStem}.docx`,
        mime: DOCX_MIME,
        content: await briefToDocx(brief),
      };
  }
}

export function exportBookmarks(
  reference: Reference,
  bookmarks: readonly Bookmark[],
  format: BookmarksFormat,
  now: Date,
): ExportFile {
  const title = 'your bookmarks';
  return format === 'markdown'
    ? {
        title,
        how: 'Markdown',
        fileName: 'cica-bookmarks.md',
        mime: 'text/markdown',
        content: bookmarksToMarkdown(reference, bookmarks, now),
      }
    : {
        title,
        how: 'HTML',
        fileName: 'cica-bookmarks.html',
        mime: 'text/html',
        content: bookmarksToHtml(reference, bookmarks, now),
      };
}
