import type { Corpus } from '../corpus/schema';

/** The collections a reader counts, with their names in one and many. */
const COLLECTIONS: readonly [keyof Corpus, string, string][] = [
  ['participants', 'participant', 'participants'],
  ['events', 'event', 'events'],
  ['documents', 'document', 'documents'],
  ['bodies', 'body', 'bodies'],
  ['stages', 'stage', 'stages'],
  ['figures', 'figure', 'figures'],
  ['topics', 'topic', 'topics'],
];

/**
 * What a pack changes against the one in use, in a reader's words:
 * "+1 participant", "+12 events", "2 documents changed", "3 facts corrected".
 * Items are matched by id; corrections are the errata the new pack adds.
 */
export function describeChanges(from: Corpus, to: Corpus): string[] {
  const lines: string[] = [];
  for (const [key, one, many] of COLLECTIONS) {
    const before = byId(from[key] as readonly { id: string }[]);
    const after = byId(to[key] as readonly { id: string }[]);
    const added = [...after.keys()].filter((id) => !before.has(id)).length;
    const removed = [...before.keys()].filter((id) => !after.has(id)).length;
    const changed = [...after].filter(
      ([id, item]) => before.has(id) && JSON.stringify(before.get(id)) !== JSON.stringify(item),
    ).length;
    const name = (n: number) => `${n} ${n === 1 ? one : many}`;
    if (added) lines.push(`+${name(added)}`);
    if (removed) lines.push(`−${name(removed)}`);
    if (changed) lines.push(`${name(changed)} changed`);
  }
  const errata = byId(from.errata);
  const corrected = to.errata.filter((erratum) => !errata.has(erratum.id)).length;
  if (corrected) lines.push(`${corrected} ${corrected === 1 ? 'fact' : 'facts'} corrected`);
  return lines;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
