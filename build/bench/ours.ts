import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackDirectory } from '../../src/node/pack-dir';
import { sha256 } from '../../src/node/sha256';
import { PACK_FILES, type Manifest } from '../../src/shared/pack/schema';
import { buildSearchIndex } from '../../src/shared/search/build-index';
import { deriveCompactIndex } from '../../src/shared/search/derive-compact';
import { searchAliases } from '../../src/shared/search/documents';
import { SearchEngine } from '../../src/shared/search/query';
import { LIMIT, type BenchContext, type EngineSpec, type Prepared } from './engine';
import { now } from './measure';

/** Same layout as build/pack/compile.ts writes. */
const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes a complete pack folder for synthetic documents: the real faq.json and
 * corpus.json, the synthetic search files, and a manifest computed as the
 * compiler computes it, so loadPackDirectory verifies it exactly like the real one.
 */
function writeSyntheticPack(context: BenchContext, indexJson: string, compact: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cica-bench-${context.factor}x-`));
  const real = (name: string) => readFileSync(join(context.realPackDir, name));
  const contents = new Map<string, Buffer>([
    [PACK_FILES.faq, real(PACK_FILES.faq)],
    [PACK_FILES.corpus, real(PACK_FILES.corpus)],
    [PACK_FILES.searchDocs, Buffer.from(toJson(context.docs), 'utf8')],
    [PACK_FILES.searchIndex, Buffer.from(indexJson, 'utf8')],
    [PACK_FILES.searchCompact, Buffer.from(compact, 'utf8')],
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

type Built = { indexJson: string; compact: string; lunrMs: number; compactMs: number };
const built = new WeakMap<object, Built>();

/** The pack's search files for these documents, as the pack compiler makes them (once per run). */
function build(context: BenchContext): Built {
  const done = built.get(context.docs);
  if (done) return done;
  const start = now();
  const indexJson = JSON.stringify(buildSearchIndex(context.docs));
  const lunrMs = now() - start;
  const compact = deriveCompactIndex(JSON.parse(indexJson), context.docs);
  const files = { indexJson, compact, lunrMs, compactMs: now() - start - lunrMs };
  built.set(context.docs, files);
  return files;
}

/** The real pack's folder at 1x; a written one, removed after, for synthetic documents. */
function packFolder(context: BenchContext, notes: string[]) {
  const files = build(context);
  if (context.factor === 1) {
    const shipped = readFileSync(join(context.realPackDir, PACK_FILES.searchCompact), 'utf8');
    if (shipped !== files.compact) {
      notes.push('resources/pack/search-compact.txt differs from a fresh build: run build:pack');
    }
    return { dir: context.realPackDir, temporary: false, ...files };
  }
  context.log(`writing a ${context.factor}x pack folder`);
  return {
    dir: writeSyntheticPack(context, files.indexJson, files.compact),
    temporary: true,
    ...files,
  };
}

/**
 * The app's search: loadPackDirectory as the app starts with a pack (the
 * manifest, then the size, sha256 and checks of every file the app reads,
 * the compact index read and a probe search), then the compact engine.
 */
export const ours: EngineSpec = {
  id: 'ours',
  label: 'ours',
  async prepare(context): Promise<Prepared> {
    const notes: string[] = [];
    const { dir, temporary, compact, lunrMs, compactMs } = packFolder(context, notes);
    notes.push(
      `build = the Lunr index ${(lunrMs / 1000).toFixed(1)} s + the compact index derived from it ${(compactMs / 1000).toFixed(1)} s`,
    );
    return {
      buildMs: lunrMs + compactMs,
      indexBytes: Buffer.byteLength(compact, 'utf8'),
      notes,
      async load() {
        const start = now();
        const result = await loadPackDirectory(dir, 'run');
        const verified = now() - start;
        if (!result.ok) throw new Error(`pack does not verify: ${result.problem.message}`);
        const engine = result.pack.search;
        return {
          searcher: {
            search: (text) => engine.search(text, { limit: LIMIT }).hits.map((h) => h.id),
          },
          phases: { verify: verified },
        };
      },
      cleanup() {
        if (temporary) rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/**
 * The search before the compact index, kept as the reference the app is
 * tested against: Lunr's own query over its JSON index, with the query
 * layer around it (and its rule that prefixes start at 3 letters). Load =
 * JSON.parse of the index and the documents and Lunr's Index.load; the
 * pack checks are not counted.
 */
export const lunr: EngineSpec = {
  id: 'lunr',
  label: 'Lunr (before)',
  async prepare(context): Promise<Prepared> {
    const { indexJson } = build(context);
    const docsJson = JSON.stringify(context.docs);
    const aliases = searchAliases(
      JSON.parse(readFileSync(join(context.realPackDir, PACK_FILES.corpus), 'utf8')),
    );
    return {
      buildMs: null,
      indexBytes: Buffer.byteLength(indexJson, 'utf8'),
      notes: ['load = JSON.parse of the Lunr index and the documents, then Lunr’s Index.load'],
      async load() {
        const engine = SearchEngine.load(JSON.parse(indexJson), JSON.parse(docsJson), { aliases });
        return {
          searcher: {
            search: (text) => engine.search(text, { limit: LIMIT }).hits.map((h) => h.id),
          },
        };
      },
    };
  },
};
