import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src/shared/search/query';
import { splitHighlights } from '../../../src/shared/search/snippet';
import { searchAliases } from '../../../src/shared/search/documents';
import { loadEngine } from '../../helpers/search';
import { packFiles } from '../../helpers/pack';

const engine = loadEngine();

/** The words a hit marks, in its title and its snippet. */
function marked(hit: SearchHit): string[] {
  return [
    ...splitHighlights({ text: hit.title, highlights: hit.titleHighlights }),
    ...splitHighlights(hit.snippet),
  ]
    .filter((part) => part.match)
    .map((part) => part.text);
}

const hitFor = (query: string, item: string) => {
  const hit = engine.search(query, { limit: 50 }).hits.find((h) => h.item === item);
  expect(hit, `${query} finds ${item}`).toBeDefined();
  return hit!;
};

describe('a match through a typo or another name is marked', () => {
  it.each([
    // Another name: the participant's and a passage's text say "Kazakhstan".
    ['Kazakstan', 'kz', 'Kazakhstan'],
    ['Kazakstan', 'when-the-contact-group-was-created', 'Kazakhstan'],
    ['PRC', 'cn', 'China'],
    // The passage says "LOG", corrected beside it to "League of Arab States": the typed words are marked there.
    ['Arab League', 'which-international-organizations-participate-in-the-cica', 'League'],
    // An old name, typed as two words, for what the source calls Almaty.
    ['Alma-Ata', 'when-was-it-adopted', 'Almaty'],
    // A typo of that old name, and a typo of a word in the text.
    ['Alma-Atta', 'when-was-it-adopted', 'Almaty'],
    ['declaraton', 'declaration', 'Declaration'],
  ])('%s marks, in %s, “%s”', (query, item, word) => {
    expect(marked(hitFor(query, item))).toContain(word);
  });

  it('marks only what the other name stands for', () => {
    for (const hit of engine.search('Alma-Ata', { limit: 10 }).hits) {
      expect(new Set(marked(hit)), hit.id).toEqual(new Set(['Almaty']));
    }
  });

  it('every other name stands for words of its item', () => {
    const aliases = searchAliases(JSON.parse(packFiles().get('corpus.json')!));
    expect(aliases.get('alma ata')).toEqual(['almaty']);
    expect(aliases.get('kazakstan')).toEqual(['kazakhstan']);
    expect(aliases.get('arab league')).toEqual(['log', 'league of arab states']);
  });
});

describe('words that match nothing are named', () => {
  it('names the word and searches the others', () => {
    const results = engine.search('CICA parliament');
    expect(results.unmatched).toEqual(['parliament']);
    expect(results.terms).toEqual(['CICA']);
    expect(results.total).toBeGreaterThan(0);
  });

  it('keeps each word as typed, once', () => {
    const results = engine.search('Contact contact Xylophone');
    expect(results.terms).toEqual(['Contact']);
    expect(results.unmatched).toEqual(['Xylophone']);
  });

  it('says nothing of a last word still too short to search', () => {
    expect(engine.search('contact g').unmatched).toEqual([]);
    expect(engine.search('contact g ').unmatched).toEqual(['g']);
  });

  it('a query that matches nothing has no words searched', () => {
    const results = engine.search('parliament');
    expect(results).toMatchObject({ total: 0, terms: [], unmatched: ['parliament'] });
  });
});

describe('a query of only common words', () => {
  it('is told apart from a query that matches nothing', () => {
    expect(engine.search('what is the ')).toMatchObject({ total: 0, onlyCommonWords: true });
    // While its last word is typed, it may begin another word ("their"): searched.
    expect(engine.search('what is the').onlyCommonWords).toBe(false);
    expect(engine.search('xylophone').onlyCommonWords).toBe(false);
    expect(engine.search('').onlyCommonWords).toBe(false);
    expect(engine.search('what is the contact').onlyCommonWords).toBe(false);
  });
});

describe('identical hits', () => {
  const correction = 'Correction: “September 14,1999” should read “September 14, 1999”';

  it('are merged into one, naming the others', () => {
    const results = engine.search('1999', { limit: 50 });
    const same = results.hits.filter((h) => h.title === correction);
    expect(same).toHaveLength(1);
    expect([same[0]!.item, ...same[0]!.sameAs].sort()).toEqual([
      'erratum-date-second-stage',
      'erratum-date-seminar',
      'erratum-date-third-stage',
    ]);
  });

  it('count once in the totals', () => {
    const results = engine.search('1999', { limit: 50 });
    expect(results.total).toBe(results.hits.length);
    expect(new Set(results.hits.map((h) => h.title)).size).toBe(results.hits.length);
    const overview = results.hits.filter((h) => h.section === 'overview').length;
    expect(results.counts.overview).toBe(overview);
  });

  it('distinct hits name no others', () => {
    const hit = hitFor('declaration', 'declaration');
    expect(hit.sameAs).toEqual([]);
  });
});
