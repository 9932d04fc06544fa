// The oracle: the app's compact engine gives, keystroke by keystroke, exactly
// what Lunr and the reference query layer give (query.ts), field for field:
// ids, order, scores, highlights, snippets, counts, words searched and not.
// The one intended difference, a word being typed counting from its first
// letter (and a common word being typed when it is all there is), is tested
// on its own below.
import { describe, expect, it } from 'vitest';
import { keystrokes } from '../../../build/bench/queries';
import { syntheticDocs } from '../../../build/bench/synthetic';
import { isDeadKeystroke, indexWords } from '../../../build/bench/dead';
import type { Corpus } from '../../../src/shared/corpus/schema';
import { buildSearchIndex } from '../../../src/shared/search/build-index';
import { readCompactIndex } from '../../../src/shared/search/compact-index';
import { deriveCompactIndex } from '../../../src/shared/search/derive-compact';
import { searchAliases, type SearchDoc } from '../../../src/shared/search/documents';
import { CompactSearch } from '../../../src/shared/search/engine';
import { SearchEngine } from '../../../src/shared/search/query';
import type { SearchOptions } from '../../../src/shared/search/results';
import { isStopWord } from '../../../src/shared/search/terms';
import { tokenize } from '../../../src/shared/search/tokenize';
import { packFiles } from '../../helpers/pack';

const realDocs: SearchDoc[] = JSON.parse(packFiles().get('search-docs.json')!);
const corpus: Corpus = JSON.parse(packFiles().get('corpus.json')!);
const aliases = searchAliases(corpus);
/** Never stop early: the budget is tested elsewhere, with a clock the test moves. */
const budgetMs = Number.POSITIVE_INFINITY;

/** Both engines over the same documents, the compact one derived as the pack compiler derives it. */
function engines(docs: readonly SearchDoc[]) {
  const lunrIndex = JSON.parse(JSON.stringify(buildSearchIndex(docs)));
  const read = readCompactIndex(new TextEncoder().encode(deriveCompactIndex(lunrIndex, docs)));
  if (!read.ok) throw new Error(read.message);
  return {
    reference: SearchEngine.load(lunrIndex, docs, { aliases, budgetMs }),
    legacy: new CompactSearch(read.index, { aliases, budgetMs, rules: { everyKeystroke: false } }),
    app: new CompactSearch(read.index, { aliases, budgetMs }),
  };
}

/** The options the app and the CLI search with: the default, the app's 50, a section filter. */
const OPTIONS: SearchOptions[] = [{}, { limit: 50 }, { section: 'faq', limit: 5 }];

function differences(
  reference: SearchEngine,
  compact: CompactSearch,
  typed: readonly string[],
): string[] {
  const found: string[] = [];
  for (const text of typed) {
    for (const options of OPTIONS) {
      const expected = reference.search(text, options);
      const actual = compact.search(text, options);
      try {
        expect(actual).toStrictEqual(expected);
      } catch {
        found.push(`${JSON.stringify(text)} ${JSON.stringify(options)}`);
      }
    }
  }
  return found;
}

describe('the compact engine gives what Lunr and the reference layer give', () => {
  it('on every keystroke of the bench queries, on the real pack', () => {
    const { reference, legacy } = engines(realDocs);
    expect(differences(reference, legacy, keystrokes())).toEqual([]);
  }, 60_000);

  it('on every keystroke of the bench queries, at 10x (synthetic documents)', () => {
    const { reference, legacy } = engines(syntheticDocs(realDocs, 10).docs);
    expect(differences(reference, legacy, keystrokes())).toEqual([]);
  }, 120_000);

  it('on a sample of the keystrokes at 100x, a large index (prefixes from 4 letters, common words)', () => {
    const { reference, legacy } = engines(syntheticDocs(realDocs, 100).docs);
    const sample = keystrokes().filter((_, i) => i % 10 === 0);
    expect(sample.length).toBeGreaterThan(50);
    expect(differences(reference, legacy, sample)).toEqual([]);
  }, 600_000);

  it('on odd input: symbols, digits, other scripts, typos, long and repeated words', () => {
    const { reference, legacy } = engines(realDocs);
    const odd = [
      '',
      ' ',
      '***',
      'title:contact',
      'Türkiye',
      'ÇİÇA',
      'Алматы',
      '亚洲',
      '1999 2001',
      'confernce of asain states',
      'declaraton principels',
      'contact '.repeat(30),
      'a b c d e f g h i j k l m n o',
      'members member membership',
      'Alma-Ata',
      'PRC',
      'x'.repeat(300),
    ];
    expect(differences(reference, legacy, odd)).toEqual([]);
  }, 60_000);

  it('notices a difference (the comparison can fail)', () => {
    const { reference, legacy } = engines(realDocs);
    const shifted = {
      search: (text: string, options?: SearchOptions) => {
        const results = legacy.search(text, options);
        return { ...results, hits: results.hits.slice(1) };
      },
    } as CompactSearch;
    expect(differences(reference, shifted, ['contact'])).toHaveLength(OPTIONS.length);
  });
});

describe('the one intended difference: every keystroke counts', () => {
  const { reference, app } = engines(realDocs);
  const words = indexWords(realDocs);

  it('differs from the reference only where the word being typed is short, or common and all there is', () => {
    const changed = differences(reference, app, keystrokes()).map(
      (line) => JSON.parse(line.slice(0, line.lastIndexOf(' '))) as string,
    );
    expect(changed.length).toBeGreaterThan(0);
    for (const text of new Set(changed)) {
      const last = tokenize(text).at(-1) ?? '';
      const short = last.length < 3;
      const commonAndAlone = isStopWord(last) && reference.search(text).terms.length === 0;
      expect(short || commonAndAlone, text).toBe(true);
    }
  }, 60_000);

  it('answers from the first letter: “mo”, “te”, “su”, “who pr”', () => {
    for (const [typed, item] of [
      ['mo', 'mn'],
      ['te', 'what-are-the-aims-of-cica-member-states'],
      ['su', 'summit'],
      ['who pr', 'when-and-where-the-cica-initiative-was-put'],
    ] as const) {
      const items = app.search(typed, { limit: 50 }).hits.map((hit) => hit.item);
      expect(items, typed).toContain(item);
      expect(reference.search(typed).total, typed).toBe(0);
    }
  });

  it('leaves no keystroke of the bench queries dead (finding nothing while its last word begins an indexed word)', () => {
    const dead = keystrokes().filter((text) =>
      isDeadKeystroke(text, words, app.search(text).total > 0),
    );
    expect(dead).toEqual([]);
    // The reference leaves many: the count the bench reports for it.
    const referenceDead = keystrokes().filter((text) =>
      isDeadKeystroke(text, words, reference.search(text).total > 0),
    );
    expect(referenceDead.length).toBeGreaterThan(50);
  }, 60_000);

  it('leaves no single letter or pair of letters dead that begins an indexed word', () => {
    const starts = new Set(words.flatMap((word) => [word.slice(0, 1), word.slice(0, 2)]));
    const dead = [...starts].filter((start) => app.search(start).total === 0);
    expect(dead).toEqual([]);
  }, 60_000);
});

it('reads the same pack file as the compiler writes (the oracle runs on what ships)', () => {
  const shipped = packFiles().get('search-compact.txt')!;
  const lunrIndex = JSON.parse(packFiles().get('search-index.json')!);
  expect(deriveCompactIndex(lunrIndex, realDocs)).toBe(shipped);
});
