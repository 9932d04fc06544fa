import { describe, expect, it } from 'vitest';
import {
  correctionLabel,
  participantLabel,
  passageLabel,
} from '../../../src/renderer/lib/place-labels';

describe('a passage named for a screen reader', () => {
  it('says paragraph, and item for a list item, in words', () => {
    expect(passageLabel(3, '1')).toBe('answer 3, paragraph 1');
    expect(passageLabel(3, '2.5')).toBe('answer 3, paragraph 2, item 5');
    expect(passageLabel(12, '10.11')).toBe('answer 12, paragraph 10, item 11');
  });
});

describe('a place of the 2001 lists named for a screen reader', () => {
  it('names a participant with its group, in the singular, and the date of the list', () => {
    expect(participantLabel('Thailand', 'Member states', 'September 2001')).toBe(
      'Thailand (member state in September 2001)',
    );
    expect(participantLabel('LAS', 'International organizations', 'September 2001')).toBe(
      'LAS (international organization in September 2001)',
    );
  });

  it('names a correction by the published words and the passage they are in', () => {
    expect(correctionLabel('September 14,1999', 10, '2')).toBe(
      'correction of “September 14,1999” in answer 10, paragraph 2',
    );
    expect(correctionLabel('(LOG)', 6, '3.2')).toBe(
      'correction of “(LOG)” in answer 6, paragraph 3, item 2',
    );
  });
});
