import type { KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePack } from '../../build/pack/compile';
import { sha256 } from '../../src/node/sha256';
import { PACK_FILES, type Manifest } from '../../src/shared/pack/schema';
import { deriveCompactIndex } from '../../src/shared/search/derive-compact';
import type { SerializedIndex } from '../../src/shared/pack/search-index';
import { nodeTrust, privateKeyFromPem } from '../../src/node/pack-crypto';
import { signPack } from '../../src/node/pack-sign';
import type { Corpus } from '../../src/shared/corpus/schema';
import { packArchive } from '../../src/shared/pack/archive';
import type { PackTrust } from '../../src/shared/pack/signed';
import { TEST_KEY_PEM_PATH, packInputs } from './source';

let compiled: Map<string, string> | undefined;

/** The pack compiled from the real source (once per test file). */
export function packFiles(): Map<string, string> {
  return (compiled ??= compilePack(packInputs()));
}

/** A folder (by default a fresh one) holding a copy of the real pack, for tests that damage it. */
export function writePackCopy(dir?: string): string {
  return writePack(packFiles(), dir);
}

/**
 * The real pack with `damage` done to its files and the manifest's sizes and
 * sha256 digests recomputed to match, as an attacker would: only the checks
 * beyond the manifest can catch what is wrong. `editManifest` then changes
 * the manifest itself (after the digests, so that its edits stay).
 */
export function craftPack(
  damage: (files: Map<string, string>) => void,
  editManifest: (manifest: Manifest) => void = () => {},
): Map<string, string> {
  const files = new Map(packFiles());
  damage(files);
  rederiveCompactIndex(files);
  const manifest = JSON.parse(files.get(PACK_FILES.manifest)!) as Manifest;
  for (const name of Object.keys(manifest.files) as (keyof Manifest['files'])[]) {
    const bytes = Buffer.from(files.get(name) ?? '', 'utf8');
    manifest.files[name] = { sha256: sha256(bytes), bytes: bytes.byteLength };
  }
  editManifest(manifest);
  files.set(PACK_FILES.manifest, JSON.stringify(manifest, null, 2));
  return files;
}

/**
 * The compact index derived again from the (damaged) Lunr index and
 * documents, as an attacker would, unless the damage was to the compact index
 * itself or the damaged files cannot be derived from.
 */
function rederiveCompactIndex(files: Map<string, string>): void {
  const compact = files.get(PACK_FILES.searchCompact);
  if (compact !== packFiles().get(PACK_FILES.searchCompact)) return;
  try {
    files.set(
      PACK_FILES.searchCompact,
      deriveCompactIndex(
        JSON.parse(files.get(PACK_FILES.searchIndex)!),
        JSON.parse(files.get(PACK_FILES.searchDocs)!),
      ),
    );
  } catch {
    // Nothing to derive from: the checks of the Lunr index or the documents refuse it first.
  }
}

/**
 * The compact index (search-compact.txt) with its first two terms swapped:
 * the same size, but out of order, so that looking a word up would miss it.
 */
export function swapFirstTerms(files: Map<string, string>): void {
  const lines = files.get(PACK_FILES.searchCompact)!.split('\n');
  // Line 0 is the header, line 1 the counts; the terms follow, one a line.
  [lines[2], lines[3]] = [lines[3]!, lines[2]!];
  files.set(PACK_FILES.searchCompact, lines.join('\n'));
}

export const SWAPPED_TERMS_PROBLEM =
  'search-compact.txt: terms: term 2 is empty, repeated or out of order';

/** Changes the parsed search index in place (for craftPack). */
export function editIndex(
  files: Map<string, string>,
  edit: (index: SerializedIndex) => void,
): void {
  const index = JSON.parse(files.get(PACK_FILES.searchIndex)!) as SerializedIndex;
  edit(index);
  files.set(PACK_FILES.searchIndex, JSON.stringify(index));
}

/** Writes pack files (name -> text or bytes) to a folder, a fresh one by default. */
export function writePack(
  files: ReadonlyMap<string, string | Uint8Array>,
  dir = mkdtempSync(join(tmpdir(), 'cica-pack-')),
): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return dir;
}

/** The committed test key (trusted by development builds and tests only). */
function testSigningKey(): KeyObject {
  return privateKeyFromPem(readFileSync(TEST_KEY_PEM_PATH, 'utf8'));
}

/** Pack files (name -> text) signed: the manifest names the key, manifest.sig signs it. */
export function signedFiles(
  files: ReadonlyMap<string, string> = packFiles(),
  key: KeyObject = testSigningKey(),
): Map<string, Uint8Array> {
  const encoder = new TextEncoder();
  return signPack(new Map([...files].map(([name, text]) => [name, encoder.encode(text)])), key);
}

/** A .cicapack of the given pack files (by default the real pack), signed by the test key. */
export function packFileBytes(
  files: ReadonlyMap<string, string> = packFiles(),
  key: KeyObject = testSigningKey(),
): Uint8Array {
  return packArchive(signedFiles(files, key));
}

/** The real pack as a later edition: one more event, its index rebuilt, edition and what's new changed. */
export function laterEdition(edition: number, extraEvents = 1): Map<string, string> {
  const inputs = packInputs();
  const corpus = JSON.parse(inputs.corpus) as Corpus;
  const template = corpus.events[0]!;
  for (let i = 1; i <= extraEvents; i++) {
    corpus.events.push({
      ...template,
      id: `test-event-${edition}-${i}`,
      title: `Test event ${i} of edition ${edition}`,
    });
  }
  return compilePack({
    ...inputs,
    corpus: JSON.stringify(corpus),
    release: {
      ...inputs.release,
      edition,
      whatsNew: `Edition ${edition}: ${extraEvents} more event${extraEvents === 1 ? '' : 's'}.`,
    },
  });
}

/** The trust the tests check packs against: the development build's keys, this app's version. */
export function testTrust(): PackTrust {
  return nodeTrust('development');
}
