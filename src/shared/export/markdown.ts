import type { Segment } from '../corpus/errata';
import { citationSentence, type Citation } from './citation';
import type { ExportBlock, ExportDoc, Inline, ListEntry } from './model';

/**
 * Escapes text so that Markdown shows it literally: emphasis, code, links,
 * table pipes and HTML are neutralised; a line cannot start a heading (ATX
 * or setext "===" / "---" under a line), a quote or a list by accident; and
 * a bare URL or e-mail address is not turned into a link (GitHub's autolinks
 * start at "www.", "scheme:" or "@", each broken by a backslash).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|<>{}~@]/g, '\\$&')
    .replace(/^(\s*)([#>+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
    .replace(/\b(https?|ftp|mailto|xmpp):/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.');
}

function segments(parts: readonly Segment[]): string {
  return parts
    .map((s) =>
      'erratum' in s
        ? `${escapeMarkdown(s.text)} \\[corrected: ${escapeMarkdown(s.erratum.corrected)}\\]`
        : escapeMarkdown(s.text),
    )
    .join('');
}

/**
 * A web address as a code span: shown exactly, copyable, and never a link
 * (GitHub does not autolink inside code). The fence is one backtick longer
 * than any run of backticks in it.
 */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function inline(content: Inline): string {
  const body = segments(content.segments).replace(/\s*\n\s*/g, ' ');
  const quoted = content.quoted ? `“${body}”` : body;
  const withUrl = content.url ? `${quoted}${codeSpan(content.url)}` : quoted;
  return content.source ? `${withUrl} \\[${escapeMarkdown(content.source)}\\]` : withUrl;
}

function listItem(item: ListEntry, index: number, ordered: boolean): string {
  // Markdown numbers ordered lists itself, so a published number that differs
  // is kept in the text: as "[published: I.]" when the list's own number is
  // its correction, else with its correction beside it.
  const marker = item.marker;
  const number = `${index + 1}.`;
  let published = '';
  if (marker && marker.text !== number) {
    published =
      'erratum' in marker && marker.erratum.corrected === number
        ? `\\[published: ${escapeMarkdown(marker.text)}\\] `
        : `${segments([marker])} `;
  }
  return `${ordered ? number : '-'} ${published}${inline(item.content)}`;
}

/** One block; `shift` pushes headings down a level when the block sits inside a larger document. */
export function blockToMarkdown(b: ExportBlock, shift = 0): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level + shift)} ${escapeMarkdown(b.text)}`;
    case 'paragraph':
      return inline(b.content);
    case 'list':
      return b.items.map((item, i) => listItem(item, i, b.ordered)).join('\n');
    case 'fields':
      return b.rows
        .map((row) => `- **${escapeMarkdown(row.label)}:** ${inline(row.content)}`)
        .join('\n');
    case 'table': {
      const header = `| ${b.columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |`;
      const rule = `| ${b.columns.map((c) => (c.numeric ? '---:' : '---')).join(' | ')} |`;
      const rows = b.rows.map((row) => `| ${row.map(inline).join(' | ')} |`);
      return [header, rule, ...rows].join('\n');
    }
  }
}

/** GitHub-flavoured Markdown: headings, lists, tables, and the citation last. */
export function toMarkdown(doc: ExportDoc, citation: Citation): string {
  const parts = [
    `# ${escapeMarkdown(doc.title)}`,
    ...doc.blocks.map((b) => blockToMarkdown(b)),
    '---',
    escapeMarkdown(citationSentence(citation)),
  ];
  return `${parts.join('\n\n')}\n`;
}
