import { laterTables } from '../../../src/shared/corpus/since-2001';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  findMissing,
  itemCatalog,
  parseSearchHash,
  searchHash,
  type Catalog,
} from '../../../src/renderer/lib/locations';
import { loadReference } from '../../helpers/reference';

describe('search locations in the hash', () => {
  it('round-trips a query, with or without its section filter', () => {
    for (const location of [
      { query: 'contact group' },
      { query: 'Alma-Ata & "LOG"/?#', section: 'bodies' as const },
    ]) {
      expect(parseSearchHash(searchHash(location))).toEqual(location);
    }
  });

  it('is not a search without a query, and drops an unknown section', () => {
    expect(parseSearchHash('#/search?q=')).toBeUndefined();
    expect(parseSearchHash('#/search?q=%20%20')).toBeUndefined();
    expect(parseSearchHash('#/bodies/cg')).toBeUndefined();
    expect(parseSearchHash('#/search?q=cg&in=nowhere')).toEqual({ query: 'cg' });
  });
});

describe('what a view hash names', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = itemCatalog(await loadReference());
  });

  it('knows every kind of item by its title', () => {
    expect(catalog.get('cg')).toEqual({ section: 'bodies', id: 'cg', title: 'Contact Group' });
    expect(catalog.get('observer-states')?.title).toBe('Observer states in September 2001 (10)');
    expect(catalog.get('count-september-2001')?.section).toBe('membership');
    expect(catalog.get('th')).toMatchObject({ section: 'membership', title: 'Thailand' });
    expect(catalog.get('declaration')?.section).toBe('documents');
  });

  it('finds nothing missing in a view, or in an item of that view', () => {
    for (const hash of ['', '#/', '#/faq', '#/bodies/cg', '#/membership/observer-states'])
      expect(findMissing(hash, catalog), hash).toBeUndefined();
  });

  it('names an unknown item with its words', () => {
    expect(findMissing('#/bodies/contact-grop', catalog)).toEqual({
      section: 'bodies',
      name: 'contact-grop',
      words: 'contact grop',
      elsewhere: [],
    });
  });

  it('offers an item asked for in the wrong view where it is', () => {
    expect(findMissing('#/documents/cg', catalog)?.elsewhere).toEqual([
      { href: '#/bodies/cg', title: 'Contact Group' },
    ]);
  });

  it('names an unknown view, offering views of a like name', () => {
    expect(findMissing('#/bodys', catalog)).toEqual({
      name: 'bodys',
      words: 'bodys',
      elsewhere: [{ href: '#/bodies', title: 'Bodies' }],
    });
  });
});

describe('items after 2001 in the catalog', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = itemCatalog(await loadReference());
  });

  it('opens each in its view, under its dated title', async () => {
    const reference = await loadReference();
    const later = reference.corpus.since2001;
    const ids = laterTables(later).flatMap(([, items]) => items.map((item) => item.id));
    for (const id of ids) expect(catalog.get(id)?.section, id).toBe(reference.sectionOfItem(id));
    expect(catalog.get('today-members')).toEqual({
      section: 'overview',
      id: 'today-members',
      title:
        'Member states as of September 2025: 28, unchanged since Kuwait joined in October 2022',
    });
    expect(catalog.get('admission-kuwait')?.section).toBe('membership');
    expect(catalog.get('chair-azerbaijan')?.section).toBe('bodies');
    expect(catalog.get('head-kairat-sarybay')?.section).toBe('bodies');
    expect(catalog.get('road-map-2023')?.section).toBe('documents');
    expect(catalog.get('summit-2026')?.section).toBe('timeline');
    expect(catalog.get('compare-members')?.section).toBe('compare');
    for (const hash of ['#/compare', '#/compare/compare-chair', '#/membership/members-today'])
      expect(findMissing(hash, catalog), hash).toBeUndefined();
  });
});
