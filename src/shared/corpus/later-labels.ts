import { formatLaterDate } from './provenance';
import type {
  Admission,
  Chair,
  Comparison,
  Head,
  LaterEntity,
  LaterEvent,
  Roster,
  Since2001,
  TodayLine,
} from './since-2001';

// Titles of the items after 2001, in the same words for search and exports:
// each count and each "current" statement carries its date.

/** 17 -> "17th", 21 -> "21st", 22 -> "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** An admission's place in order: "17th", or "19th or 20th" for two admitted together. */
export function memberOrder(order: string): string {
  return order
    .split('–')
    .map((n) => ordinal(Number(n)))
    .join(' or ');
}

/** "12–13 October 2022: Sixth CICA summit", "2026 (planned): Seventh summit ...". */
export function laterEventTitle(event: LaterEvent): string {
  const planned = event.planned && !/planned/i.test(event.title) ? ' (planned)' : '';
  return `${formatLaterDate(event.date, event.dateEnd)}${planned}: ${event.title}`;
}

/** "Thailand: 17th member state, admitted 22 October 2004". */
export function admissionTitle(admission: Admission): string {
  return (
    `${admission.state.name}: ${memberOrder(admission.order)} member state, ` +
    `admitted ${formatLaterDate(admission.date)}`
  );
}

/**
 * A roster's "as of" in words: "2004-10 (before the 2nd MM)" becomes
 * "October 2004 (before the 2nd ministerial meeting)".
 */
export function asOfWords(asOf: string): string {
  return asOf
    .replace(/^(\d{4}-\d{2})(?!-?\d)/, (date) => formatLaterDate(date))
    .replace(/\bMM\b/g, 'ministerial meeting');
}

/** The latest of a list of rosters: the one that holds as of the sources' last date. */
export function latestRoster(rosters: readonly Roster[]): Roster | undefined {
  return rosters.reduce<Roster | undefined>(
    (latest, r) => (latest === undefined || r.date > latest.date ? r : latest),
    undefined,
  );
}

function rosterCount(roster: Roster, kind: 'members' | 'observers'): string {
  if (kind === 'members') return String(roster.states.length);
  const organizations = roster.organizations?.length ?? 0;
  return (
    `${roster.states.length} states` + (organizations ? `, ${organizations} organizations` : '')
  );
}

/**
 * "Member states today (28), as of September 2025" for the latest list;
 * "Member states on 4 June 2002 (16)", "Observers in October 2004 (9 states)"
 * for the earlier ones.
 */
export function rosterTitle(
  since2001: Since2001,
  roster: Roster,
  kind: 'members' | 'observers',
): string {
  const label = kind === 'members' ? 'Member states' : 'Observers';
  const count = rosterCount(roster, kind);
  const lists = kind === 'members' ? since2001.members : since2001.observers;
  if (latestRoster(lists) === roster)
    return `${label} today (${count}), as of ${since2001.asOfLabel}`;
  const when = formatLaterDate(roster.date);
  return `${label} ${/^\d+ /.test(when) ? 'on' : 'in'} ${when} (${count})`;
}

/** "Chair as of September 2025: Azerbaijan, since 17 December 2024, for 2024–2026". */
export function todayTitle(line: TodayLine, asOfLabel: string): string {
  return `${line.label} as of ${asOfLabel}: ${line.value}`;
}

/** "Chair: China, May 2014 – September 2018"; the current chair says as of when. */
export function chairTitle(chair: Chair, asOfLabel: string): string {
  return `Chair: ${chair.chair}, ${chair.term}${chair.current ? `; current as of ${asOfLabel}` : ''}`;
}

/** "Gong Jianwei: Executive Director, c. 2014 to 2018-09". */
export function headTitle(head: Head): string {
  return `${head.name}: ${head.title}, ${head.term}`;
}

/** A body, document or note by its name; a name that says "today" says as of when. */
export function entityTitle(entity: LaterEntity, asOfLabel: string): string {
  return /\btoday\b/i.test(entity.name) ? `${entity.name}, as of ${asOfLabel}` : entity.name;
}

/** "Then and now: Member states (September 2001 and September 2025)". */
export function comparisonTitle(comparison: Comparison, then: string, now: string): string {
  return `Then and now: ${comparison.aspect} (${then} and ${now})`;
}
