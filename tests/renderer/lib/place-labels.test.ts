import { describe, expect, it } from 'vitest';
import { passageLabel } from '../../../src/renderer/lib/place-labels';

describe('a passage named for a screen reader', () => {
  it('says paragraph, and item for a list item, in words', () => {
    expect(passageLabel(3, '1')).toBe('answer 3, paragraph 1');
    expect(passageLabel(3, '2.5')).toBe('answer 3, paragraph 2, item 5');
    expect(passageLabel(12, '10.11')).toBe('answer 12, paragraph 10, item 11');
  });
});
