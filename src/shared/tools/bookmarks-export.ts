import escapeHtml from 'escape-html';
import { APP_NAME } from '../app';
import { citationFor, citationSentence } from '../export/citation';
import { escapeMarkdown } from '../export/markdown';
import type { Reference } from '../reference';
import { placeExport } from './brief';
import type { Bookmark } from './places';

/** A bookmark as listed in an export: its title now, the reader's note, and its citation. */
interface Row {
  title: string;
  added: string;
  note: string;
  citation: string;
}

function rows(reference: Reference, bookmarks: readonly Bookmark[], now: Date): Row[] {
  const { manifest } = reference.data;
  return bookmarks.map((bookmark) => {
    const doc = placeExport(reference, bookmark);
    return {
      title: doc?.title ?? bookmark.title,
      added: bookmark.added.slice(0, 10),
      note: bookmark.note.trim(),
      citation: doc
        ? citationSentence(citationFor(doc, manifest, now))
        : `Not in data pack ${manifest.version} of ${APP_NAME}: it was in the pack the reader had when it was added.`,
    };
  });
}

function heading(count: number, now: Date): string {
  return `${count} bookmark${count === 1 ? '' : 's'} from ${APP_NAME}, exported on ${now.toISOString().slice(0, 10)}.`;
}

export function bookmarksToMarkdown(
  reference: Reference,
  bookmarks: readonly Bookmark[],
  now: Date,
): string {
  const items = rows(reference, bookmarks, now).map((row, i) =>
    [
      `${i + 1}. **${escapeMarkdown(row.title)}** (added ${row.added})`,
      ...(row.note ? [`   Note: ${escapeMarkdown(row.note.replace(/\s*\n\s*/g, ' '))}`] : []),
      `   ${escapeMarkdown(row.citation)}`,
    ].join('\n'),
  );
  return `# CICA Reference bookmarks\n\n${heading(bookmarks.length, now)}\n\n${items.join('\n\n')}\n`;
}

export function bookmarksToHtml(
  reference: Reference,
  bookmarks: readonly Bookmark[],
  now: Date,
): string {
  const items = rows(reference, bookmarks, now).map(
    (row) =>
      `<li><strong>${escapeHtml(row.title)}</strong> (added ${row.added})` +
      (row.note ? `<br>Note: ${escapeHtml(row.note)}` : '') +
      `<br><small>${escapeHtml(row.citation)}</small></li>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<title>CICA Reference bookmarks</title>',
    '<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:2rem auto;padding:0 1rem}li{margin-bottom:1em}</style>',
    '</head>',
    '<body>',
    '<h1>CICA Reference bookmarks</h1>',
    `<p>${escapeHtml(heading(bookmarks.length, now))}</p>`,
    `<ol>${items.join('\n')}</ol>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
