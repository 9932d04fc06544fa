import lunr from 'lunr';
import { parseFaq } from '../../src/shared/faq/parse';
import * as v from 'valibot';
import {
  PACK_FILES,
  PACK_FORMAT,
  PackInfoSchema,
  type FaqFile,
  type Manifest,
  type PackInfo,
} from '../../src/shared/pack/schema';
import { buildSearchIndex } from '../../src/shared/search/build-index';
import { deriveCompactIndex } from '../../src/shared/search/derive-compact';
import { searchDocuments } from '../../src/shared/search/documents';
import { sha256 } from '../../src/node/sha256';
import { CorpusError, checkCorpus } from './check-corpus';
import { DATASET_FILE, compileSince2001 } from './since-2001';

export const SOURCE_FILE = 'cica-faq-2001.txt';
export const CORPUS_FILE = 'corpus.json';
/** The pack's edition, date, minimum app version and what's new: bumped by hand for each pack published. */
export const RELEASE_FILE = 'pack-release.json';

/** What resources/pack-release.json holds: the manifest's `pack` without the key, which signing sets. */
export const PackReleaseSchema = v.omit(PackInfoSchema, ['keyId']);
export type PackRelease = v.InferOutput<typeof PackReleaseSchema>;

/** What the compiler reads from resources/: the sources as published and the curated corpus. */
export interface PackInputs {
  source: Buffer;
  /** resources/cica-since-2001.json, exactly as received. */
  dataset: Buffer;
  corpus: string;
  release: PackRelease;
  /** The id of the key that will sign the manifest (signing.ts). */
  keyId: string;
}

/** Bibliographic facts about the sources; the FAQ has no title, so the one given is supplied in brackets. */
const FAQ_SOURCE = {
  title:
    '[Frequently asked questions about the Conference on Interaction and Confidence-building Measures in Asia (CICA)]',
  publisher: 'Embassy of the Republic of Kazakhstan',
  asOf: { date: '2001-09', label: 'September 2001' },
} as const;
const DATASET_SOURCE = {
  title: 'CICA after the 2001 FAQ: post-2001 facts for the offline reference pack',
  publisher: 'compiled for CICA Reference from 149 public web pages',
  asOf: { date: '2025-09', label: 'September 2025' },
} as const;
/** The edition is the latest month the sources cover. */
const EDITION = DATASET_SOURCE.asOf;

export const EXPECTED_ENTRIES = 33;

/**
 * Compiles the source document and the curated corpus into the pack's files,
 * as name -> exact text. Pure and deterministic: the same inputs give
 * byte-identical files. Throws with a message naming file, item and field.
 */
export function compilePack({
  source,
  dataset,
  corpus: corpusText,
  release,
  keyId,
}: PackInputs): Map<string, string> {
  const entries = parseFaq(source.toString('utf8'));
  if (entries.length !== EXPECTED_ENTRIES) {
    throw new Error(
      `${SOURCE_FILE}: found ${entries.length} questions, expected ${EXPECTED_ENTRIES}; has the source changed?`,
    );
  }
  const faq: FaqFile = { entries };
  const corpusFile = `resources/${CORPUS_FILE}`;
  const curated = parseJson(corpusText) as Record<string, unknown>;
  const since2001 = compileSince2001(curated?.since2001, dataset.toString('utf8'), corpusFile);
  const corpus = checkCorpus({ ...curated, since2001 }, entries, corpusFile);
  const docs = searchDocuments(entries, corpus, FAQ_SOURCE.asOf.label);
  const indexJson = JSON.stringify(buildSearchIndex(docs));

  const contents = new Map<string, string>([
    [PACK_FILES.faq, toJson(faq)],
    [PACK_FILES.corpus, toJson(corpus)],
    [PACK_FILES.searchDocs, toJson(docs)],
    [PACK_FILES.searchIndex, indexJson],
    // From the index as the app will read it back.
    [PACK_FILES.searchCompact, deriveCompactIndex(JSON.parse(indexJson), docs)],
  ]);
  const files: Manifest['files'] = {};
  for (const [name, text] of contents) {
    const bytes = Buffer.from(text, 'utf8');
    files[name] = { sha256: sha256(bytes), bytes: bytes.byteLength };
  }
  const pack: PackInfo = { ...release, keyId };
  const manifest: Manifest = {
    format: PACK_FORMAT,
    pack,
    version: sha256(
      Buffer.from(
        Object.values(files)
          .map((f) => f.sha256)
          .join(''),
      ),
    ).slice(0, 12),
    edition: EDITION,
    sources: {
      faq: { file: SOURCE_FILE, sha256: sha256(source), ...FAQ_SOURCE },
      since2001: { file: DATASET_FILE, sha256: sha256(dataset), ...DATASET_SOURCE },
    },
    lunrVersion: lunr.version,
    files,
  };
  contents.set(PACK_FILES.manifest, toJson(manifest));
  return contents;
}

/** Reads resources/pack-release.json, naming the file and field on any error. */
export function parseRelease(text: string): PackRelease {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`resources/${RELEASE_FILE}: is not valid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  const release = v.safeParse(PackReleaseSchema, json);
  if (!release.success) {
    const issue = release.issues[0];
    throw new Error(`resources/${RELEASE_FILE}: ${v.getDotPath(issue) ?? ''}: ${issue.message}`);
  }
  return release.output;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CorpusError(
      `resources/${CORPUS_FILE}: is not valid JSON (${(error as Error).message})`,
    );
  }
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
