import { dateSortKey } from '../../shared/corpus/dates';
import type { CicaEvent, Corpus } from '../../shared/corpus/schema';
import type { EventKind, LaterEvent } from '../../shared/corpus/since-2001';

/** One event of the timeline: from the 2001 FAQ, or from the later sources. */
export type TimelineEntry =
  | { period: 'faq'; id: string; kind?: EventKind; sortKey: string; event: CicaEvent }
  | { period: 'later'; id: string; kind: EventKind; sortKey: string; event: LaterEvent };

/** The filter's names for the kinds of events, in the filter's order. */
export const KIND_LABELS: Readonly<Record<EventKind, string>> = {
  summit: 'Summits',
  ministerial: 'Ministerial meetings',
  admission: 'Admissions',
  observer: 'Observers',
  chairmanship: 'Chairmanships',
  body: 'Bodies',
  document: 'Documents',
};

/**
 * The kinds of the FAQ's events, which its corpus does not give: the app's
 * reading of each title. The initiative, the conference and the seminar fit
 * none, and show under "All" only.
 */
const FAQ_EVENT_KINDS: Readonly<Record<string, EventKind>> = {
  'swg-created-1994': 'body',
  'swg-first-session-1995': 'body',
  'deputy-ministers-meeting-1997': 'body',
  'meeting-ministers-1999': 'ministerial',
  'swg-last-session-2001': 'body',
  'senior-officials-meeting-2001': 'document',
  'summit-2001': 'summit',
};

/**
 * Both periods in date order: a year sorts before its months, a month before
 * its days (dateSortKey's order); on the same key the FAQ's event comes first,
 * then the later ones in the corpus's order.
 */
export function timelineEntries(corpus: Pick<Corpus, 'events' | 'since2001'>): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...corpus.events.map((event) => ({
      period: 'faq' as const,
      id: event.id,
      kind: FAQ_EVENT_KINDS[event.id],
      sortKey: dateSortKey(event.date),
      event,
    })),
    ...corpus.since2001.events.map((event) => ({
      period: 'later' as const,
      id: event.id,
      kind: event.kind,
      sortKey: event.date,
      event,
    })),
  ];
  // Keys are ISO-style dates (digits and hyphens): code-unit order is date
  // order, and far cheaper than localeCompare on the first view's path.
  return entries.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}
