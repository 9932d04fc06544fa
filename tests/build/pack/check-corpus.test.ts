import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../../build/pack/check-corpus';
import { compileSince2001 } from '../../../build/pack/since-2001';
import { parseFaq } from '../../../src/shared/faq/parse';
import { CORPUS_PATH, DATASET_PATH, sourceText } from '../../helpers/source';

const FILE = 'resources/corpus.json';
const faq = parseFaq(sourceText());

const since2001 = compileSince2001(
  JSON.parse(readFileSync(CORPUS_PATH, 'utf8')).since2001,
  readFileSync(DATASET_PATH, 'utf8'),
  FILE,
);

/** The real corpus, as the compiler checks it (with the dataset's tables), with one change made by `edit`. */
function broken(edit: (corpus: any) => void): unknown {
  const corpus = JSON.parse(readFileSync(CORPUS_PATH, 'utf8'));
  corpus.since2001 = structuredClone(since2001);
  edit(corpus);
  return corpus;
}

const check = (raw: unknown) => () => checkCorpus(raw, faq, FILE);

describe('checkCorpus', () => {
  it('accepts the curated corpus', () => {
    expect(check(broken(() => {}))).not.toThrow();
  });

  it('names file, item and field for a schema violation', () => {
    const raw = broken((c) => (c.participants.find((p: any) => p.id === 'kg').iso2 = 'kgz'));
    expect(check(raw)).toThrow(
      'resources/corpus.json: participants "kg", field iso2: must be two capital letters',
    );
  });

  it('names a missing field', () => {
    const raw = broken((c) => delete c.bodies.find((b: any) => b.id === 'cg').name);
    expect(check(raw)).toThrow(/^resources\/corpus\.json: bodies "cg", field name: /);
  });

  it('names a nested field by its path', () => {
    const raw = broken(
      (c) => (c.documents.find((d: any) => d.id === 'declaration').facts[0].aspect = 'signed'),
    );
    expect(check(raw)).toThrow(
      /resources\/corpus\.json: documents "declaration", field facts\.0\.aspect: /,
    );
  });

  it('refuses an unknown key rather than ignoring it', () => {
    const raw = broken((c) => (c.events[0].titel = 'typo'));
    expect(check(raw)).toThrow(/events "initiative-un-1992", field titel: /);
  });

  it('refuses a duplicate id, naming both holders', () => {
    const raw = broken((c) => (c.events[0].id = 'swg'));
    expect(check(raw)).toThrow(
      'resources/corpus.json: events "swg", field id: duplicate id (also used by bodies "swg")',
    );
  });

  it('refuses an id that is a section name', () => {
    const raw = broken((c) => (c.topics[0].id = 'timeline'));
    expect(check(raw)).toThrow('topics "timeline", field id: is the name of a section');
  });

  it('refuses a dangling cross-reference', () => {
    const raw = broken(
      (c) => (c.bodies.find((b: any) => b.id === 'cg').related.documents = ['no-such-doc']),
    );
    expect(check(raw)).toThrow(
      'resources/corpus.json: bodies "cg", field related.documents: refers to "no-such-doc", which is not in documents',
    );
  });

  it('refuses a document adopted by an unknown body', () => {
    const raw = broken((c) => (c.documents[0].roles[0].body = 'parliament'));
    expect(check(raw)).toThrow(
      /documents "declaration", field roles\[0\]\.body: refers to "parliament"/,
    );
  });

  it('refuses a document role whose words are not in the paragraph it cites', () => {
    const raw = broken((c) => (c.documents[0].roles[0].quote = 'adopted by acclamation'));
    expect(check(raw)).toThrow(/documents "declaration", field roles\[0\]\.quote: "adopted by/);
  });

  it('refuses a source in an entry that does not exist', () => {
    const raw = broken((c) => (c.participants[0].source.entry = 'no-such-question'));
    expect(check(raw)).toThrow('participants "af", field source: no FAQ entry "no-such-question"');
  });

  it('refuses a paragraph or list item that does not exist', () => {
    const paragraph = broken((c) => (c.bodies[0].facts[0].source.paragraph = 9));
    expect(check(paragraph)).toThrow(
      /bodies "swg", field facts\[0\]\.source: FAQ entry "[a-z-]+" has no paragraph 9/,
    );
    const item = broken((c) => (c.participants[0].source.item = 17));
    expect(check(item)).toThrow(
      /participants "af", field source: the list in paragraph 2 of "which-countries-are-members-of-the-cica" has no item 17/,
    );
  });

  it('refuses a quote that is not verbatim in its paragraph', () => {
    const raw = broken(
      (c) =>
        (c.bodies[0].facts[1].quote = 'The special working group was created in November 1994'),
    );
    expect(check(raw)).toThrow(
      /bodies "swg", field facts\[1\]\.quote: "The special working group was created in November 1994" is not in FAQ entry/,
    );
  });

  it('refuses a published name that is not as published', () => {
    const raw = broken(
      (c) => (c.participants.find((p: any) => p.id === 'kg').publishedName = 'The Kyrgyz Republic'),
    );
    expect(check(raw)).toThrow(
      'participants "kg", field publishedName: "The Kyrgyz Republic" is not the name as published',
    );
  });

  it('refuses an erratum for text the paragraph does not have', () => {
    const raw = broken((c) => (c.errata[0].published = 'XYZ'));
    expect(check(raw)).toThrow(
      /errata "[a-z-]+", field published: "XYZ" is not in the cited paragraph/,
    );
  });

  it('requires ISO codes for states only', () => {
    const state = broken((c) => delete c.participants[0].iso2);
    expect(check(state)).toThrow('participants "af", field iso2: a state needs its ISO 3166 code');
    const org = broken((c) => (c.participants.find((p: any) => p.id === 'un').iso2 = 'UN'));
    expect(check(org)).toThrow(
      'participants "un", field iso2: an organization has no ISO 3166 code',
    );
  });
});
