import { SECTIONS } from '../sections';
import type { SearchResults } from './query';
import { splitHighlights } from './snippet';

/** Search results as a readable list for a terminal, matched words in *asterisks*. */
export function formatSearchResults(query: string, results: SearchResults): string {
  const shown = query.trim().replace(/\s+/g, ' ');
  const notice = results.notice ? `${results.notice}\n` : '';
  if (results.total === 0) {
    return (
      (shown ? `No results for “${shown.slice(0, 80)}”.\n` : 'Nothing to search for.\n') + notice
    );
  }
  const label = (id: string) => SECTIONS.find((s) => s.id === id)?.label ?? id;
  const counts = SECTIONS.filter((s) => results.counts[s.id] > 0)
    .map((s) => `${s.label} ${results.counts[s.id]}`)
    .join(', ');
  const lines = [
    `${results.total} results for “${shown}” (${counts}); best ${results.hits.length}:`,
    '',
  ];
  results.hits.forEach((hit, index) => {
    const emphasised = (text: string, highlights: [number, number][]) =>
      splitHighlights({ text, highlights })
        .map((part) => (part.match ? `*${part.text}*` : part.text))
        .join('');
    lines.push(
      `${index + 1}. ${emphasised(hit.title, hit.titleHighlights)}  [${label(hit.section)}: ${hit.id}]`,
    );
    if (hit.snippet.text) {
      lines.push(
        `   ${emphasised(hit.snippet.text, hit.snippet.highlights).replace(/\s*\n\s*/g, ' ')}`,
      );
    }
    lines.push('');
  });
  return `${lines.join('\n')}${notice}`;
}
