import { createRequire } from 'node:module';
import type { DocumentOptions, Document as FlexDocument } from 'flexsearch';
import MiniSearch, { type Options as MiniSearchOptions } from 'minisearch';
import { tokenize } from '../../src/shared/search/tokenize';
import { LIMIT, type EngineSpec } from './engine';
import { now } from './measure';

interface Fields {
  [key: string]: string;
  id: string;
  title: string;
  names: string;
  body: string;
}

const FIELDS = ['title', 'names', 'body'] as const;

/**
 * MiniSearch as its docs suggest for as-you-type search: title and names
 * boosted as ours are, prefix matching on the word being typed, fuzzy 0.2,
 * any word may match (OR). It splits words with our tokenize(), so every
 * engine sees the same words.
 */
const miniOptions: MiniSearchOptions<Fields> = {
  idField: 'id',
  fields: [...FIELDS],
  tokenize: (text) => tokenize(text),
  searchOptions: {
    boost: { title: 4, names: 3 },
    prefix: (_term, index, terms) => index === terms.length - 1,
    fuzzy: 0.2,
    combineWith: 'OR',
  },
};

export const minisearch: EngineSpec = {
  id: 'minisearch',
  label: 'MiniSearch',
  async prepare({ docs }) {
    const start = now();
    const index = new MiniSearch<Fields>(miniOptions);
    index.addAll(docs.map(({ id, title, names, body }) => ({ id, title, names, body })));
    const json = JSON.stringify(index);
    const buildMs = now() - start;
    return {
      buildMs,
      indexBytes: Buffer.byteLength(json, 'utf8'),
      notes: ['load = MiniSearch.loadJSON (parse + rebuild); no integrity check'],
      async load() {
        const loaded = MiniSearch.loadJSON<Fields>(json, miniOptions);
        return {
          searcher: {
            search: (text) =>
              loaded
                .search(text)
                .slice(0, LIMIT)
                .map((r) => String(r.id)),
          },
        };
      },
    };
  },
};

// The CommonJS build: one bundle with Document and export/import, the same under tsx and node.
const { Document } = createRequire(import.meta.url)('flexsearch') as {
  Document: typeof FlexDocument;
};

type FlexDoc = FlexDocument<Fields>;

const flexOptions: DocumentOptions<Fields> = {
  tokenize: 'forward',
  document: { id: 'id', index: [...FIELDS] },
};

/**
 * FlexSearch's Document index with the "forward" tokenizer (every word
 * prefix is indexed: its as-you-type mode). Searches merge the three fields
 * with suggest on, so a document matching some of the words still comes back
 * (as OR does). FlexSearch has no per-field boost at search time: fields rank
 * in the order title, names, body.
 */
export const flexsearch: EngineSpec = {
  id: 'flexsearch',
  label: 'FlexSearch',
  async prepare({ docs }) {
    const start = now();
    const index: FlexDoc = new Document<Fields>(flexOptions);
    for (const { id, title, names, body } of docs) index.add({ id, title, names, body });
    // Export gives one JSON string per part (as files, or keys in a store);
    // they are kept as they come, and import parses each one.
    const parts: [string, string][] = [];
    await index.export((key: string, data: string) => {
      parts.push([key, data]);
    });
    const buildMs = now() - start;
    const indexBytes = parts.reduce((sum, [, data]) => sum + Buffer.byteLength(data, 'utf8'), 0);
    return {
      buildMs,
      indexBytes,
      notes: [
        `load = Document.import of ${parts.length} exported parts (each parsed there)`,
        'no per-field boost (fields rank title, names, body)',
      ],
      async load() {
        const loaded: FlexDoc = new Document<Fields>(flexOptions);
        for (const [key, data] of parts) loaded.import(key, data);
        return {
          searcher: {
            search: (text) =>
              (
                loaded.search(text, { limit: LIMIT, merge: true, suggest: true }) as {
                  id: string;
                }[]
              )
                .slice(0, LIMIT)
                .map((r) => String(r.id)),
          },
        };
      },
    };
  },
};

/**
 * The baseline: no index at all. Load lowercases every document's text once;
 * a search keeps the documents containing every typed word, the first LIMIT found.
 */
export const naive: EngineSpec = {
  id: 'naive',
  label: 'naive scan',
  async prepare({ docs }) {
    return {
      buildMs: null,
      indexBytes: null,
      notes: [
        `no index: substring scan, the first ${LIMIT} documents containing every word, no ranking`,
      ],
      async load() {
        const texts = docs.map((d) => `${d.title}\n${d.names}\n${d.body}`.toLowerCase());
        const ids = docs.map((d) => d.id);
        return {
          searcher: {
            search(text) {
              const words = text.toLowerCase().split(/\s+/).filter(Boolean);
              const hits: string[] = [];
              if (words.length === 0) return hits;
              for (let i = 0; i < texts.length && hits.length < LIMIT; i++) {
                const doc = texts[i]!;
                if (words.every((w) => doc.includes(w))) hits.push(ids[i]!);
              }
              return hits;
            },
          },
        };
      },
    };
  },
};
