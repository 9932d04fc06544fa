import { latestRoster } from '../corpus/later-labels';
import { sameState } from '../corpus/provenance';
import type { Roster } from '../corpus/since-2001';
import type { Reference } from '../reference';
import type { LaterCsvRow } from './data';

/**
 * The rows after 2001 a membership CSV holds: for the whole membership, the
 * member states and observers as of the sources' last month; for a roster,
 * its own list at its own date. Each row cites the web pages it rests on: a
 * member's admission, else the list's. Undefined for any other target.
 */
export function laterMembershipRows(
  reference: Reference,
  target: string,
): LaterCsvRow[] | undefined {
  const later = reference.corpus.since2001;
  const members = latestRoster(later.members);
  const observers = latestRoster(later.observers);
  if (target === 'membership') {
    return [
      ...(members ? rows(reference, members, 'members') : []),
      ...(observers ? rows(reference, observers, 'observers') : []),
    ];
  }
  const member = later.members.find((r) => r.id === target);
  if (member) return rows(reference, member, 'members');
  const observer = later.observers.find((r) => r.id === target);
  return observer && rows(reference, observer, 'observers');
}

function rows(reference: Reference, roster: Roster, kind: 'members' | 'observers'): LaterCsvRow[] {
  const { corpus, provenance } = reference;
  const later = corpus.since2001;
  const lists = kind === 'members' ? later.members : later.observers;
  const asOf =
    latestRoster(lists) === roster
      ? reference.data.manifest.sources.since2001.asOf.date
      : roster.date;
  const sourcesOf = (facts: readonly string[], direct: readonly string[] = []) => [
    ...new Set([...provenance.facts(facts).flatMap((f) => f.sources), ...direct]),
  ];
  const own = sourcesOf(roster.facts, roster.sources);
  const founding = later.members.find((r) => r !== latestRoster(later.members));
  const state = (name: string): LaterCsvRow => {
    const admission = later.admissions.find((a) => a.state.name === name);
    const participant = corpus.participants.find(
      (p) =>
        p.kind !== 'organization' && [p.shortName, ...p.aliases].some((n) => sameState(n, name)),
    );
    const firstSummit = kind === 'members' && founding?.states.some((s) => sameState(s, name));
    return {
      id: roster.id,
      status: kind === 'members' ? 'member' : 'observer',
      asOf,
      name,
      iso2: admission?.state.iso2 ?? participant?.iso2,
      sources: admission
        ? sourcesOf(admission.facts)
        : firstSummit && founding
          ? sourcesOf(founding.facts, founding.sources)
          : own,
    };
  };
  return [
    ...roster.states.map(state),
    ...(roster.organizations ?? []).map((name): LaterCsvRow => ({
      id: roster.id,
      status: 'organization',
      asOf,
      name,
      sources: own,
    })),
  ];
}
