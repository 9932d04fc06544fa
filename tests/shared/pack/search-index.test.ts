import { describe, expect, it, vi } from 'vitest';
import type { SerializedIndex } from '../../../src/shared/pack/search-index';
import type { Corpus } from '../../../src/shared/corpus/schema';
import { buildSearchIndex } from '../../../src/shared/search/build-index';
import { deriveCompactIndex } from '../../../src/shared/search/derive-compact';
import type { SearchDoc } from '../../../src/shared/search/documents';
import { packFiles } from '../../helpers/pack';

/**
 * search-index.ts loaded afresh by the test that uses it: its index schema
 * and messages are built when it loads, and mutation testing credits them
 * only to the tests that run while they are built.
 */
async function searchIndex() {
  vi.resetModules();
  return import('../../../src/shared/pack/search-index');
}

const parsed = <T>(name: string): T => JSON.parse(packFiles().get(name)!) as T;
const realIndex = () => parsed<SerializedIndex>('search-index.json');
const realDocs = () => parsed<SearchDoc[]>('search-docs.json');

/** What the check says of the real index after `edit`: "ok" or its message. */
async function checked(edit: (index: SerializedIndex) => void): Promise<string> {
  const index = realIndex();
  edit(index);
  const result = (await searchIndex()).checkSearchIndex(index, realDocs());
  return result.ok ? 'ok' : result.message;
}

const VECTOR = 'must be pairs of a term number (whole, ascending) and a finite weight';
const TERM_ENTRY =
  'must be [term, posting], the posting with a whole _index and, for each of title, names, body, an empty object per document';

describe('checkSearchIndex: the shape Lunr computes with', () => {
  it('accepts the real index, with any of the pipeline functions Lunr registers', async () => {
    expect(await checked(() => {})).toBe('ok');
    const pipeline = ['trimmer', 'stopWordFilter', 'stemmer'] as never;
    expect(await checked((index) => (index.pipeline = pipeline))).toBe('ok');
  });

  it('refuses another Lunr version and a pipeline function it would not know', async () => {
    expect(await checked((index) => (index.version = '2.3.8' as never))).toBe(
      'version: must be 2.3.9, the Lunr version this app reads',
    );
    expect(await checked((index) => (index.pipeline = ['rm -rf'] as never))).toBe(
      'pipeline.0: Invalid type: Expected ("trimmer" | "stopWordFilter" | "stemmer") but received "rm -rf"',
    );
  });

  it('wants exactly the fields title, names and body, in any order', async () => {
    expect(await checked((index) => (index.fields = ['body', 'title', 'names']))).toBe('ok');
    for (const fields of [
      ['title', 'names'],
      ['title', 'names', 'body', 'text'],
      ['title', 'title', 'body'],
    ]) {
      expect(await checked((index) => (index.fields = fields)), fields.join()).toBe(
        'fields: must be exactly title, names, body',
      );
    }
  });

  it('wants each vector as ascending whole term numbers with finite weights', async () => {
    const withVector = (elements: unknown[]) =>
      checked((index) => (index.fieldVectors[0]![1] = elements as number[]));
    expect(await withVector([])).toBe('ok');
    expect(await withVector([0, 1, 855, 0.5])).toBe('ok');
    for (const elements of [
      [0],
      [0, 1, 2],
      [-1, 1],
      [0.5, 1],
      ['0', 1],
      [3, 1, 3, 1],
      [3, 1, 2, 1],
      [0, '1'],
      [0, null],
    ]) {
      expect(await withVector(elements), JSON.stringify(elements)).toBe(
        `fieldVectors.0.1: ${VECTOR}`,
      );
    }
  });

  it('wants each vector to be a list, not null nor an object shaped like one', async () => {
    const withVector = (vector: unknown) =>
      checked((index) => (index.fieldVectors[0]![1] = vector as number[]));
    for (const vector of [null, {}, { length: 2, 0: 0, 1: 1 }, '01']) {
      expect(await withVector(vector), JSON.stringify(vector)).toBe(`fieldVectors.0.1: ${VECTOR}`);
    }
  });

  it('wants each term as [term, posting] with a whole _index and an empty object per document', async () => {
    const withEntry = (edit: (entry: unknown[], posting: Record<string, unknown>) => void) =>
      checked((index) => {
        const entry = index.invertedIndex[3] as unknown as unknown[];
        edit(entry, entry[1] as Record<string, unknown>);
      });
    const firstRef = (posting: Record<string, unknown>) =>
      Object.keys(posting['body'] as object)[0]!;
    const edits: [string, (entry: unknown[], posting: Record<string, unknown>) => void][] = [
      ['no posting', (entry) => entry.pop()],
      ['a third element', (entry) => entry.push({})],
      ['a term that is a number', (entry) => (entry[0] = 7)],
      ['a posting that is null', (entry) => (entry[1] = null)],
      ['a posting that is a list', (entry) => (entry[1] = [])],
      ['an extra field', (_, posting) => (posting['text'] = {})],
      [
        'no _index but an extra key',
        (_, posting) => delete posting['_index'] && (posting['x'] = 1),
      ],
      ['a negative _index', (_, posting) => (posting['_index'] = -1)],
      ['a fractional _index', (_, posting) => (posting['_index'] = 1.5)],
      ['a field that is a list', (_, posting) => (posting['names'] = [])],
      ['a field that is null', (_, posting) => (posting['body'] = null)],
      [
        'a document entry that is a number',
        (_, posting) => ((posting['body'] as Record<string, unknown>)[firstRef(posting)] = 1),
      ],
      [
        'a document entry that is a list',
        (_, posting) => ((posting['body'] as Record<string, unknown>)[firstRef(posting)] = []),
      ],
      [
        'match positions',
        (_, posting) =>
          ((posting['body'] as Record<string, unknown>)[firstRef(posting)] = { position: [] }),
      ],
    ];
    for (const [what, edit] of edits) {
      expect(await withEntry(edit), what).toBe(`invertedIndex.3: ${TERM_ENTRY}`);
    }
  });
});

describe('checkSearchIndex: every reference resolves', () => {
  it('refuses a vector of no known field and document', async () => {
    for (const ref of ['title', 'text/what-is-the-cica-and-why-was-it/1', 'title/nowhere']) {
      expect(await checked((index) => (index.fieldVectors[0]![0] = ref)), ref).toBe(
        `fieldVectors.0: ${JSON.stringify(ref)} is not "<field>/<document id>" of a known field and document`,
      );
    }
  });

  it('refuses a vector listed twice', async () => {
    expect(await checked((index) => index.fieldVectors.splice(1, 0, index.fieldVectors[0]!))).toBe(
      'fieldVectors.1: "title/what-is-the-cica-and-why-was-it/1" is listed twice',
    );
  });

  it('refuses a term number past the terms, and takes the last one', async () => {
    const count = realIndex().invertedIndex.length;
    const ending = (last: number) =>
      checked((index) => (index.fieldVectors[0]![1] = [0, 1, last, 1]));
    expect(await ending(count - 1)).toBe('ok');
    expect(await ending(count)).toBe(
      `fieldVectors.0: term number ${count} is past the ${count} terms`,
    );
  });

  it('refuses an index missing one field’s vector of one document', async () => {
    expect(await checked((index) => index.fieldVectors.splice(2, 1))).toBe(
      'fieldVectors: no vector for every field of document "what-is-the-cica-and-why-was-it/1"',
    );
  });

  it('refuses terms that are empty, repeated or out of order', async () => {
    const terms = (edit: (index: SerializedIndex) => void) => checked(edit);
    expect(await terms((index) => (index.invertedIndex[0]![0] = ''))).toBe(
      'invertedIndex.0: term "" is empty, repeated or out of order',
    );
    const [first, second] = realIndex().invertedIndex.map(([term]) => term);
    expect(await terms((index) => (index.invertedIndex[1]![0] = first!))).toBe(
      `invertedIndex.1: term ${JSON.stringify(first)} is empty, repeated or out of order`,
    );
    expect(
      await terms((index) => {
        index.invertedIndex[0]![0] = second!;
        index.invertedIndex[1]![0] = first!;
      }),
    ).toBe(`invertedIndex.1: term ${JSON.stringify(first)} is empty, repeated or out of order`);
  });

  it('refuses a term number repeated or past the terms', async () => {
    const count = realIndex().invertedIndex.length;
    expect(await checked((index) => (index.invertedIndex[4]![1]._index = count))).toBe(
      `invertedIndex.4._index: ${count} is repeated or past the ${count} terms`,
    );
    expect(
      await checked(
        (index) => (index.invertedIndex[4]![1]._index = index.invertedIndex[0]![1]._index),
      ),
    ).toMatch(/^invertedIndex\.4\._index: \d+ is repeated or past the \d+ terms$/);
  });

  it('refuses a posting naming an unknown document, in any field', async () => {
    for (const field of ['title', 'names', 'body'] as const) {
      expect(
        await checked((index) => (index.invertedIndex[5]![1][field]['nowhere'] = {})),
        field,
      ).toBe(`invertedIndex.5.${field}: document "nowhere" is not in search-docs.json`);
    }
  });
});

describe('checkSearchIndex: the references, where the first document says too little', () => {
  it('names the document missing a vector even when it is not the first', async () => {
    const index = realIndex();
    const last = realDocs().at(-1)!.id;
    index.fieldVectors = index.fieldVectors.filter(([ref]) => ref !== `names/${last}`);
    const result = (await searchIndex()).checkSearchIndex(index, realDocs());
    expect(result.ok ? 'ok' : result.message).toBe(
      `fieldVectors: no vector for every field of document ${JSON.stringify(last)}`,
    );
  });

  it('refuses a vector named without a slash, even where its letters begin a field and name a document', async () => {
    // "titles": the field "title" and the document "titles" if the slash were not asked for.
    const docs = [...realDocs(), { ...realDocs()[0]!, id: 'titles' }];
    const index = realIndex();
    index.fieldVectors[0]![0] = 'titles';
    const result = (await searchIndex()).checkSearchIndex(index, docs);
    expect(result.ok ? 'ok' : result.message).toBe(
      'fieldVectors.0: "titles" is not "<field>/<document id>" of a known field and document',
    );
  });
});

describe('openSearch: the trial search on a title word', () => {
  const doc = (id: string, title: string): SearchDoc => ({
    id,
    section: 'faq',
    item: id,
    title,
    names: '',
    body: 'Almaty',
  });
  const corpus = () => parsed<Corpus>('corpus.json');
  async function opened(docs: SearchDoc[]): Promise<string> {
    const index = JSON.parse(JSON.stringify(buildSearchIndex(docs))) as SerializedIndex;
    const compact = deriveCompactIndex(index, docs);
    const result = (await searchIndex()).openSearch(new TextEncoder().encode(compact), corpus());
    return result.ok ? 'ok' : `${result.check}: ${result.message}`;
  }

  it('passes over a title with no word and one of common words only, to the first that can be searched', async () => {
    expect(await opened([doc('a', '...'), doc('b', 'The'), doc('c', 'Secretariat')])).toBe('ok');
  });

  it('opens an index whose titles offer no word to search, without reading past its documents', async () => {
    expect(await opened([doc('a', '...'), doc('b', '—')])).toBe('ok');
  });
});
