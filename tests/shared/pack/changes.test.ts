import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../../src/shared/corpus/schema';
import { CORPUS_PATH } from '../../helpers/source';

/**
 * describeChanges from a freshly loaded module: its table of collections is
 * built when the module loads, and mutation testing credits it only to the
 * tests that run while it is built.
 */
async function describeChanges(from: Corpus, to: Corpus): Promise<string[]> {
  vi.resetModules();
  const changes = await import('../../../src/shared/pack/changes');
  return changes.describeChanges(from, to);
}

const corpus = (): Corpus => JSON.parse(readFileSync(CORPUS_PATH, 'utf8')) as Corpus;

type Collection = Exclude<keyof Corpus, 'counts' | 'errata' | 'termAliases'>;
const COLLECTIONS: Collection[] = [
  'participants',
  'events',
  'documents',
  'bodies',
  'stages',
  'figures',
  'topics',
];

/** A copy of the collection's first item under a new id. */
function addCopies(to: Corpus, key: Collection | 'errata', n: number): void {
  const items = to[key] as { id: string }[];
  for (let i = 1; i <= n; i++) items.push({ ...items[0]!, id: `new-${key}-${i}` });
}

describe('what a newer pack changes, in a reader’s words', () => {
  it('says nothing of a pack with the same content', async () => {
    expect(await describeChanges(corpus(), corpus())).toEqual([]);
  });

  it('names each collection, one and many, in a fixed order', async () => {
    const one = corpus();
    for (const key of COLLECTIONS) addCopies(one, key, 1);
    expect(await describeChanges(corpus(), one)).toEqual([
      '+1 participant',
      '+1 event',
      '+1 document',
      '+1 body',
      '+1 stage',
      '+1 figure',
      '+1 topic',
    ]);
    const two = corpus();
    for (const key of COLLECTIONS) addCopies(two, key, 2);
    expect(await describeChanges(corpus(), two)).toEqual([
      '+2 participants',
      '+2 events',
      '+2 documents',
      '+2 bodies',
      '+2 stages',
      '+2 figures',
      '+2 topics',
    ]);
  });

  it('counts items removed and items changed, matched by id', async () => {
    const to = corpus();
    to.participants.splice(0, 2);
    to.events[0] = { ...to.events[0]!, title: `${to.events[0]!.title} (revised)` };
    to.documents.reverse(); // the same documents in another order: nothing changed
    expect(await describeChanges(corpus(), to)).toEqual(['−2 participants', '1 event changed']);
    to.events[1] = { ...to.events[1]!, planned: !to.events[1]!.planned };
    expect(await describeChanges(corpus(), to)).toEqual(['−2 participants', '2 events changed']);
  });

  it('an item both added and another removed is said as both', async () => {
    const to = corpus();
    to.topics[0] = { ...to.topics[0]!, id: 'renamed-topic' };
    expect(await describeChanges(corpus(), to)).toEqual(['+1 topic', '−1 topic']);
  });

  it('counts the corrections a pack adds, not those it already had', async () => {
    const one = corpus();
    addCopies(one, 'errata', 1);
    expect(await describeChanges(corpus(), one)).toEqual(['1 fact corrected']);
    const three = corpus();
    addCopies(three, 'errata', 3);
    expect(await describeChanges(corpus(), three)).toEqual(['3 facts corrected']);
  });
});
