import * as v from 'valibot';
import { CorpusSchema, type Corpus } from '../corpus/schema';
import type { CompactSearch } from '../search/engine';
import {
  FaqFileSchema,
  MAX_MANIFEST_BYTES,
  ManifestSchema,
  PACK_FILES,
  PACK_FORMAT,
  SearchDocsSchema,
  describeIssues,
  type FaqFile,
  type Manifest,
} from './schema';
import { checkSearchIndex, openSearch } from './search-index';

/** The verified, parsed pack, with its search index loaded and tried. */
export interface Pack {
  manifest: Manifest;
  faq: FaqFile;
  corpus: Corpus;
  search: CompactSearch;
  /** search-compact.txt as checked, for searching it on another thread. */
  compact: Uint8Array;
}

/** What is wrong with a pack, naming the file and the check that failed. */
export interface PackProblem {
  file: string;
  check:
    | 'missing'
    | 'read'
    | 'size'
    | 'sha256'
    | 'format'
    | 'json'
    | 'schema'
    | 'search'
    // A pack file's own checks (signed.ts, archive.ts), made before any of the above:
    | 'archive'
    | 'signature'
    | 'key'
    | 'app-version';
  message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; problem: PackProblem };

/** One pack file's bytes, or why there are none. */
export type PackFileRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'too-large'; size: number }
  | { ok: false; reason: 'unreadable'; detail: string };

/**
 * Reads one pack file, by a name from the allow-list only, refusing it
 * unread when it is larger than `maxBytes`.
 */
export type ReadPackFile = (name: string, maxBytes: number) => PackFileRead;
export type Sha256 = (bytes: Uint8Array) => string | Promise<string>;

/** A ReadPackFile over files already in memory (the web edition's inlined pack, tests). */
export function readFromMemory(get: (name: string) => Uint8Array | undefined): ReadPackFile {
  return (name, maxBytes) => {
    const bytes = get(name);
    if (bytes === undefined) return { ok: false, reason: 'missing' };
    if (bytes.byteLength > maxBytes)
      return { ok: false, reason: 'too-large', size: bytes.byteLength };
    return { ok: true, bytes };
  };
}

/**
 * How far a pack is checked. `full`: every file, as far as it can be checked
 * (installing a pack, opening a pack file, `cica verify`). `run`: what the
 * app reads to run, before it reads it (starting with a pack already
 * checked in full when installed, or shipped with the app or the page): the
 * same checks of the manifest and of faq.json, corpus.json and
 * search-compact.txt, none of search-index.json and search-docs.json, which
 * only the pack's own checks read.
 */
export type VerifyScope = 'full' | 'run';

/** The files the app reads to run. */
export const RUN_FILES = [PACK_FILES.faq, PACK_FILES.corpus, PACK_FILES.searchCompact] as const;

/**
 * Checks a pack before anything in it is used: the manifest's format and
 * schema (its file list is an allow-list), then each file's size (before
 * reading more than the manifest declares) and sha256, then the full schema
 * of every file, the Lunr index's cross-references included, then the
 * compact index the app searches (its own checks, and that it is exactly
 * the one derived from the Lunr index and the documents), and finally runs
 * a search on it; a `run` check leaves out the files the app does not read
 * (see VerifyScope). The app, the web edition and `cica
 * verify` all run exactly this. Never throws: every failure becomes a
 * PackProblem naming the file and the check.
 */
export async function verifyPack(
  read: ReadPackFile,
  sha256: Sha256,
  scope: VerifyScope = 'full',
): Promise<PackResult> {
  const manifestRead = read(PACK_FILES.manifest, MAX_MANIFEST_BYTES);
  if (!manifestRead.ok) return readRefused(PACK_FILES.manifest, manifestRead);
  const manifestJson = parseJson(manifestRead.bytes);
  if (!manifestJson.ok) return fail(PACK_FILES.manifest, 'json', manifestJson.message);
  const format = (manifestJson.value as { format?: unknown } | null)?.format;
  if (format !== PACK_FORMAT) {
    return fail(
      PACK_FILES.manifest,
      'format',
      `unknown pack format ${JSON.stringify(format)} (this app reads format ${PACK_FORMAT})`,
    );
  }
  const manifest = v.safeParse(ManifestSchema, manifestJson.value);
  if (!manifest.success)
    return fail(PACK_FILES.manifest, 'schema', describeIssues(manifest.issues));

  const parsed = new Map<string, unknown>();
  for (const [name, record] of Object.entries(manifest.output.files)) {
    if (scope === 'run' && !(RUN_FILES as readonly string[]).includes(name)) continue;
    const outcome = read(name, record.bytes);
    if (!outcome.ok) return readRefused(name, outcome, record.bytes);
    const bytes = outcome.bytes;
    if (bytes.byteLength !== record.bytes) {
      return fail(name, 'size', `is ${bytes.byteLength} bytes, the manifest says ${record.bytes}`);
    }
    const digest = await sha256(bytes);
    if (digest !== record.sha256) {
      return fail(name, 'sha256', `content does not match its sha256 in the manifest`);
    }
    if (name === PACK_FILES.searchCompact) {
      parsed.set(name, bytes);
      continue;
    }
    const json = parseJson(bytes);
    if (!json.ok) return fail(name, 'json', json.message);
    parsed.set(name, json.value);
  }

  const faq = v.safeParse(FaqFileSchema, parsed.get(PACK_FILES.faq));
  if (!faq.success) return fail(PACK_FILES.faq, 'schema', describeIssues(faq.issues));

  const corpus = v.safeParse(CorpusSchema, parsed.get(PACK_FILES.corpus));
  if (!corpus.success) return fail(PACK_FILES.corpus, 'schema', describeIssues(corpus.issues));

  let source: Parameters<typeof openSearch>[2];
  if (scope === 'full') {
    const searchDocs = v.safeParse(SearchDocsSchema, parsed.get(PACK_FILES.searchDocs));
    if (!searchDocs.success) {
      return fail(PACK_FILES.searchDocs, 'schema', describeIssues(searchDocs.issues));
    }
    const index = checkSearchIndex(parsed.get(PACK_FILES.searchIndex), searchDocs.output);
    if (!index.ok) return fail(PACK_FILES.searchIndex, 'schema', index.message);
    source = { index: index.index, docs: searchDocs.output };
  }
  const compact = parsed.get(PACK_FILES.searchCompact) as Uint8Array;
  const search = openSearch(compact, corpus.output, source);
  if (!search.ok) return fail(PACK_FILES.searchCompact, search.check, search.message);

  return {
    ok: true,
    pack: {
      manifest: manifest.output,
      faq: faq.output,
      corpus: corpus.output,
      search: search.engine,
      compact,
    },
  };
}

/** A refusal naming the file and the check: "faq.json: content does not match...". */
export function fail(file: string, check: PackProblem['check'], message: string): PackResult {
  return { ok: false, problem: { file, check, message: `${file}: ${message}` } };
}

/** Why a pack file could not be read, worded the same for every caller. */
export function readRefused(
  file: string,
  outcome: Exclude<PackFileRead, { ok: true }>,
  declared?: number,
): PackResult {
  switch (outcome.reason) {
    case 'missing':
      return fail(file, 'missing', 'file is missing');
    case 'too-large':
      return fail(
        file,
        'size',
        declared === undefined
          ? `is ${outcome.size} bytes, more than a manifest may have (${MAX_MANIFEST_BYTES})`
          : `is ${outcome.size} bytes, the manifest says ${declared}`,
      );
    case 'unreadable':
      return fail(file, 'read', outcome.detail);
  }
}

export function parseJson(
  bytes: Uint8Array,
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch (error) {
    return { ok: false, message: `is not valid JSON (${(error as Error).message})` };
  }
}
