import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_FILES,
  MAX_MANIFEST_BYTES,
  PACK_FORMAT,
  isPlainFileName,
  type Manifest,
} from '../../../src/shared/pack/schema';
import type { SerializedIndex } from '../../../src/shared/pack/search-index';
import { readFromMemory, verifyPack, type PackResult } from '../../../src/shared/pack/verify';
import { craftPack, editIndex, packFiles } from '../../helpers/pack';

const hash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Verifies the real pack after `damage` has changed its files (name -> text, or delete). */
function verifyDamaged(damage: (files: Map<string, string>) => void): Promise<PackResult> {
  const files = new Map(packFiles());
  damage(files);
  const encoded = new Map([...files].map(([name, text]) => [name, Buffer.from(text, 'utf8')]));
  return verifyPack(
    readFromMemory((name) => encoded.get(name)),
    hash,
  );
}

function editManifest(files: Map<string, string>, edit: (manifest: Manifest) => void): void {
  const manifest = JSON.parse(files.get('manifest.json')!);
  edit(manifest);
  files.set('manifest.json', JSON.stringify(manifest));
}

describe('verifyPack', () => {
  it('accepts the intact pack and returns its content', async () => {
    const result = await verifyDamaged(() => {});
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.faq.entries).toHaveLength(33);
  });

  it('accepts an asynchronous hasher (Web Crypto in the web edition)', async () => {
    const files = packFiles();
    const result = await verifyPack(
      readFromMemory((name) => (files.has(name) ? Buffer.from(files.get(name)!) : undefined)),
      async (bytes) => hash(bytes),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses a content file with one altered byte, naming file and check', async () => {
    const result = await verifyDamaged((files) => {
      files.set('faq.json', files.get('faq.json')!.replace('Almaty', 'Almatx'));
    });
    expect(result).toEqual({
      ok: false,
      problem: {
        file: 'faq.json',
        check: 'sha256',
        message: 'faq.json: content does not match its sha256 in the manifest',
      },
    });
  });

  it('refuses a truncated file by its size', async () => {
    const result = await verifyDamaged((files) => {
      files.set('search-index.json', files.get('search-index.json')!.slice(0, 1000));
    });
    expect(!result.ok && result.problem).toMatchObject({
      file: 'search-index.json',
      check: 'size',
      message: expect.stringMatching(/^search-index\.json: is 1000 bytes, the manifest says \d+$/),
    });
  });

  it('refuses a pack with a missing file', async () => {
    const result = await verifyDamaged((files) => files.delete('faq.json'));
    expect(!result.ok && result.problem).toEqual({
      file: 'faq.json',
      check: 'missing',
      message: 'faq.json: file is missing',
    });
  });

  it('refuses a pack with no manifest', async () => {
    const result = await verifyDamaged((files) => files.delete('manifest.json'));
    expect(!result.ok && result.problem.message).toBe('manifest.json: file is missing');
  });

  it('refuses a manifest that is not JSON', async () => {
    const result = await verifyDamaged((files) => files.set('manifest.json', '{"format": 1,'));
    expect(!result.ok && result.problem).toMatchObject({ file: 'manifest.json', check: 'json' });
  });

  it('refuses an unknown format version', async () => {
    const result = await verifyDamaged((files) =>
      editManifest(files, (m) => (m.format = PACK_FORMAT + 1)),
    );
    expect(!result.ok && result.problem).toEqual({
      file: 'manifest.json',
      check: 'format',
      message: `manifest.json: unknown pack format ${PACK_FORMAT + 1} (this app reads format ${PACK_FORMAT})`,
    });
  });

  it('refuses a manifest with a malformed field, naming the field', async () => {
    const result = await verifyDamaged((files) =>
      editManifest(files, (m) => (m.files['faq.json'].sha256 = 'not-a-hash')),
    );
    expect(!result.ok && result.problem.message).toBe(
      'manifest.json: files.faq.json.sha256: must be a lowercase sha256 hex digest',
    );
  });

  it('refuses a manifest that does not list the content', async () => {
    const result = await verifyDamaged((files) =>
      editManifest(files, (m) => delete m.files['faq.json']),
    );
    expect(!result.ok && result.problem.message).toBe(
      'manifest.json: files: does not list faq.json',
    );
  });

  it('refuses content of the wrong shape even when its hash was updated to match', async () => {
    const result = await verifyDamaged((files) => {
      const faq = JSON.stringify({ entries: [{ id: 'x', question: '' }] });
      files.set('faq.json', faq);
      editManifest(files, (m) => {
        m.files['faq.json'] = { sha256: hash(Buffer.from(faq)), bytes: Buffer.byteLength(faq) };
      });
    });
    expect(!result.ok && result.problem).toMatchObject({ file: 'faq.json', check: 'schema' });
  });
});

/** Verifies pack files given as text (name -> text). */
function verifyFiles(files: ReadonlyMap<string, string>): Promise<PackResult> {
  return verifyPack(
    readFromMemory((name) => (files.has(name) ? Buffer.from(files.get(name)!, 'utf8') : undefined)),
    hash,
  );
}

/** The problem verification reports for the real pack with a crafted index (manifest re-hashed). */
async function indexProblem(edit: (index: SerializedIndex) => void) {
  const result = await verifyFiles(craftPack((files) => editIndex(files, edit)));
  return !result.ok && result.problem;
}

const INDEX_FIELDS = ['title', 'names', 'body'] as const;

describe('verifyPack on crafted search indexes (each with a re-hashed manifest)', () => {
  it('refuses a vector element that is not a number (the first matching search never returned)', async () => {
    expect(await indexProblem((index) => (index.fieldVectors[0]![1] = ['a', 1] as never))).toEqual({
      file: 'search-index.json',
      check: 'schema',
      message:
        'search-index.json: fieldVectors.0.1: must be pairs of a term number (whole, ascending) and a finite weight',
    });
  });

  it('refuses vectors with an odd length, unsorted or fractional term numbers, or an infinite weight', async () => {
    const message =
      'search-index.json: fieldVectors.0.1: must be pairs of a term number (whole, ascending) and a finite weight';
    for (const elements of [
      [0, 1, 2],
      [3, 1, 2, 1],
      [0.5, 1],
    ]) {
      const problem = await indexProblem((index) => (index.fieldVectors[0]![1] = elements));
      expect(problem && problem.message).toBe(message);
    }
    // JSON has no Infinity, but JSON.parse reads 1e999 as one.
    const infinite = await verifyFiles(
      craftPack((files) => {
        const text = files.get('search-index.json')!;
        files.set(
          'search-index.json',
          text.replace(/("fieldVectors":\[\["[^"]+",\[0,)[0-9.]+/, '$11e999'),
        );
      }),
    );
    expect(!infinite.ok && infinite.problem.message).toBe(message);
  });

  it('refuses a term number that is not a number (a query vector could loop forever)', async () => {
    const problem = await indexProblem(
      (index) => (index.invertedIndex[5]![1]._index = 'x' as never),
    );
    expect(problem && problem.message).toBe(
      'search-index.json: invertedIndex.5: must be [term, posting], the posting with a whole _index and, for each of title, names, body, an empty object per document',
    );
  });

  it('refuses postings without a field (it loaded, then every search threw)', async () => {
    const problem = await indexProblem((index) => {
      for (const [, posting] of index.invertedIndex) delete (posting as { body?: unknown }).body;
    });
    expect(problem && problem.message).toBe(
      'search-index.json: invertedIndex.0: must be [term, posting], the posting with a whole _index and, for each of title, names, body, an empty object per document',
    );
  });

  it('refuses an index without the vectors of one field (it loaded, then every search threw)', async () => {
    const problem = await indexProblem((index) => {
      index.fieldVectors = index.fieldVectors.filter(([ref]) => !ref.startsWith('body/'));
    });
    expect(problem && problem.message).toBe(
      'search-index.json: fieldVectors: no vector for every field of document "what-is-the-cica-and-why-was-it/1"',
    );
  });

  it('refuses an index over other fields (it loaded, then every search threw)', async () => {
    const problem = await indexProblem((index) => (index.fields = ['title', 'names', 'text']));
    expect(problem && problem.message).toBe(
      'search-index.json: fields: must be exactly title, names, body',
    );
  });

  it('refuses an index whose documents are not the pack’s (every search was silently empty)', async () => {
    const problem = await indexProblem((index) => {
      for (const [, posting] of index.invertedIndex) {
        for (const field of INDEX_FIELDS) {
          const refs = Object.keys(posting[field]).map((ref) => [`x${ref}`, {}]);
          posting[field] = Object.fromEntries(refs);
        }
      }
      index.fieldVectors = index.fieldVectors.map(([ref, v]) => [ref.replace('/', '/x'), v]);
    });
    expect(problem && problem.message).toBe(
      'search-index.json: fieldVectors.0: "title/xwhat-is-the-cica-and-why-was-it/1" is not "<field>/<document id>" of a known field and document',
    );
  });

  it('refuses a posting that names an unknown document', async () => {
    const problem = await indexProblem(
      (index) => (index.invertedIndex[5]![1].title['nowhere'] = {}),
    );
    expect(problem && problem.message).toBe(
      'search-index.json: invertedIndex.5.title: document "nowhere" is not in search-docs.json',
    );
  });

  it('refuses terms out of order or repeated (Lunr cannot build its word automaton)', async () => {
    const problem = await indexProblem((index) => {
      index.invertedIndex[1]![0] = index.invertedIndex[0]![0];
    });
    expect(problem && problem.message).toMatch(
      /^search-index\.json: invertedIndex\.1: term ".*" is empty, repeated or out of order$/,
    );
  });

  it('refuses repeated term numbers and vectors past the last term', async () => {
    const repeated = await indexProblem((index) => {
      index.invertedIndex[1]![1]._index = index.invertedIndex[0]![1]._index;
    });
    expect(repeated && repeated.message).toMatch(
      /^search-index\.json: invertedIndex\.1\._index: \d+ is repeated or past the \d+ terms$/,
    );
    const past = await indexProblem((index) => index.fieldVectors[0]![1].push(10_000, 1));
    expect(past && past.message).toMatch(
      /^search-index\.json: fieldVectors\.0: term number 10000 is past the \d+ terms$/,
    );
  });

  it('refuses match positions, an unknown pipeline function and another Lunr version', async () => {
    const positions = await indexProblem((index) => {
      const refs = index.invertedIndex[5]![1].body;
      refs[Object.keys(refs)[0]!] = { position: [[0, 2]] } as never;
    });
    expect(positions && positions.check).toBe('schema');
    const extraField = await indexProblem((index) => {
      (index.invertedIndex[5]![1] as Record<string, unknown>)['text'] = {};
    });
    expect(extraField && extraField.message).toMatch(
      /^search-index\.json: invertedIndex\.5: must be \[term, posting\]/,
    );
    const pipeline = await indexProblem((index) => (index.pipeline = ['rm -rf'] as never));
    expect(pipeline && pipeline.message).toMatch(/^search-index\.json: pipeline\.0: Invalid type/);
    const version = await indexProblem((index) => (index.version = '3.0.0' as never));
    expect(version && version.message).toBe(
      'search-index.json: version: must be 2.3.9, the Lunr version this app reads',
    );
  });

  it('loads the compact index and runs a search: an index that finds nothing is refused', async () => {
    // The compact index derived from this one (as craftPack derives it) finds nothing either.
    const problem = await indexProblem((index) => {
      for (const [, posting] of index.invertedIndex) for (const f of INDEX_FIELDS) posting[f] = {};
      for (const vector of index.fieldVectors) vector[1] = [];
    });
    expect(problem).toEqual({
      file: 'search-compact.txt',
      check: 'search',
      message:
        'search-compact.txt: a search for "created" (in what-is-the-cica-and-why-was-it/1) finds nothing',
    });
  });

  it('refuses two search documents with one id', async () => {
    const result = await verifyFiles(
      craftPack((files) => {
        const docs = JSON.parse(files.get('search-docs.json')!) as { id: string }[];
        docs[1]!.id = docs[0]!.id;
        files.set('search-docs.json', JSON.stringify(docs));
      }),
    );
    expect(!result.ok && result.problem.message).toBe(
      'search-docs.json: id "what-is-the-cica-and-why-was-it/1" is used twice',
    );
  });
});

describe('the manifest’s file list is an allow-list', () => {
  const listing = (name: string) =>
    verifyFiles(
      craftPack(
        () => {},
        (manifest) =>
          ((manifest.files as Record<string, unknown>)[name] = manifest.files['faq.json']),
      ),
    );
  const allowed = CONTENT_FILES.join(', ');

  it.each(['../../outside.json', '../../../../etc/passwd', '/dev/zero'])(
    'refuses %s before reading anything, saying nothing about that file',
    async (name) => {
      const result = await listing(name);
      expect(!result.ok && result.problem).toEqual({
        file: 'manifest.json',
        check: 'schema',
        message: `manifest.json: files: ${JSON.stringify(name)} is not a plain file name (a pack has ${allowed})`,
      });
    },
  );

  it.each([
    '..\\..\\outside.json',
    'C:outside.json',
    'faq.json:stream',
    'CON.json',
    'nul',
    'faq.json.',
    'faq.json ',
    '.hidden',
  ])('refuses the Windows (and hidden) name %j', async (name) => {
    const result = await listing(name);
    expect(!result.ok && result.problem.message).toBe(
      `manifest.json: files: ${JSON.stringify(name)} is not a plain file name (a pack has ${allowed})`,
    );
  });

  it('refuses a plain name that is not one of the pack’s files', async () => {
    const result = await listing('extra.json');
    expect(!result.ok && result.problem.message).toBe(
      `manifest.json: files: "extra.json" is not a file of this pack (a pack has ${allowed})`,
    );
  });

  it('knows plain names from everything else', () => {
    for (const name of [...CONTENT_FILES, 'manifest.json', 'a_b-1.json']) {
      expect(isPlainFileName(name), name).toBe(true);
    }
    for (const name of [
      '',
      '.',
      '..',
      'a/b',
      'a\\b',
      'C:',
      'com1.json',
      'LPT9',
      'a..b',
      'a\u0000b',
      'é.json',
    ]) {
      expect(isPlainFileName(name), name).toBe(false);
    }
  });

  it('reads the manifest only up to its cap, and no file past its declared size', async () => {
    const read: [string, number][] = [];
    const files = packFiles();
    await verifyPack((name, maxBytes) => {
      read.push([name, maxBytes]);
      return readFromMemory((n) => (files.has(n) ? Buffer.from(files.get(n)!) : undefined))(
        name,
        maxBytes,
      );
    }, hash);
    const manifest = JSON.parse(files.get('manifest.json')!) as Manifest;
    expect(read).toEqual([
      ['manifest.json', MAX_MANIFEST_BYTES],
      ...CONTENT_FILES.map((name) => [name, manifest.files[name].bytes]),
    ]);
  });

  it('refuses an oversized manifest and a declared size past the cap', async () => {
    const big = await verifyFiles(new Map([['manifest.json', ' '.repeat(MAX_MANIFEST_BYTES + 1)]]));
    expect(!big.ok && big.problem).toEqual({
      file: 'manifest.json',
      check: 'size',
      message: `manifest.json: is ${MAX_MANIFEST_BYTES + 1} bytes, more than a manifest may have (${MAX_MANIFEST_BYTES})`,
    });
    const huge = await verifyFiles(
      craftPack(
        () => {},
        (manifest) => (manifest.files['faq.json'].bytes = 2 ** 40),
      ),
    );
    expect(!huge.ok && huge.problem.message).toBe(
      'manifest.json: files.faq.json.bytes: must be at most 268435456 bytes',
    );
  });
});
