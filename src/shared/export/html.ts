import escapeHtml from 'escape-html';
import type { Segment } from '../corpus/errata';
import { citationSentence, type Citation } from './citation';
import type { ExportBlock, ExportDoc, Inline } from './model';

// Plain elements and presentational attributes, no classes or style
// attributes: word processors keep them when pasting, and the page's strict
// CSP (which the browser applies while it puts HTML on the clipboard) allows them.
const TABLE = '<table border="1" cellpadding="4" cellspacing="0">';

function segments(parts: readonly Segment[]): string {
  return parts
    .map((s) =>
      'erratum' in s
        ? `${escapeHtml(s.text)} <em>[corrected: ${escapeHtml(s.erratum.corrected)}]</em>`
        : escapeHtml(s.text),
    )
    .join('');
}

function inline(content: Inline): string {
  const body = segments(content.segments).replace(/\n/g, '<br>');
  const quoted = content.quoted ? `“${body}”` : body;
  const withUrl = content.url ? `${quoted}<code>${escapeHtml(content.url)}</code>` : quoted;
  return content.source ? `${withUrl} <small>[${escapeHtml(content.source)}]</small>` : withUrl;
}

/** One block; `shift` pushes headings down a level when the block sits inside a larger document. */
export function blockToHtml(b: ExportBlock, shift = 0): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level + shift}>${escapeHtml(b.text)}</h${b.level + shift}>`;
    case 'paragraph':
      return `<p>${inline(b.content)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      // A published number that differs ("I.") is shown as text: as
      // "[published: I.]" when the list's own number is its correction.
      const items = b.items.map((item, i) => {
        const m = item.marker;
        let marker = '';
        if (m && m.text !== `${i + 1}.`) {
          marker =
            'erratum' in m && m.erratum.corrected === `${i + 1}.`
              ? `<em>[published: ${escapeHtml(m.text)}]</em> `
              : `${segments([m])} `;
        }
        return `<li>${marker}${inline(item.content)}</li>`;
      });
      return `<${tag}>${items.join('')}</${tag}>`;
    }
    case 'fields':
      return `<ul>${b.rows.map((r) => `<li><strong>${escapeHtml(r.label)}:</strong> ${inline(r.content)}</li>`).join('')}</ul>`;
    case 'table': {
      const head = b.columns
        .map((c) => `<th${c.numeric ? ' align="right"' : ''}>${escapeHtml(c.label)}</th>`)
        .join('');
      const rows = b.rows
        .map(
          (row) =>
            `<tr>${row.map((cell, i) => `<td${b.columns[i]?.numeric ? ' align="right"' : ''}>${inline(cell)}</td>`).join('')}</tr>`,
        )
        .join('');
      return `${TABLE}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}

/** The export as an HTML fragment: what goes on the clipboard as rich text. */
export function toHtmlFragment(doc: ExportDoc, citation: Citation): string {
  const body = [`<h1>${escapeHtml(doc.title)}</h1>`, ...doc.blocks.map((b) => blockToHtml(b))].join(
    '\n',
  );
  return `<article>\n${body}\n<footer><p><small>${escapeHtml(citationSentence(citation))}</small></p></footer>\n</article>`;
}

/** A whole HTML document, for saving to a file. */
export function toHtmlDocument(doc: ExportDoc, citation: Citation): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(doc.title)} — CICA Reference</title>`,
    '<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:2rem auto;padding:0 1rem}</style>',
    '</head>',
    '<body>',
    toHtmlFragment(doc, citation),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
