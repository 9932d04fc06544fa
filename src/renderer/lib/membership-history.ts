import { lastDay, membersAt } from '../../shared/corpus/provenance';
import type { Admission, Roster } from '../../shared/corpus/since-2001';

/** The member count after one admission, or after states admitted together. */
export interface MembershipStep {
  /** As precise as the sources are for every admission of the step: "2014-05", "2022-10-13". */
  date: string;
  /** The day from which the step counts: the last day its date can mean. */
  day: string;
  count: number;
  /** Empty for the founding members' step. */
  admitted: Admission[];
}

/**
 * The member count over time: the founding members, then one step per
 * admission order ("19–20" is one step: the sources do not say which of the
 * two came first). A step counts from the last day its date can mean, as
 * membersAt does, so no step claims more than its sources.
 */
export function membershipSteps(
  founding: Roster,
  admissions: readonly Admission[],
): MembershipStep[] {
  const groups = new Map<string, Admission[]>();
  for (const admission of admissions)
    groups.set(admission.order, [...(groups.get(admission.order) ?? []), admission]);
  const steps = [...groups.values()].map((admitted) => {
    const day = admitted
      .map((a) => lastDay(a.date))
      .sort()
      .at(-1)!;
    return {
      date: commonDate(admitted.map((a) => a.date)),
      day,
      count: membersAt(founding, admissions, day).length,
      admitted,
    };
  });
  return [
    {
      date: founding.date,
      day: lastDay(founding.date),
      count: founding.states.length,
      admitted: [],
    },
    ...steps.sort((a, b) => a.day.localeCompare(b.day)),
  ];
}

/** What several partial dates have in common: "2014-05" for "2014-05" and "2014-05-20". */
export function commonDate(dates: readonly string[]): string {
  const parts = dates.map((d) => d.split('-'));
  const shared: string[] = [];
  for (let i = 0; i < Math.min(...parts.map((p) => p.length)); i++) {
    const part = parts[0]![i]!;
    if (parts.some((p) => p[i] !== part)) break;
    shared.push(part);
  }
  // Dates of different years share nothing: the latest stands for them all.
  return shared.join('-') || [...dates].sort().at(-1)!;
}

/**
 * The latest observer list the sources give on or before a day, or undefined
 * before the first one. Lists are snapshots: between two of them the sources
 * say nothing, so the view names the list's own date.
 */
export function observersAt(rosters: readonly Roster[], day: string): Roster | undefined {
  return [...rosters]
    .filter((roster) => lastDay(roster.date) <= day)
    .sort((a, b) => lastDay(a.date).localeCompare(lastDay(b.date)))
    .at(-1);
}
