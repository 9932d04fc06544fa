import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type lunr from 'lunr';
import { loadPackDirectory } from '../../src/node/pack-dir';
import { sha256 } from '../../src/node/sha256';
import { PACK_FILES, type Manifest } from '../../src/shared/pack/schema';
import { buildSearchIndex } from '../../src/shared/search/build-index';
import { LIMIT, type BenchContext, type EngineSpec, type Loaded, type Prepared } from './engine';
import { now } from './measure';

/** Same layout as build/pack/compile.ts writes. */
const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes a complete pack folder for synthetic documents: the real faq.json and
 * corpus.json, the synthetic search files, and a manifest computed as the
 * compiler computes it, so loadPackDirectory verifies it exactly like the real one.
 */
function writeSyntheticPack(context: BenchContext, indexJson: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cica-bench-${context.factor}x-`));
  const real = (name: string) => readFileSync(join(context.realPackDir, name));
  const contents = new Map<string, Buffer>([
    [PACK_FILES.faq, real(PACK_FILES.faq)],
    [PACK_FILES.corpus, real(PACK_FILES.corpus)],
    [PACK_FILES.searchDocs, Buffer.from(toJson(context.docs), 'utf8')],
    [PACK_FILES.searchIndex, Buffer.from(indexJson, 'utf8')],
  ]);
  const files: Manifest['files'] = {};
  for (const [name, bytes] of contents) {
    files[name] = { sha256: sha256(bytes), bytes: bytes.byteLength };
    writeFileSync(join(dir, name), bytes);
  }
  const manifest = JSON.parse(real(PACK_FILES.manifest).toString('utf8')) as Manifest;
  manifest.files = files;
  manifest.version = sha256(
    Buffer.from(
      Object.values(files)
        .map((f) => f.sha256)
        .join(''),
    ),
  ).slice(0, 12);
  writeFileSync(join(dir, PACK_FILES.manifest), toJson(manifest));
  return dir;
}

/**
 * loadPackDirectory, as the app does: it verifies every file, loads the index
 * and runs one search. The loaded index's
 * query method is wrapped (on the instance: src/ stays untouched) to time
 * Lunr's index.query (term expansion, fuzzy matching, scoring) apart from our
 * code around it in query.ts (query terms, coverage re-scoring, one hit per
 * item, sorting, highlights and snippets). The wrapper costs two clock reads.
 */
async function verifyAndLoad(dir: string): Promise<Loaded> {
  const start = now();
  const result = await loadPackDirectory(dir, 'run');
  const loaded = now();
  if (!result.ok) throw new Error(`pack does not verify: ${result.problem.message}`);
  const engine = result.pack.search;

  const index = (engine as unknown as { index: lunr.Index }).index;
  const query = index.query.bind(index);
  let innerMs = 0;
  let matches = 0;
  index.query = (fn) => {
    const begin = now();
    const results = query(fn);
    innerMs += now() - begin;
    matches += results.length;
    return results;
  };
  return {
    searcher: {
      search(text) {
        innerMs = 0;
        matches = 0;
        return engine.search(text, { limit: LIMIT }).hits.map((h) => h.id);
      },
      lastBreakdown: () => ({ innerMs, matches }),
    },
    phases: { verify: loaded - start },
  };
}

/**
 * The parts of verification, timed one by one outside loadPackDirectory:
 * reading, hashing and parsing every file. What is left of "verify" is the
 * schema checks (valibot), Lunr's Index.load and the probe search.
 */
function verifyParts(dir: string): Record<string, number> {
  const parts = { read: 0, sha256: 0, parseIndex: 0, parseDocs: 0, parseOther: 0 };
  const manifest = JSON.parse(readFileSync(join(dir, PACK_FILES.manifest), 'utf8')) as Manifest;
  for (const name of Object.keys(manifest.files)) {
    let t = now();
    const bytes = readFileSync(join(dir, name));
    parts.read += now() - t;
    t = now();
    sha256(bytes);
    parts.sha256 += now() - t;
    t = now();
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    const ms = now() - t;
    if (name === PACK_FILES.searchIndex) parts.parseIndex += ms;
    else if (name === PACK_FILES.searchDocs) parts.parseDocs += ms;
    else parts.parseOther += ms;
  }
  return parts;
}

export const ours: EngineSpec = {
  id: 'ours',
  label: 'ours (Lunr)',
  async prepare(context): Promise<Prepared> {
    const start = now();
    const index = buildSearchIndex(context.docs);
    const indexJson = JSON.stringify(index);
    const buildMs = now() - start;
    const notes: string[] = [];
    let dir = context.realPackDir;
    let temporary = false;
    if (context.factor === 1) {
      const shipped = readFileSync(join(dir, PACK_FILES.searchIndex), 'utf8');
      if (shipped !== indexJson) {
        notes.push('resources/pack/search-index.json differs from a fresh build: run build:pack');
      }
    } else {
      context.log(`writing a ${context.factor}x pack folder`);
      dir = writeSyntheticPack(context, indexJson);
      temporary = true;
    }
    const indexBytes = Buffer.byteLength(indexJson, 'utf8');
    return {
      buildMs,
      indexBytes,
      notes,
      load: () => verifyAndLoad(dir),
      extra: () => ({ verifyParts: verifyParts(dir) }),
      cleanup() {
        if (temporary) rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
