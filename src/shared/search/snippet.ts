/** [start, end) character offsets into a text. */
export type Range = [number, number];

export interface Snippet {
  text: string;
  /** Matched words inside `text`, sorted, not overlapping. */
  highlights: Range[];
}

const SNIPPET_LENGTH = 180;

/** Sorts and merges ranges so they can be rendered left to right. */
export function normalizeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * A window of about SNIPPET_LENGTH characters around the first match, cut at
 * word boundaries, with ellipses where text was left out.
 */
export function makeSnippet(text: string, matches: Range[]): Snippet {
  const ranges = normalizeRanges(matches);
  if (text.length <= SNIPPET_LENGTH) return { text, highlights: ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - 50);
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start && space > (ranges[0]?.[1] ?? 0) ? space : end;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const highlights = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Range => [s + shift, e + shift]);
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, highlights };
}

/** Splits text into plain and highlighted parts, for rendering without HTML. */
export function splitHighlights(snippet: Snippet): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let cursor = 0;
  for (const [start, end] of snippet.highlights) {
    if (start > cursor) parts.push({ text: snippet.text.slice(cursor, start), match: false });
    parts.push({ text: snippet.text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < snippet.text.length) parts.push({ text: snippet.text.slice(cursor), match: false });
  return parts;
}
