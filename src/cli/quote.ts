import type { Marked, QuoteReport } from '../shared/quote/check';

/** The quote check as the CLI's JSON prints it: what a script needs, the marks as word lists. */
export function quoteJson(report: QuoteReport) {
  return {
    verdict: report.verdict,
    ...(report.notice ? { notice: report.notice } : {}),
    matches: report.matches.map((m) => ({
      id: m.id,
      anchor: m.anchor,
      section: m.section,
      verdict: m.verdict,
      similarity: m.similarity,
      place: m.place.replace(/\u00a0/g, ' '),
      question: m.question,
      passage: m.passage,
      /** Words of the passage that the quotation lacks or changed. */
      sourceOnly: marked(m.passageMarked),
      /** Words of the quotation that the passage does not have. */
      quotationOnly: marked(m.pastedMarked),
      reordered: m.reordered,
      quotedBy: m.quotedBy,
      citation: m.citation,
    })),
  };
}

function marked(runs: readonly Marked[]): string[] {
  return runs.filter((r) => r.differs).map((r) => r.text);
}

/** wdiff's convention: [-only in the source-], {+only in the quotation+}. */
function diff(runs: readonly Marked[], open: string, close: string): string {
  return runs
    .map((r) => (r.differs ? `${open}${r.text}${close}` : r.text))
    .join('')
    .replace(/\s*\n\s*/g, ' ');
}

const VERDICTS = {
  verbatim: 'Verbatim: the FAQ of September 2001 says exactly this.',
  close: 'Close: the FAQ of September 2001 says nearly this; the differing words are marked.',
  'not found': 'Not found: no passage of the FAQ of September 2001 says this.',
};

/**
 * The checker compares with the FAQ, the one source quoted word for word;
 * the statements after 2001 are the reference's own summaries of their
 * sources, which a quotation cannot be checked against.
 */
const AFTER_2001 =
  'What came after 2001 is summarised from later sources, not quoted: `cica search` finds it, with its sources.';

export function formatQuoteReport(report: QuoteReport): string {
  const lines = [VERDICTS[report.verdict]];
  if (report.verdict === 'not found' && !report.notice) lines.push(AFTER_2001);
  if (report.notice) lines.push(report.notice);
  if (report.matches.length && report.verdict !== 'verbatim')
    lines.push('Marked: [-in the source only-] {+in the quotation only+}.');
  report.matches.forEach((m, i) => {
    const place = m.place.replace(/\u00a0/g, ' ');
    const label =
      m.verdict === 'not found' ? 'nearest passage' : `${m.verdict}, similarity ${m.similarity}`;
    lines.push(
      '',
      `${i + 1}. ${place}, “${m.question}” (${label})`,
      `   Source:    ${diff(m.passageMarked, '[-', '-]')}`,
      ...(m.verdict === 'verbatim' ? [] : [`   Quotation: ${diff(m.pastedMarked, '{+', '+}')}`]),
      ...(m.quotedBy.length
        ? [`   Quoted in: ${m.quotedBy.map((q) => `${q.title} (${q.id})`).join('; ')}`]
        : []),
      `   ${m.citation}`,
    );
  });
  return `${lines.join('\n')}\n`;
}
