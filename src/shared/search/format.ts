import { SECTIONS } from '../sections';
import type { SearchHit, SearchResults } from './query';
import { splitHighlights } from './snippet';

/** What the reader sees when only common words were typed ("what is the"). */
export const COMMON_WORDS_MESSAGE =
  'Only common words: type a more specific word, such as a name, a place or a year.';

const quoted = (text: string, max = 40) =>
  `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;

/**
 * Says which typed words matched nothing and what was searched instead
 * ("No match for “secretariat”; showing results for “CICA”"), or '' when
 * every word matched or nothing did (then there are no results to show).
 */
export function unmatchedNotice(results: Pick<SearchResults, 'terms' | 'unmatched'>): string {
  if (results.unmatched.length === 0 || results.terms.length === 0) return '';
  return (
    `No match for ${results.unmatched.map((word) => quoted(word)).join(' or ')}; ` +
    `showing results for ${quoted(results.terms.join(' '), 80)}`
  );
}

/** "1 result", "12 results". */
export function resultCount(count: number): string {
  return `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'}`;
}

/**
 * Search results as a readable list for a terminal, matched words in
 * *asterisks*; `mark` adds a word to a hit's place ("after 2001").
 */
export function formatSearchResults(
  query: string,
  results: SearchResults,
  mark: (hit: SearchHit) => string | undefined = () => undefined,
): string {
  const shown = query.trim().replace(/\s+/g, ' ');
  const stoppedEarly = results.notice ? `${results.notice}\n` : '';
  if (results.total === 0) {
    if (results.onlyCommonWords) return `${COMMON_WORDS_MESSAGE}\n`;
    return (
      (shown ? `No results for ${quoted(shown, 80)}.\n` : 'Nothing to search for.\n') + stoppedEarly
    );
  }
  const label = (id: string) => SECTIONS.find((s) => s.id === id)?.label ?? id;
  const counts = SECTIONS.filter((s) => results.counts[s.id] > 0)
    .map((s) => `${s.label} ${results.counts[s.id]}`)
    .join(', ');
  const unmatched = unmatchedNotice(results);
  const lines = [
    ...(unmatched ? [`${unmatched}.`] : []),
    `${resultCount(results.total)} for “${shown}” (${counts}); best ${results.hits.length}:`,
    '',
  ];
  results.hits.forEach((hit, index) => {
    const emphasised = (text: string, highlights: [number, number][]) =>
      splitHighlights({ text, highlights })
        .map((part) => (part.match ? `*${part.text}*` : part.text))
        .join('');
    const same = hit.sameAs.length ? `; same text: ${hit.sameAs.join(', ')}` : '';
    const marked = mark(hit);
    lines.push(
      `${index + 1}. ${emphasised(hit.title, hit.titleHighlights)}  [${label(hit.section)}: ${hit.id}${same}${marked ? `; ${marked}` : ''}]`,
    );
    if (hit.snippet.text) {
      lines.push(
        `   ${emphasised(hit.snippet.text, hit.snippet.highlights).replace(/\s*\n\s*/g, ' ')}`,
      );
    }
    lines.push('');
  });
  return `${lines.join('\n')}${stoppedEarly}`;
}
