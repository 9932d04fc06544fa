import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { laterItems, membersAt, sameState } from '../../../src/shared/corpus/provenance';
import type { Since2001 } from '../../../src/shared/corpus/since-2001';
import { packFiles } from '../../helpers/pack';
import { DATASET_PATH } from '../../helpers/source';

// Facts after 2001 checked against resources/cica-since-2001.json, the
// dataset they are curated from, and against the dates its sources give: if
// the compiled pack drifts from either, these fail.
const later: Since2001 = JSON.parse(packFiles().get('corpus.json')!).since2001;
const dataset = JSON.parse(readFileSync(DATASET_PATH, 'utf8'));
const byId = <T extends { id: string }>(items: readonly T[], id: string) => {
  const found = items.find((x) => x.id === id);
  if (!found) throw new Error(`no item "${id}"`);
  return found;
};

/** Every fact of the dataset, wherever it sits, as the compiler finds them. */
function datasetFacts(): { id: string; statement: string }[] {
  const found: { id: string; statement: string }[] = [];
  const walk = (node: unknown, key = ''): void => {
    if (Array.isArray(node)) return node.forEach((child) => walk(child));
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.id === 'string' && typeof record.statement === 'string') {
      found.push({ id: record.id, statement: record.statement });
      return;
    }
    if (['sources', 'conflicts', 'meta'].includes(key)) return;
    for (const [k, child] of Object.entries(record)) walk(child, k);
  };
  walk(dataset);
  return found;
}

describe('admissions after 2001', () => {
  // Order and date of each, as the sources give them (the dataset's membership.admissions).
  const expected: [string, string, string][] = [
    ['Thailand', '17', '2004-10-22'],
    ['Republic of Korea', '18', '2006-06-17'],
    ['Jordan', '19–20', '2008-08-25'],
    ['United Arab Emirates', '19–20', '2008-08-25'],
    ['Iraq', '21–22', '2010-06-08'],
    ['Vietnam', '21–22', '2010-06-08'],
    ['Bahrain', '23–24', '2011'],
    ['Cambodia', '23–24', '2011'],
    ['Qatar', '25–26', '2014-05'],
    ['Bangladesh', '25–26', '2014-05-20'],
    ['Sri Lanka', '27', '2018-08-15'],
    ['Kuwait', '28', '2022-10-13'],
  ];

  it('gives each its order and date, Thailand 17th on 22 October 2004 to Kuwait 28th on 13 October 2022', () => {
    expect(later.admissions.map((a) => [a.state.name, a.order, a.date])).toEqual(expected);
  });

  it('agrees with the dataset’s table of admissions, field by field', () => {
    const table = dataset.membership.admissions as {
      order: number | string;
      country: string;
      iso: string;
      date: string;
    }[];
    expect(table.map((a) => [a.country, String(a.order).replace('-', '–'), a.date, a.iso])).toEqual(
      later.admissions.map((a) => [a.state.name, a.order, a.date, a.state.iso2]),
    );
  });

  it('shows each admission on the timeline, on the same day and with the same facts', () => {
    for (const a of later.admissions) {
      const event = later.events.find(
        (e) => e.kind === 'admission' && e.facts.join() === a.facts.join(),
      );
      expect(event, a.id).toBeDefined();
      expect(event!.date, a.id).toBe(a.date);
      expect(event!.title, a.id).toContain(a.state.name);
    }
  });
});

describe('summits', () => {
  it('gives each summit its date and city, from Almaty 2002 to Astana 2022, and Baku 2026 as planned', () => {
    const summits = later.events
      .filter((e) => e.kind === 'summit' && e.id !== 'summit-postponed-2001')
      .map((e) => [e.date, e.dateEnd, e.place, e.planned]);
    expect(summits).toEqual([
      ['2002-06-04', undefined, 'Almaty', false],
      ['2006-06-17', undefined, 'Almaty', false],
      ['2010-06-07', '2010-06-09', 'Istanbul', false],
      ['2014-05-20', '2014-05-21', 'Shanghai', false],
      ['2019-06-14', '2019-06-15', 'Dushanbe', false],
      ['2022-10-12', '2022-10-13', 'Astana', false],
      ['2026', undefined, 'Baku', true],
    ]);
  });

  it('agrees with the dataset’s table of summits', () => {
    const table = dataset.summits as {
      date_start: string;
      date_end?: string;
      city: string;
      status?: string;
    }[];
    const summits = later.events.filter(
      (e) => e.kind === 'summit' && e.id !== 'summit-postponed-2001',
    );
    expect(summits.map((e) => [e.date, e.dateEnd ?? e.date, e.place])).toEqual(
      table.map((s) => [s.date_start, s.date_end ?? s.date_start, s.city]),
    );
    expect(table.at(-1)!.status).toMatch(/^planned/);
  });

  it('says the first summit, set for November 2001, was postponed to 2002', () => {
    expect(byId(later.events, 'summit-postponed-2001')).toMatchObject({
      date: '2001-11-08',
      place: 'Almaty',
      planned: false,
    });
  });
});

describe('chairmanships', () => {
  it('gives each chair its term, and Azerbaijan as the only current one', () => {
    expect(later.chairs.map((c) => [c.chair, c.from, c.to, c.current])).toEqual([
      ['Kazakhstan', undefined, '2010-06-08', false],
      ['Türkiye', '2010-06-08', '2014-05-21', false],
      ['China', '2014-05-21', '2018-09-24', false],
      ['Tajikistan', '2018-09-24', '2020', false],
      ['Kazakhstan', '2020', '2024-12-17', false],
      ['Azerbaijan', '2024-12-17', undefined, true],
    ]);
    expect(later.chairs.map((c) => c.term)).toEqual([
      'from the beginnings of CICA to June 2010',
      'June 2010 – May 2014',
      'May 2014 – September 2018',
      'September 2018 – 2020',
      '2020 – December 2024',
      'December 2024 – 2026 (planned)',
    ]);
  });

  it('hands the chair on the day the last one ends, as the dataset’s history does', () => {
    for (let i = 1; i < later.chairs.length; i++) {
      expect(later.chairs[i]!.from, later.chairs[i]!.id).toBe(later.chairs[i - 1]!.to);
    }
    const history = dataset.chairmanship_history as { chair: string; from: string; to: string }[];
    expect(history.map((h) => h.chair)).toEqual(later.chairs.map((c) => c.chair));
    // A curated date is the dataset's, or the same date at a coarser precision (its facts say "2020").
    later.chairs.forEach((c, i) => {
      if (c.to) expect(history[i]!.to.startsWith(c.to), c.id).toBe(true);
      if (c.from) expect(history[i]!.from.startsWith(c.from), c.id).toBe(true);
    });
  });
});

describe('members today', () => {
  const today = byId(later.members, 'members-today');
  const founding = byId(later.members, 'members-2002');

  it('lists the 28 member states', () => {
    expect(today.states).toEqual([
      'Afghanistan',
      'Azerbaijan',
      'Bahrain',
      'Bangladesh',
      'Cambodia',
      'China',
      'Egypt',
      'India',
      'Iran',
      'Iraq',
      'Israel',
      'Jordan',
      'Kazakhstan',
      'Kuwait',
      'Kyrgyzstan',
      'Mongolia',
      'Pakistan',
      'Palestine',
      'Qatar',
      'Republic of Korea',
      'Russia',
      'Sri Lanka',
      'Tajikistan',
      'Thailand',
      'Türkiye',
      'United Arab Emirates',
      'Uzbekistan',
      'Vietnam',
    ]);
    const current = dataset.membership.current as { count: number; members: { name: string }[] };
    expect(current.count).toBe(28);
    expect(current.members.map((m) => m.name)).toEqual(today.states);
  });

  it('is the 16 of the first summit and the 12 admitted since: 16 + 12 = 28', () => {
    expect(founding.states).toHaveLength(16);
    expect(later.admissions).toHaveLength(12);
    const atEnd = membersAt(founding, later.admissions, later.asOf);
    expect(atEnd).toHaveLength(28);
    for (const state of today.states) {
      expect(
        atEnd.some((m) => sameState(m.name, state)),
        state,
      ).toBe(true);
    }
  });

  it('counts the members at any date from the admissions', () => {
    const count = (day: string) => membersAt(founding, later.admissions, day).length;
    expect(count('2002-06-04')).toBe(16);
    expect(count('2004-10-22')).toBe(17);
    expect(count('2008-08-25')).toBe(20);
    // Qatar is known to May 2014 only: it counts from the end of that month.
    expect(count('2014-05-20')).toBe(25);
    expect(count('2014-05-31')).toBe(26);
    expect(count('2022-10-12')).toBe(27);
    expect(count('2022-10-13')).toBe(28);
  });

  it('says so in CICA today, dated, and in Then and now', () => {
    expect(byId(later.today, 'today-members').value).toMatch(
      /^28, unchanged since Kuwait joined in October 2022/,
    );
    expect(later.asOfLabel).toBe('September 2025');
    expect(byId(later.comparisons, 'compare-members')).toMatchObject({ then: '16', now: '28' });
  });
});

describe('every fact of the dataset', () => {
  const facts = datasetFacts();
  const shown = new Set(laterItems(later).flatMap((item) => item.facts));
  const leftOut = new Map(later.leftOut.map((l) => [l.fact, l.reason]));

  it('is in the pack, word for word', () => {
    expect(facts).toHaveLength(dataset.meta.counts.facts);
    expect(later.facts.map((f) => [f.id, f.text])).toEqual(facts.map((f) => [f.id, f.statement]));
  });

  it('is shown by an item, or left out with a reason, never both', () => {
    const neither = facts.filter((f) => !shown.has(f.id) && !leftOut.has(f.id)).map((f) => f.id);
    const both = facts.filter((f) => shown.has(f.id) && leftOut.has(f.id)).map((f) => f.id);
    expect(neither).toEqual([]);
    expect(both).toEqual([]);
    for (const [fact, reason] of leftOut) expect(reason.length, fact).toBeGreaterThan(20);
    expect(shown.size + leftOut.size).toBe(facts.length);
  });

  it('keeps its sources and conflicts, every id resolving', () => {
    expect(later.sources).toHaveLength(dataset.meta.counts.sources);
    expect(later.conflicts).toHaveLength(dataset.meta.counts.conflicts);
    const sources = new Set(later.sources.map((s) => s.id));
    const conflicts = new Set(later.conflicts.map((c) => c.id));
    for (const f of later.facts) {
      expect(
        f.sources.every((id) => sources.has(id)),
        f.id,
      ).toBe(true);
      expect(
        f.conflicts.every((id) => conflicts.has(id)),
        f.id,
      ).toBe(true);
    }
  });
});
