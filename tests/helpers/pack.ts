import type { KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePack } from '../../build/pack/compile';
import { sha256 } from '../../src/node/sha256';
import { PACK_FILES, type Manifest } from '../../src/shared/pack/schema';
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
  const manifest = JSON.parse(files.get(PACK_FILES.manifest)!) as Manifest;
  for (const name of Object.keys(manifest.files) as (keyof Manifest['files'])[]) {
    const bytes = Buffer.from(files.get(name) ?? '', 'utf8');
    manifest.files[name] = { sha256: sha256(bytes), bytes: bytes.byteLength };
  }
  editManifest(manifest);
  files.set(PACK_FILES.manifest, JSON.stringify(manifest, null, 2));
  return files;
}

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
