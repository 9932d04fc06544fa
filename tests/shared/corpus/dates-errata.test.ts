import { describe, expect, it } from 'vitest';
import { dateSortKey, formatDate } from '../../../src/shared/corpus/dates';
import { annotate } from '../../../src/shared/corpus/errata';
import type { Erratum } from '../../../src/shared/corpus/schema';

describe('formatDate', () => {
  it.each([
    [{ start: '1992' }, '1992'],
    [{ start: '1994-10' }, 'October 1994'],
    [{ start: '1997-12-03' }, '3 December 1997'],
    [{ start: '2001-09-04', end: '2001-09-05' }, '4–5 September 2001'],
    [{ start: '2001-09-30', end: '2001-10-01' }, '30 September 2001 – 1 October 2001'],
    [{ start: '2001', season: 'autumn' as const }, 'autumn 2001'],
  ])('%j -> %s', (date, text) => expect(formatDate(date)).toBe(text));

  it('sorts a season after the months before it', () => {
    const keys = [
      { start: '2001', season: 'autumn' as const },
      { start: '2001-09-04' },
      { start: '2001-06' },
    ];
    expect(keys.map(dateSortKey).sort()).toEqual(['2001-06', '2001-09-04', '2001-10']);
  });
});

const erratum = (published: string, corrected: string): Erratum => ({
  id: published,
  published,
  corrected,
  note: 'test',
  where: { entry: 'e', paragraph: 1 },
});

describe('annotate', () => {
  it('splits the published text around each slip, keeping every character', () => {
    const text = 'Ministers for Foreign Affairs ofCICA member - states, December 3,1997.';
    const segments = annotate(text, [erratum('3,1997', '3, 1997'), erratum('ofCICA', 'of CICA')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => 'erratum' in s).map((s) => s.text)).toEqual(['ofCICA', '3,1997']);
  });

  it('leaves text without slips whole', () => {
    expect(annotate('plain', [erratum('absent', 'x')])).toEqual([{ text: 'plain' }]);
    expect(annotate('', [])).toEqual([{ text: '' }]);
  });

  it('does not double-mark overlapping slips', () => {
    const segments = annotate('League of the Arabian states (LOG)', [
      erratum('Arabian states (LOG)', 'x'),
      erratum('(LOG)', '(LAS)'),
    ]);
    expect(segments.filter((s) => 'erratum' in s)).toHaveLength(1);
    expect(segments.map((s) => s.text).join('')).toBe('League of the Arabian states (LOG)');
  });
});
