import { describe, expect, it } from 'vitest';
import { align } from '../../../src/shared/quote/align';
import { wordsOf } from '../../../src/shared/quote/words';

const PASSAGE =
  'The President presented the idea on convocation of the CICA for the first time at the session of the General Assembly in October 1992.';

/** The words of each side that the alignment marks as differing. */
function differing(pasted: string, passage = PASSAGE) {
  const a = wordsOf(pasted);
  const b = wordsOf(passage);
  const alignment = align(a, b);
  const shown = b.slice(...alignment.window);
  return {
    alignment,
    pasted: a.filter((_, k) => alignment.pastedDiffers[k]).map((w) => w.key),
    passage: shown.filter((_, k) => alignment.passageDiffers[k]).map((w) => w.key),
  };
}

describe('align', () => {
  it('marks a changed word in the middle on both sides', () => {
    const result = differing('presented the idea on convening of the CICA for the first time');
    expect(result.pasted).toEqual(['convening']);
    expect(result.passage).toEqual(['convocation']);
  });

  it('marks a changed last word on both sides, not only on the pasted side', () => {
    const result = differing('presented the idea on convocation of the CICA for the second');
    expect(result.pasted).toEqual(['second']);
    expect(result.passage).toEqual(['first']);
  });

  it('marks a changed first word on both sides', () => {
    const result = differing('announced the idea on convocation of the CICA for the first time');
    expect(result.pasted).toEqual(['announced']);
    expect(result.passage).toEqual(['presented']);
  });

  it('measures only the aligned words: the facing word is marked, not counted', () => {
    const { alignment } = differing('presented the idea on convocation of the CICA for the second');
    // Pasted: 5 words and 6 common ones (a quarter each) = 6.5; aligned in the
    // passage: 4 + 6 x 0.25 = 5.5, all shared. With "first" counted it would be 11/13.
    expect(alignment.similarity).toBeCloseTo((2 * 5.5) / (6.5 + 5.5), 10);
  });

  it('stops at the passage’s ends: a changed last word after its last word marks nothing more', () => {
    const result = differing('the General Assembly in October 1992 and after');
    expect(result.alignment.window[1]).toBe(wordsOf(PASSAGE).length);
    expect(result.pasted).toEqual(['and', 'after']);
  });
});
