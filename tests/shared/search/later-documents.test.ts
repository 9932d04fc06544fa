import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../../../src/shared/search/documents';
import { packFiles } from '../../helpers/pack';
import { loadReference } from '../../helpers/reference';

const reference = await loadReference();
const later = reference.corpus.since2001;
const docs: SearchDoc[] = JSON.parse(packFiles().get('search-docs.json')!);
const byId = new Map(docs.map((d) => [d.id, d]));

const laterItems = [
  ...later.today,
  ...later.events,
  ...later.admissions,
  ...later.members,
  ...later.observers,
  ...later.chairs,
  ...later.heads,
  ...later.bodies,
  ...later.documents,
  ...later.notes,
  ...later.comparisons,
];

describe('search documents after 2001', () => {
  it('has one document per item, in the section the item is shown in', () => {
    expect(laterItems.length).toBeGreaterThan(130);
    for (const item of laterItems) {
      const doc = byId.get(item.id);
      expect(doc, item.id).toBeDefined();
      expect(doc!.item).toBe(item.id);
      expect(doc!.section, item.id).toBe(reference.sectionOfItem(item.id));
    }
  });

  it('indexes the text of every fact an item shows', () => {
    const factText = new Map(later.facts.map((f) => [f.id, f.text]));
    for (const item of laterItems) {
      for (const fact of item.facts)
        expect(byId.get(item.id)!.body, item.id).toContain(factText.get(fact));
    }
  });

  it('dates every event in its title, and says “planned” of the Baku summit', () => {
    for (const e of later.events)
      expect(byId.get(e.id)!.title, e.id).toMatch(/^(\d{1,2}(–\d{1,2})? )?([A-Z][a-z]+ )?\d{4}/);
    expect(byId.get('summit-2026')!.title).toBe(
      '2026: Seventh summit (Council of Heads of State or Government), planned',
    );
    expect(byId.get('summit-2022')!.title).toBe('12–13 October 2022: Sixth CICA summit');
  });

  it('titles admissions with their order and date, rosters and today’s lines with theirs', () => {
    expect(byId.get('admission-thailand')!.title).toBe(
      'Thailand: 17th member state, admitted 22 October 2004',
    );
    expect(byId.get('admission-jordan')!.title).toBe(
      'Jordan: 19th or 20th member state, admitted 25 August 2008',
    );
    expect(byId.get('admission-bahrain')!.title).toBe(
      'Bahrain: 23rd or 24th member state, admitted 2011',
    );
    expect(byId.get('members-2002')!.title).toBe('Member states on 4 June 2002 (16)');
    expect(byId.get('members-today')!.title).toBe('Member states today (28), as of September 2025');
    expect(byId.get('today-members')!.title).toBe(
      'Member states as of September 2025: 28, unchanged since Kuwait joined in October 2022',
    );
    expect(byId.get('chair-azerbaijan')!.title).toBe(
      'Chair: Azerbaijan, December 2024 – 2026 (planned); current as of September 2025',
    );
    expect(byId.get('territory-and-population')!.title).toBe(
      'Territory and population today, as of September 2025',
    );
  });

  it('lists the states of a roster and says where the place of an event is', () => {
    const today = byId.get('members-today')!;
    for (const state of ['Kuwait', 'Thailand', 'Türkiye', 'Republic of Korea']) {
      expect(today.body).toContain(state);
    }
    expect(byId.get('summit-2019')!.body).toMatch(/^Place: Dushanbe\./);
  });

  it('gives both sides of a comparison, each with its date', () => {
    const members = byId.get('compare-members')!;
    expect(members.title).toBe('Then and now: Member states (September 2001 and September 2025)');
    expect(members.body).toMatch(/^September 2001: 16\.\nSeptember 2025: 28\./);
  });
});
