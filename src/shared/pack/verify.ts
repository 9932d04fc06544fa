import * as v from 'valibot';
import { CorpusSchema, type Corpus } from '../corpus/schema';
import type { SearchDoc } from '../search/documents';
import {
  FaqFileSchema,
  ManifestSchema,
  PACK_FILES,
  PACK_FORMAT,
  SearchDocsSchema,
  describeIssues,
  type FaqFile,
  type Manifest,
} from './schema';

/** The verified, parsed pack. The search index stays serialized: only its owner loads it. */
export interface Pack {
  manifest: Manifest;
  faq: FaqFile;
  corpus: Corpus;
  searchDocs: SearchDoc[];
  searchIndex: unknown;
}

/** What is wrong with a pack, naming the file and the check that failed. */
export interface PackProblem {
  file: string;
  check: 'missing' | 'read' | 'size' | 'sha256' | 'format' | 'json' | 'schema';
  message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; problem: PackProblem };

/** Reads one pack file's bytes, or undefined when it does not exist. */
export type ReadPackFile = (name: string) => Uint8Array | undefined;
export type Sha256 = (bytes: Uint8Array) => string | Promise<string>;

/**
 * Checks a pack against its manifest before anything in it is used: the
 * format version, then each listed file's size and sha256, then the shape of
 * every file the app reads. Never throws: every failure becomes a PackProblem.
 */
export async function verifyPack(read: ReadPackFile, sha256: Sha256): Promise<PackResult> {
  const fail = (file: string, check: PackProblem['check'], message: string): PackResult => ({
    ok: false,
    problem: { file, check, message: `${file}: ${message}` },
  });

  const manifestBytes = read(PACK_FILES.manifest);
  if (!manifestBytes) return fail(PACK_FILES.manifest, 'missing', 'file is missing');
  const manifestJson = parseJson(manifestBytes);
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

  for (const required of Object.values(PACK_FILES).filter((f) => f !== PACK_FILES.manifest)) {
    if (!(required in manifest.output.files)) {
      return fail(PACK_FILES.manifest, 'schema', `files: does not list ${required}`);
    }
  }

  const parsed = new Map<string, unknown>();
  for (const [name, record] of Object.entries(manifest.output.files)) {
    const bytes = read(name);
    if (!bytes) return fail(name, 'missing', 'file is missing');
    if (bytes.byteLength !== record.bytes) {
      return fail(name, 'size', `is ${bytes.byteLength} bytes, the manifest says ${record.bytes}`);
    }
    const digest = await sha256(bytes);
    if (digest !== record.sha256) {
      return fail(name, 'sha256', `content does not match its sha256 in the manifest`);
    }
    const json = parseJson(bytes);
    if (!json.ok) return fail(name, 'json', json.message);
    parsed.set(name, json.value);
  }

  const faq = v.safeParse(FaqFileSchema, parsed.get(PACK_FILES.faq));
  if (!faq.success) return fail(PACK_FILES.faq, 'schema', describeIssues(faq.issues));

  const corpus = v.safeParse(CorpusSchema, parsed.get(PACK_FILES.corpus));
  if (!corpus.success) return fail(PACK_FILES.corpus, 'schema', describeIssues(corpus.issues));

  const searchDocs = v.safeParse(SearchDocsSchema, parsed.get(PACK_FILES.searchDocs));
  if (!searchDocs.success) {
    return fail(PACK_FILES.searchDocs, 'schema', describeIssues(searchDocs.issues));
  }

  return {
    ok: true,
    pack: {
      manifest: manifest.output,
      faq: faq.output,
      corpus: corpus.output,
      searchDocs: searchDocs.output,
      searchIndex: parsed.get(PACK_FILES.searchIndex),
    },
  };
}

function parseJson(
  bytes: Uint8Array,
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch (error) {
    return { ok: false, message: `is not valid JSON (${(error as Error).message})` };
  }
}
