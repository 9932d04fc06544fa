import { beforeAll, describe, expect, it } from 'vitest';
import { QuoteChecker, type QuoteReport } from '../../../src/shared/quote/check';
import { loadReference } from '../../helpers/reference';

let checker: QuoteChecker;
beforeAll(async () => {
  checker = new QuoteChecker(await loadReference(), () => new Date('2026-11-28T10:00:00Z'));
});

const FAQ_2 =
  'The President of the Republic of Kazakhstan N.Nazarbayev presented the idea on convocation of the CICA for the first time at 47-th session of General Assembly of the United Nations in October, 1992.';

const marked = (runs: { text: string; differs?: boolean }[]) =>
  runs.filter((r) => r.differs).map((r) => r.text);

function first(report: QuoteReport) {
  expect(report.matches.length).toBeGreaterThan(0);
  return report.matches[0]!;
}

describe('the quote check', () => {
  it('finds a sentence of the FAQ verbatim, in its paragraph, with its citation', () => {
    const report = checker.check(FAQ_2);
    expect(report.verdict).toBe('verbatim');
    expect(first(report)).toMatchObject({
      id: 'when-and-where-the-cica-initiative-was-put',
      anchor: '1',
      section: 'faq',
      verdict: 'verbatim',
      similarity: 1,
      place: 'FAQ\u00a02\u00a0¶1',
      href: '#/faq/when-and-where-the-cica-initiative-was-put/1',
    });
    expect(first(report).citation).toContain(
      'cica://faq/when-and-where-the-cica-initiative-was-put',
    );
    expect(first(report).quotedBy.map((q) => q.id)).toEqual(['initiative-un-1992']);
    expect(marked(first(report).passageMarked)).toEqual([]);
  });

  it('ignores case, accents and typographic apostrophes', () => {
    const variant = FAQ_2.toUpperCase().replace('KAZAKHSTAN', 'KAZAKHSTÁN');
    expect(checker.check(variant).verdict).toBe('verbatim');
  });

  it('finds part of a paragraph verbatim', () => {
    const report = checker.check('presented the idea on convocation of the CICA');
    expect(first(report)).toMatchObject({ verdict: 'verbatim', anchor: '1' });
  });

  it('marks one changed word both ways: the source’s and the quotation’s', () => {
    const report = checker.check(FAQ_2.replace('47-th', '48-th'));
    expect(report.verdict).toBe('close');
    const match = first(report);
    expect(match.id).toBe('when-and-where-the-cica-initiative-was-put');
    expect(match.similarity).toBeGreaterThan(0.9);
    expect(match.similarity).toBeLessThan(1);
    expect(marked(match.passageMarked)).toEqual(['47-th']);
    expect(marked(match.pastedMarked)).toEqual(['48-th']);
    // The runs put together are the texts themselves.
    expect(match.passageMarked.map((r) => r.text).join('')).toBe(FAQ_2);
  });

  it('finds the same words in another order as close, and says so', () => {
    const reordered =
      'In October, 1992 the President of the Republic of Kazakhstan N.Nazarbayev presented the idea on convocation of the CICA for the first time at 47-th session of General Assembly of the United Nations';
    const match = first(checker.check(reordered));
    expect(match).toMatchObject({ verdict: 'close', reordered: true, anchor: '1' });
  });

  it('says "not found" for a sentence the reference does not contain, showing the nearest passage', () => {
    const report = checker.check('CICA was founded in 1999 in Almaty');
    expect(report.verdict).toBe('not found');
    expect(report.matches.map((m) => m.verdict)).toEqual(['not found']);
    expect(marked(first(report).pastedMarked)).toEqual(['CICA was founded in']);
    const unrelated = checker.check(
      'Bananas are grown on the slopes of Mount Kilimanjaro by farmers.',
    );
    expect(unrelated).toMatchObject({ verdict: 'not found', matches: [] });
  });

  it('asks for more when the text is empty, too short or only common words', () => {
    expect(checker.check('')).toMatchObject({
      verdict: 'not found',
      notice: 'Paste or type a sentence to check.',
    });
    expect(checker.check('   CICA  ').notice).toMatch(/at least 3 words/);
    expect(checker.check('the of and in the').notice).toMatch(/common words only/);
  });

  it('answers hostile input without throwing, and keeps it as text', () => {
    for (const hostile of [
      '<script>alert(1)</script> Kazakhstan presented the idea',
      '\u202e\u0000\u001b[31m presented the idea on convocation',
      '((((((((((((((((((((((((((((',
      '\ud800 unpaired surrogate presented the idea',
      42 as unknown as string,
    ]) {
      const report = checker.check(hostile);
      expect(['verbatim', 'close', 'not found']).toContain(report.verdict);
    }
    const script = checker.check('<script>alert(1)</script> Kazakhstan presented the idea');
    expect(script.matches.flatMap((m) => m.pastedMarked.map((r) => r.text)).join('')).toContain(
      '<script>',
    );
  });

  it('checks the first 2,000 characters of a 10,000-character paste, and says so', () => {
    const paste = `${FAQ_2} ${'x'.repeat(10_000 - FAQ_2.length - 1)}`;
    expect(paste).toHaveLength(10_000);
    const report = checker.check(paste);
    expect(report.checked).toHaveLength(2000);
    expect(report.notice).toBe(
      'Only the first 2,000 characters were checked (the text has 10,000); a quotation is rarely longer than a paragraph.',
    );
    expect(first(report).id).toBe('when-and-where-the-cica-initiative-was-put');
  });
});
