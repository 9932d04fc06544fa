// A pack is checked in full when installed, opened as a file or verified
// (`cica verify`); at start-up (the bundled pack, an installed one, the web
// edition's own) as far as the app reads it. These tests pin down the
// difference: what `run` reads and checks, and what only `full` does.
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/node/sha256';
import {
  readFromMemory,
  verifyPack,
  type PackResult,
  type VerifyScope,
} from '../../../src/shared/pack/verify';
import {
  SWAPPED_TERMS_PROBLEM,
  craftPack,
  editIndex,
  packFiles,
  swapFirstTerms,
} from '../../helpers/pack';

async function verify(files: Map<string, string>, scope: VerifyScope) {
  const read: string[] = [];
  const result: PackResult = await verifyPack(
    readFromMemory((name) => {
      read.push(name);
      return files.has(name) ? Buffer.from(files.get(name)!, 'utf8') : undefined;
    }),
    sha256,
    scope,
  );
  return { result, read };
}

const problem = ({ result }: { result: PackResult }) => !result.ok && result.problem;

describe('a run check', () => {
  it('reads the manifest and the files the app reads, and no other', async () => {
    const { result, read } = await verify(packFiles(), 'run');
    expect(result.ok).toBe(true);
    expect(read).toEqual(['manifest.json', 'faq.json', 'corpus.json', 'search-compact.txt']);
  });

  it('checks the compact index as a full check does', async () => {
    const crafted = craftPack(swapFirstTerms);
    for (const scope of ['run', 'full'] as const) {
      expect(problem(await verify(crafted, scope))).toEqual({
        file: 'search-compact.txt',
        check: 'schema',
        message: SWAPPED_TERMS_PROBLEM,
      });
    }
  });

  it('checks the sha256 of what it reads', async () => {
    const files = new Map(packFiles());
    files.set('search-compact.txt', files.get('search-compact.txt')!.replace('a', 'b'));
    expect(problem(await verify(files, 'run'))).toMatchObject({
      file: 'search-compact.txt',
      check: 'sha256',
    });
  });

  it('leaves the Lunr index and the documents, which it does not read, to the full check', async () => {
    // A Lunr index out of shape, hashes made to match: nothing the app reads.
    const files = craftPack((f) => editIndex(f, (index) => (index.version = '0.0.0')));
    expect((await verify(files, 'run')).result.ok).toBe(true);
    expect(problem(await verify(files, 'full'))).toMatchObject({
      file: 'search-index.json',
      check: 'schema',
    });
  });
});

describe('a full check', () => {
  it('refuses a compact index that is not the one derived from the Lunr index', async () => {
    // A well-formed compact index, of documents with one title changed.
    const other = craftPack((files) => {
      const docs = JSON.parse(files.get('search-docs.json')!) as { title: string }[];
      docs[0]!.title = `${docs[0]!.title} extra`;
      files.set('search-docs.json', JSON.stringify(docs));
    }).get('search-compact.txt')!;
    const files = craftPack((f) => f.set('search-compact.txt', other));
    expect((await verify(files, 'run')).result.ok).toBe(true);
    expect(problem(await verify(files, 'full'))).toEqual({
      file: 'search-compact.txt',
      check: 'schema',
      message:
        'search-compact.txt: is not the compact index of search-index.json and search-docs.json',
    });
  });
});
