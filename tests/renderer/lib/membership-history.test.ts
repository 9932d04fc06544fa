import { beforeAll, describe, expect, it } from 'vitest';
import type { Since2001 } from '../../../src/shared/corpus/since-2001';
import {
  commonDate,
  membershipSteps,
  observersAt,
} from '../../../src/renderer/lib/membership-history';
import { loadReference } from '../../helpers/reference';

describe('the member count over time', () => {
  let later: Since2001;
  beforeAll(async () => {
    later = (await loadReference()).corpus.since2001;
  });
  const founding = () => later.members.find((r) => r.id === 'members-2002')!;

  it('starts with the 16 founding members and ends with the 28 of today', () => {
    const steps = membershipSteps(founding(), later.admissions);
    expect(steps[0]).toMatchObject({ date: '2002-06-04', count: 16, admitted: [] });
    expect(steps.at(-1)).toMatchObject({ date: '2022-10-13', count: 28 });
    expect(steps.at(-1)!.admitted.map((a) => a.state.name)).toEqual(['Kuwait']);
    expect(steps.at(-1)!.count).toBe(
      later.members.find((r) => r.id === 'members-today')!.states.length,
    );
  });

  it('keeps states admitted together in one step, dated no more precisely than both', () => {
    const steps = membershipSteps(founding(), later.admissions);
    const may2014 = steps.find((s) => s.admitted.some((a) => a.state.name === 'Qatar'))!;
    expect(may2014.admitted.map((a) => a.state.name).sort()).toEqual(['Bangladesh', 'Qatar']);
    // Qatar is known to the month only: the step counts from the end of May, as membersAt does.
    expect(may2014).toMatchObject({ date: '2014-05', day: '2014-05-31', count: 26 });
    expect(steps.map((s) => s.count)).toEqual([16, 17, 18, 20, 22, 24, 26, 27, 28]);
  });

  it('finds the dates two admissions have in common', () => {
    expect(commonDate(['2014-05', '2014-05-20'])).toBe('2014-05');
    expect(commonDate(['2008-08-25', '2008-08-25'])).toBe('2008-08-25');
    expect(commonDate(['2011', '2011'])).toBe('2011');
    expect(commonDate(['2010-06-08', '2011'])).toBe('2011');
  });

  it('names the latest observer list on or before a day, and none before the first', () => {
    expect(observersAt(later.observers, '2003-12-31')).toBeUndefined();
    expect(observersAt(later.observers, '2004-10-31')?.id).toBe('observers-2004-10');
    expect(observersAt(later.observers, '2004-10-30')).toBeUndefined();
    expect(observersAt(later.observers, '2010-12-31')?.id).toBe('observers-2008-08');
    expect(observersAt(later.observers, later.asOf)?.id).toBe('observers-today');
  });
});
