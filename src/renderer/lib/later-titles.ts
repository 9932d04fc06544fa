import { formatLaterDate } from '../../shared/corpus/provenance';
import type { Since2001 } from '../../shared/corpus/since-2001';

/**
 * Every item after 2001 with the title a reader knows it by, for the window's
 * title, bookmarks and links that name nothing: in the words the views use.
 */
export function laterItemTitles(later: Since2001): [id: string, title: string][] {
  const titled = <T extends { id: string }>(items: readonly T[], title: (item: T) => string) =>
    items.map((item): [string, string] => [item.id, title(item)]);
  return [
    ...titled(later.today, (t) => `CICA today: ${t.label}`),
    ...titled(later.events, (e) => `${formatLaterDate(e.date, e.dateEnd)}: ${e.title}`),
    ...titled(later.admissions, (a) => `Admission of ${a.state.name}`),
    ...titled(later.members, (r) => `Member states, ${r.asOf}`),
    ...titled(later.observers, (r) => `Observers, ${r.asOf}`),
    ...titled(later.chairs, (c) => `Chair: ${c.chair}, ${c.term}`),
    ...titled(later.heads, (h) => `${h.title}: ${h.name}`),
    ...titled([...later.bodies, ...later.documents, ...later.notes], (x) => x.name),
    ...titled(later.comparisons, (c) => `Then and now: ${c.aspect}`),
  ];
}
