import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../../src/shared/search/query';
import { tokenize } from '../../../src/shared/search/tokenize';
import { loadEngine } from '../../helpers/search';
import { packFiles } from '../../helpers/pack';
import type { SearchDoc } from '../../../src/shared/search/documents';

const engine = loadEngine();
const docs: SearchDoc[] = JSON.parse(packFiles().get('search-docs.json')!);
const top = (query: string, n = 3) => engine.search(query, { limit: n }).hits.map((h) => h.item);

describe('a reader’s question finds the right item in the top three', () => {
  it.each([
    ['when was the contact group created', 'when-the-contact-group-was-created'],
    ['contact group', 'cg'],
    ['what does the contact group do', 'cg'],
    ['who are the members', 'member-states'],
    ['observer states', 'observer-states'],
    ['what did the 1999 declaration say', 'declaration'],
    ['principles of the declaration', 'declaration'],
    ['when was the declaration adopted', 'when-was-it-adopted'],
    ['special working group', 'swg'],
    ['how many sessions of the SWG', 'how-many-times-swg-sessions-were-held'],
    ['aim of SWG', 'what-is-the-aim-of-swg'],
    ['Kyrgyzstan', 'kg'],
    ['Arab League', 'las'],
    ['South Korea', 'kr'],
    ['Alma-Ata 1999', 'meeting-ministers-1999'],
    ['almaty act', 'almaty-act'],
    ['final document name', 'what-will-be-the-name-of-the-final'],
    ['senior officials meeting 2001', 'senior-officials-meeting'],
    ['who proposed CICA first', 'when-and-where-the-cica-initiative-was-put'],
    ['Nazarbayev UN General Assembly 1992', 'initiative-un-1992'],
    ['population of CICA countries', 'share-of-world-population'],
    ['total area territory', 'what-is-the-geographical-scope-of-the-cica'],
    ['terrorism', 'what-are-the-aims-of-cica-member-states'],
    ['summit autumn 2001', 'summit'],
    ['statement on terrorist acts in Kyrgyzstan', 'statement-kyrgyz'],
    ['OSCE', 'osce'],
    ['declaraton', 'declaration'],
    ['kazakstan', 'kz'],
  ])('%s -> %s', (query, expected) => {
    expect(top(query)).toContain(expected);
  });

  it('finds the answer while the question is still being typed', () => {
    const question = 'when was the contact group created';
    // From the moment the key word is typed, the entry is in the top three.
    for (let end = 'when was the cont'.length; end <= question.length; end++) {
      const typed = question.slice(0, end);
      expect(top(typed), typed).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^(cg|when-the-contact-group-was-created)$/),
        ]),
      );
    }
  });

  it('ranks a document matching every word above one matching some', () => {
    const hits = engine.search('contact group created', { limit: 50 }).hits;
    const both = hits.findIndex((h) => h.item === 'when-the-contact-group-was-created');
    const one = hits.findIndex((h) => h.item === 'what-bodies-work-in-the-frames-of-cica');
    expect(both).toBeGreaterThanOrEqual(0);
    expect(one === -1 || both < one).toBe(true);
  });

  it('ranks a title or name match above a passing mention', () => {
    expect(top('Japan', 1)).toEqual(['jp']);
    expect(top('Declaration of principles', 1)).toEqual(['declaration']);
  });
});

describe('names readers use for what came after 2001', () => {
  // Each item's own text uses only the other name: it is found through the
  // term aliases of resources/corpus.json.
  it.each([
    ['Akmola', 'secretariat-moves'],
    ['Nur-Sultan', 'secretariat-moves'],
    ['Astana', 'ministerial-2021'],
    ['Turkey', 'chair-turkiye'],
    ['Viet Nam', 'admission-vietnam'],
    ['Council of Heads of State', 'summit'],
    ['Secretary General', 'head-gong-jianwei'],
  ])('%s finds %s', (query, item) => {
    expect(top(query, 10)).toContain(item);
  });

  it.each([
    ['summit-2006', 'South Korea'],
    ['members-today', 'UAE'],
    ['members-today', 'Viet Nam'],
    ['summit-2022', 'Nur-Sultan'],
    ['observer-history', 'Executive Director'],
    ['summit-2001', 'Council of Heads of State'],
  ])('%s, whose text does not say it, is also named “%s”', (id, name) => {
    const doc = docs.find((d) => d.id === id)!;
    expect(`${doc.title} ${doc.body}`).not.toContain(name);
    expect(doc.names.split('; ')).toContain(name);
  });

  it('finds every admission by the state’s name and every summit by its city and year', () => {
    expect(top('Kuwait')).toContain('admission-kuwait');
    expect(top('Thailand 2004')).toContain('admission-thailand');
    expect(top('Dushanbe summit')).toContain('summit-2019');
    expect(top('Baku 2026')).toContain('summit-2026');
  });
});

describe('prefixes', () => {
  // Every word of every indexed text, and the items holding it.
  const itemsByWord = new Map<string, Set<string>>();
  for (const doc of docs) {
    for (const word of tokenize(`${doc.title} ${doc.names} ${doc.body}`)) {
      if (!itemsByWord.has(word)) itemsByWord.set(word, new Set());
      itemsByWord.get(word)!.add(`${doc.section}:${doc.item}`);
    }
  }

  it('every prefix of every indexed word, from its first letter, finds that word’s items', () => {
    let checked = 0;
    const misses: string[] = [];
    for (const [word, items] of itemsByWord) {
      for (let end = 1; end <= word.length; end++) {
        // A stop word ("the" of "thereby") included: being typed, alone, it is searched.
        const prefix = word.slice(0, end);
        // Identical items come as one hit that names the others.
        const found = new Set(
          engine
            .search(prefix, { limit: 500 })
            .hits.flatMap((h) => [h.item, ...h.sameAs].map((item) => `${h.section}:${item}`)),
        );
        const missing = [...items].filter((item) => !found.has(item));
        if (missing.length) misses.push(`${prefix} (${word}): ${missing.join(', ')}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(misses).toEqual([]);
  }, 120_000);
});

describe('typo tolerance', () => {
  it.each([
    ['declaraton', 'declaration'],
    ['kazakshtan', 'kz'],
    ['afganistan', 'af'],
    ['terorism', 'what-are-the-aims-of-cica-member-states'],
    ['secretariet', 'secretariat'],
    ['Kazakstan', 'kz'],
  ])('%s', (typo, expected) => {
    const hits = top(typo, 5);
    if (expected) expect(hits).toContain(expected);
  });

  it('does not guess for short unknown words', () => {
    expect(engine.search('xq').total).toBe(0);
  });
});

describe('odd input', () => {
  it.each([
    '',
    '   ',
    '\n\t',
    '"',
    '*',
    '-',
    '+',
    '~',
    '^',
    ':',
    'foo:',
    'title:',
    'run~',
    'run^',
    '--x',
    '+-*~^:',
    '((((',
    '\\',
  ])('%j gives a result list and never throws', (input) => {
    const results = engine.search(input);
    expect(Array.isArray(results.hits)).toBe(true);
    if (input.trim() === '' || !/[\p{L}\p{N}]/u.test(input)) expect(results.total).toBe(0);
  });

  it('counts the word being typed even past the first ten words', () => {
    const typed = 'one two three four five six seven eight nine ten eleven mongo';
    const results = engine.search(typed);
    expect(results.terms).toContain('mongo');
    expect(results.hits.map((h) => h.item)).toContain('mn');
    // Once typed in full, the first ten words are what is searched, as before.
    expect(engine.search(`${typed} `).terms).not.toContain('mongo');
  });

  it('empty input finds nothing rather than everything', () => {
    expect(engine.search('').total).toBe(0);
    expect(engine.search('    ').hits).toEqual([]);
  });

  // Speed is the benchmark's to measure (npm run bench), not a unit test's.
  it('caps very long input', () => {
    const long = 'contact group '.repeat(10_000);
    const results = engine.search(long);
    expect(results.terms.join(' ').length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(results.hits[0]?.item).toBe('cg');
  });

  it('finds Almaty by its old name', () => {
    const hits = engine.search('Alma-Ata', { limit: 5 }).hits;
    expect(hits.length).toBe(5);
    for (const hit of hits) expect(`${hit.title} ${hit.snippet.text}`).toMatch(/Almaty/);
  });

  it('does not let field syntax select a field', () => {
    // "title:kazakhstan" is just words to us, not a field query.
    const results = engine.search('title:kazakhstan');
    expect(results.terms).toContain('kazakhstan');
    expect(results.hits[0]?.item).toBe('kz');
  });
});

describe('fuzz', () => {
  it('20,000 random strings never throw and each answers within the limit', () => {
    // Deterministic generator, heavy in Lunr's query syntax, unicode and length.
    let seed = 0x5eed;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const alphabet = [
      ...':~^+-*"()\\:~^+-*"()\\',
      ...'abcdeghilmnorstuy ',
      ' ',
      ' ',
      '\t',
      '\n',
      'é',
      'ß',
      'İ',
      'ǅ',
      'Ω',
      'Ж',
      'ا',
      'ل',
      '中',
      '文',
      '😀',
      '👍🏽',
      '\u0301',
      '\u200b',
      '\ufeff',
      '\ud800',
      '0',
      '1',
      '9',
    ];
    const words = [
      'contact',
      'group',
      'cica',
      'declaration',
      'title:',
      'body:',
      'names:',
      'almaty',
      'kyrgyz',
    ];
    for (let i = 0; i < 20_000; i++) {
      const length =
        random() < 0.01 ? 5_000 + Math.floor(random() * 50_000) : Math.floor(random() * 30);
      let text = '';
      while (text.length < length) {
        text +=
          random() < 0.15
            ? words[Math.floor(random() * words.length)]
            : alphabet[Math.floor(random() * alphabet.length)];
      }
      const results = engine.search(text, { limit: 20 });
      expect(results.hits.length).toBeLessThanOrEqual(20);
    }
  }, 120_000);
});

describe('stop words', () => {
  it('a query of stop words only waits for a real word', () => {
    expect(engine.search('when was the ').total).toBe(0);
    expect(engine.search('when was the contact').hits[0]?.item).toMatch(
      /^(cg|when-the-contact-group-was-created)$/,
    );
  });

  it('a common word being typed, alone, is searched as the start of a word', () => {
    // "who" may become "whole": while it is typed, it counts.
    const typing = engine.search('who');
    expect(typing.terms).toEqual(['who']);
    expect(typing.total).toBeGreaterThan(0);
    expect(engine.search('who ').total).toBe(0);
    // Beside a real word, it does not.
    expect(engine.search('contact the').terms).toEqual(['contact']);
  });
});

// The budget is tested with a clock the test moves, never with real time.
describe('the time budget of one query', () => {
  const STOPPED = 'The search took too long and stopped early: some results may be missing.';
  /** A clock that jumps `step` ms at every reading. */
  const jumping = (step: number) => {
    let t = 0;
    return () => (t += step);
  };

  it('is not felt by a search within it', () => {
    const results = loadEngine({ clock: jumping(0) }).search('declaraton');
    expect(results.notice).toBeUndefined();
    expect(results.hits[0]!.snippet.text).not.toBe('');
  });

  it('past the budget, skips typo matching and says so', () => {
    const results = loadEngine({ clock: jumping(2_000) }).search('declaraton');
    expect(results).toMatchObject({ total: 0, hits: [], notice: STOPPED });
  });

  it('with a budget of zero, still ranks every hit but skips highlights and snippets', () => {
    const full = engine.search('declaration', { limit: 50 });
    const cut = loadEngine({ budgetMs: 0 }).search('declaration', { limit: 50 });
    expect(cut.notice).toBe(STOPPED);
    expect(cut.total).toBe(full.total);
    expect(cut.hits.map((h) => h.id)).toEqual(full.hits.map((h) => h.id));
    expect(cut.hits.every((h) => h.snippet.text === '' && h.titleHighlights.length === 0)).toBe(
      true,
    );
  });
});

describe('corrections and the source’s own words', () => {
  const hit = (query: string, item: string) =>
    engine.search(query, { limit: 20 }).hits.find((h) => h.item === item);

  it.each([
    ['fundamental freedoms', 'declaration'],
    ['vicious circle', 'complicating-factors'],
    ['threat of force', 'what-provisions-are-included-in-declaration'],
    ['dimension of security', 'dimensions'],
    ['Mongolia', 'mn'],
    ['convening', 'academic-conference-1998'],
    ['confidence-building measures', 'seminar-almaty-2000'],
    ['will last until the summit', 'stage-3'],
  ])('finds “%s” in %s by its correction', (query, item) => {
    expect(hit(query, item), query).toBeDefined();
  });

  it('shows the correction beside the published words in the snippet', () => {
    expect(
      hit('fundamental freedoms', 'what-provisions-are-included-in-declaration')!.snippet.text,
    ).toContain('principal liberties [corrected: fundamental freedoms]');
  });

  it('finds “security” where the source says “safety”', () => {
    expect(hit('security', 'what-was-achieved-during-the-first-stage')).toBeDefined();
    expect(docs.find((d) => d.id === 'stage-2')!.names).toContain('security');
  });

  it('finds the 8th principle by “fundamental freedoms” among the first three', () => {
    expect(top('fundamental freedoms')).toEqual(
      expect.arrayContaining(['declaration', 'what-provisions-are-included-in-declaration']),
    );
  });
});

describe('dated answers', () => {
  const dated = (query: string, n: number) =>
    engine.search(query, { limit: n }).hits.map((h) => ({ item: h.item, title: h.title }));

  it('answers “how many members” with today’s count first, the count of September 2001 beside it, each dated', () => {
    const hits = dated('how many members', 3);
    expect(hits[0]).toEqual({
      item: 'members-today',
      title: 'Member states today (28), as of September 2025',
    });
    expect(hits).toContainEqual({
      item: 'count-september-2001',
      title:
        'At the time of writing (September 2001): 16 states, 10 observers, 4 international organizations',
    });
    // The 2001 list stays among the results, with its date.
    expect(dated('how many members', 10)).toContainEqual({
      item: 'member-states',
      title: 'Member states in September 2001 (16)',
    });
  });

  it.each([
    ['how many members does cica have', ['members-today', 'today-members'], 'count-september-2001'],
    ['who chairs cica now', ['today-chair', 'chair-azerbaijan'], 'compare-chair'],
    ['where is the cica secretariat', ['today-secretariat'], 'compare-secretariat'],
    ['how many observers', ['today-observers', 'observers-today'], 'count-september-2001'],
    ['next summit', ['today-next-summit', 'summit-2026'], 'compare-summit'],
  ])('“%s” finds today’s answer in the top three, and the 2001 side too', (query, today, then) => {
    const top3 = top(query);
    expect(
      top3.some((item) => today.includes(item)),
      top3.join(', '),
    ).toBe(true);
    expect(top(query, 10)).toContain(then);
  });

  it('dates every count and every “today” in a title', () => {
    const present = docs.filter((d) => /\btoday\b|\bcurrent\b|\(\d+\)/i.test(d.title));
    expect(present.length).toBeGreaterThan(10);
    for (const { id, title } of present) {
      expect(title, id).toMatch(/September 2001|as of September 2025|\b\d{4}\b/);
    }
    expect(dated('who chairs cica now', 3)).toContainEqual({
      item: 'today-chair',
      title: 'Chair as of September 2025: Azerbaijan, since 17 December 2024, for 2024–2026',
    });
  });

  it('indexes every dated count, and every group title carries its date', () => {
    const titles = docs.filter((d) => d.section === 'membership').map((d) => d.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'First stage of the process: 15 states, 9 observers, 4 international organizations',
        'Observer states in September 2001 (10)',
        'International organizations in September 2001 (4)',
        'Member states on 4 June 2002 (16)',
        'Member states today (28), as of September 2025',
        'Observers today (10 states, 5 organizations), as of September 2025',
        'Observers in October 2004 (9 states)',
      ]),
    );
    const counted = titles.filter((t) => /\(\d+( states[^)]*)?\)/.test(t));
    expect(counted.length).toBeGreaterThan(12);
    for (const title of counted) {
      expect(title).toMatch(
        /(January|February|March|April|May|June|July|August|September|October|November|December )?\d{4}/,
      );
    }
    // A count of the present says as of when; one of 2001 never says "today".
    for (const title of counted.filter((t) => t.includes('today'))) {
      expect(title).toContain('as of September 2025');
    }
    expect(counted.filter((t) => t.includes('September 2001') && t.includes('today'))).toEqual([]);
  });

  it('says “planned” in every title naming the autumn 2001 summit', () => {
    const summit = docs.filter((d) => d.item === 'summit' || d.item === 'summit-2001');
    expect(summit.map((d) => d.title)).toEqual([
      'Summit of the heads of state and government (planned for autumn 2001)',
      'autumn 2001 (planned): Summit of the heads of state and government, where the final document is to be signed',
    ]);
  });
});
