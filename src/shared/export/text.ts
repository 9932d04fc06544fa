import { segmentsText } from '../corpus/errata';
import { citationSentence, type Citation } from './citation';
import type { ExportBlock, ExportDoc, Inline } from './model';

const WIDTH = 78;

export function inlineText(inline: Inline): string {
  const body = segmentsText(inline.segments);
  const quoted = inline.quoted ? `“${body}”` : body;
  const withUrl = inline.url ? `${quoted}${inline.url}` : quoted;
  return inline.source ? `${withUrl} [${inline.source}]` : withUrl;
}

/** Plain text for a terminal, an email or a plain editor: wrapped, tables as aligned columns. */
export function toText(doc: ExportDoc, citation: Citation): string {
  const out: string[] = [doc.title, '='.repeat(Math.min(doc.title.length, WIDTH)), ''];
  for (const block of doc.blocks) out.push(...blockLines(block), '');
  out.push(...wrap(citationSentence(citation), ''));
  return `${out.join('\n')}\n`;
}

function blockLines(block: ExportBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return block.level === 2
        ? [block.text, '-'.repeat(Math.min(block.text.length, WIDTH))]
        : [block.text];
    case 'paragraph':
      return wrap(inlineText(block.content), '');
    case 'list':
      return block.items.flatMap((item, index) => {
        const marker = item.marker
          ? segmentsText([item.marker])
          : block.ordered
            ? `${index + 1}.`
            : '-';
        return wrap(inlineText(item.content), `${marker} `, ' '.repeat(marker.length + 1));
      });
    case 'fields':
      return block.rows.flatMap((row) =>
        wrap(`${row.label}: ${inlineText(row.content)}`, '', '    '),
      );
    case 'table':
      return table(
        block.columns.map((c) => c.label),
        block.rows.map((row) => row.map(inlineText)),
        block.columns.map((c) => Boolean(c.numeric)),
      );
  }
}

/** Aligned columns; a cell wider than its share of the line wraps within its column. */
function table(header: string[], rows: string[][], numeric: boolean[]): string[] {
  const natural = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const widths = fitColumns(natural, WIDTH - 2 * (header.length - 1));
  const line = (cells: string[]): string[] => {
    const wrapped = cells.map((cell, i) => wrap(cell, '', '', widths[i]!));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    return Array.from({ length: height }, (_, row) =>
      wrapped
        .map((lines, i) => {
          const cell = lines[row] ?? '';
          return numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!);
        })
        .join('  ')
        .trimEnd(),
    );
  };
  return [...line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.flatMap(line)];
}

/** Shrinks the widest columns until the table fits `total` characters (never below 12). */
function fitColumns(natural: number[], total: number): number[] {
  const widths = [...natural];
  while (widths.reduce((a, b) => a + b, 0) > total) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 12) break;
    widths[widest]! -= 1;
  }
  return widths;
}

/** Greedy word wrap at `width` columns; `first` prefixes the first line, `rest` the others. */
function wrap(text: string, first: string, rest = first, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of unbreakable(text)) {
    const prefix = lines.length === 0 ? first : rest;
    if (line.length > prefix.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line = line.length > prefix.length ? `${line} ${word}` : line + word;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * The words of a text, a spaced dash ("member - states") kept with the word
 * before it: at the start of a line it would read as a list bullet.
 */
function unbreakable(text: string): string[] {
  const words: string[] = [];
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    if (/^[-–—]$/.test(word) && words.length > 0) words[words.length - 1] += ` ${word}`;
    else words.push(word);
  }
  return words;
}
