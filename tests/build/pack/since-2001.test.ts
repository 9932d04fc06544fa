import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSince2001 } from '../../../build/pack/since-2001';
import { laterItems } from '../../../src/shared/corpus/provenance';
import { readFromMemory, verifyPack } from '../../../src/shared/pack/verify';
import { craftPack } from '../../helpers/pack';
import { CORPUS_PATH, DATASET_PATH } from '../../helpers/source';

// The provenance of the facts after 2001, checked by the compiler (naming
// file, item and field) and again when a pack is loaded.
const FILE = 'resources/corpus.json';
const DATASET_FILE = 'resources/cica-since-2001.json';
const curated = () => JSON.parse(readFileSync(CORPUS_PATH, 'utf8')).since2001;
const datasetText = readFileSync(DATASET_PATH, 'utf8');

/** Compiles the real curated items and dataset after `edit` changed them. */
function compile(
  edit: { curated?: (c: any) => void; dataset?: (d: any) => void } = {},
): () => unknown {
  const c = curated();
  edit.curated?.(c);
  const d = JSON.parse(datasetText);
  edit.dataset?.(d);
  return () => compileSince2001(c, JSON.stringify(d), FILE);
}

/** The dataset's fact with this id, wherever it sits. */
function factIn(d: any, id: string): any {
  let found: any;
  const walk = (node: any): void => {
    if (found || node === null || typeof node !== 'object') return;
    if (node.id === id && typeof node.statement === 'string') found = node;
    else Object.values(node).forEach(walk);
  };
  walk(d);
  return found;
}

describe('the compiler refuses provenance that does not hold', () => {
  it('accepts the real curated items and dataset', () => {
    expect(compile()).not.toThrow();
  });

  it('refuses a fact citing a source the dataset does not have', () => {
    const broken = compile({ dataset: (d) => factIn(d, 'SU1a').source_ids.push('ZZ9') });
    expect(broken).toThrow(`${DATASET_FILE}: facts "SU1a", field sources: no source "ZZ9"`);
  });

  it('refuses a fact in a conflict the dataset does not record', () => {
    const broken = compile({ dataset: (d) => (factIn(d, 'AD17').conflict_refs = ['CF99']) });
    expect(broken).toThrow(`${DATASET_FILE}: facts "AD17", field conflicts: no conflict "CF99"`);
  });

  it('refuses a conflict whose claim cites a web page the dataset does not list', () => {
    const broken = compile({
      dataset: (d) => d.conflicts[0].claims[0].sources.push('https://example.org/unknown'),
    });
    expect(broken).toThrow(
      `${DATASET_FILE}: conflicts "CF1", field claims.0.sources: no source https://example.org/unknown`,
    );
  });

  it('refuses an item showing a fact the dataset does not have', () => {
    const broken = compile({ curated: (c) => c.events[1].facts.push('ZZ1') });
    expect(broken).toThrow(`${FILE}: since2001.events "summit-2002", field facts: no fact "ZZ1"`);
  });

  it('refuses an item with a malformed fact id, naming item and field', () => {
    const broken = compile({ curated: (c) => (c.admissions[0].facts = ['not an id']) });
    expect(broken).toThrow(
      `${FILE}: since2001.admissions "admission-thailand", field facts.0: must be a dataset id`,
    );
  });

  it('refuses a fact both shown and left out', () => {
    const broken = compile({
      curated: (c) => c.leftOut.push({ fact: 'AD28', reason: 'shown elsewhere, by mistake' }),
    });
    expect(broken).toThrow(
      `${FILE}: since2001.leftOut[1], field fact: "AD28" is shown by an item and also left out`,
    );
  });

  it('refuses a fact neither shown nor left out', () => {
    // Thailand's admission fact, taken from every item that shows it.
    const c = curated();
    const shownOnce = c.admissions[0].facts[0] as string;
    expect(laterItems(c).some((item) => item.facts.includes(shownOnce))).toBe(true);
    const broken = compile({
      curated: (x) => {
        for (const item of laterItems(x)) {
          const at = item.facts.indexOf(shownOnce);
          if (at >= 0) item.facts.splice(at, 1);
          // An item left with no fact gets another, so that only coverage is wrong.
          if (item.facts.length === 0) item.facts.push('MM2c');
        }
      },
    });
    expect(broken).toThrow(
      `${FILE}: since2001.leftOut: fact "${shownOnce}" of cica-since-2001.json is neither shown nor left out with a reason`,
    );
  });

  it('refuses a left-out fact the dataset does not have', () => {
    const broken = compile({ curated: (c) => (c.leftOut[0].fact = 'ZZ2') });
    expect(broken).toThrow(
      `${FILE}: since2001.leftOut[0], field fact: no fact "ZZ2" in cica-since-2001.json`,
    );
  });

  it('refuses a roster citing a web page the dataset does not list', () => {
    const broken = compile({ curated: (c) => c.observers[0].sources.push('ZZ8') });
    expect(broken).toThrow(
      `${FILE}: since2001.observers "observers-2004-10", field sources: no source "ZZ8"`,
    );
  });

  it('refuses two items with one id', () => {
    const broken = compile({ curated: (c) => (c.chairs[1].id = c.chairs[0].id) });
    expect(broken).toThrow(`${FILE}: since2001.items: id "chair-kazakhstan-1" is used twice`);
  });

  it('refuses an item whose date is not a date', () => {
    const broken = compile({ curated: (c) => (c.events[1].date = '4 June 2002') });
    expect(broken).toThrow(
      `${FILE}: since2001.events "summit-2002", field date: must be YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  });
});

describe('a pack whose items point at nothing is refused at load time', () => {
  const hash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  const verifyCrafted = (edit: (since2001: any) => void) => {
    const files = craftPack((f) => {
      const corpus = JSON.parse(f.get('corpus.json')!);
      edit(corpus.since2001);
      f.set('corpus.json', JSON.stringify(corpus));
    });
    return verifyPack(
      readFromMemory((name) =>
        files.has(name) ? Buffer.from(files.get(name)!, 'utf8') : undefined,
      ),
      hash,
    );
  };

  it('refuses an item showing a missing fact, naming file, item and field', async () => {
    const result = await verifyCrafted((s) => s.events[1].facts.push('ZZ1'));
    expect(!result.ok && result.problem).toMatchObject({ file: 'corpus.json', check: 'schema' });
    expect(!result.ok && result.problem.message).toBe(
      'corpus.json: since2001: events "summit-2002", field facts: no fact "ZZ1"',
    );
  });

  it('refuses a fact citing a missing source, and a missing conflict', async () => {
    const source = await verifyCrafted((s) => (s.facts[0].sources = ['ZZ9']));
    expect(!source.ok && source.problem.message).toMatch(
      /^corpus\.json: since2001: facts "[A-Z0-9a-z]+", field sources: no source "ZZ9"$/,
    );
    const conflict = await verifyCrafted((s) => (s.facts[0].conflicts = ['CF99']));
    expect(!conflict.ok && conflict.problem.message).toMatch(
      /^corpus\.json: since2001: facts "[A-Z0-9a-z]+", field conflicts: no conflict "CF99"$/,
    );
  });

  it('refuses a roster citing a missing source', async () => {
    const result = await verifyCrafted((s) => s.observers[0].sources.push('ZZ8'));
    expect(!result.ok && result.problem.message).toBe(
      'corpus.json: since2001: observers "observers-2004-10", field sources: no source "ZZ8"',
    );
  });
});
