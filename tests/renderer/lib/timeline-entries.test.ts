import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/shared/corpus/schema';
import { timelineEntries } from '../../../src/renderer/lib/timeline-entries';
import { loadReference } from '../../helpers/reference';

describe('the timeline of both periods', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = (await loadReference()).corpus;
  });

  it('holds every event of both periods once, from 1992 to the planned 2026 summit', () => {
    const entries = timelineEntries(corpus);
    expect(entries).toHaveLength(corpus.events.length + corpus.since2001.events.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries[0]).toMatchObject({ id: 'initiative-un-1992', period: 'faq' });
    expect(entries.at(-1)).toMatchObject({ id: 'summit-2026', period: 'later' });
    expect(entries.at(-1)!.event.planned).toBe(true);
  });

  it('is in date order, a year before its months, the FAQ first on the same date', () => {
    const keys = timelineEntries(corpus).map((e) => e.sortKey);
    expect(keys).toEqual([...keys].sort());
    const ids = timelineEntries(corpus).map((e) => e.id);
    // "autumn 2001" (the FAQ's planned summit) before its postponement on 8 November 2001.
    expect(ids.indexOf('summit-2001')).toBeLessThan(ids.indexOf('summit-postponed-2001'));
    // Bahrain and Cambodia, known to the year only, before the events dated within 2011.
    expect(ids.indexOf('joined-bahrain')).toBeLessThan(ids.indexOf('ministerial-mi1'));
  });

  it('files the FAQ’s summit and ministers’ meeting under the kinds of the later ones', () => {
    const kinds = new Map(timelineEntries(corpus).map((e) => [e.id, e.kind]));
    expect(kinds.get('summit-2001')).toBe('summit');
    expect(kinds.get('meeting-ministers-1999')).toBe('ministerial');
    expect(kinds.get('initiative-un-1992')).toBeUndefined();
    expect(kinds.get('joined-kuwait')).toBe('admission');
  });
});
