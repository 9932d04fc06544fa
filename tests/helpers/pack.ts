import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePack } from '../../build/pack/compile';
import { sha256 } from '../../src/node/sha256';
import { PACK_FILES, type Manifest } from '../../src/shared/pack/schema';
import type { SerializedIndex } from '../../src/shared/pack/search-index';
import { packInputs } from './source';

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

/** Writes pack files (name -> text) to a folder, a fresh one by default. */
export function writePack(
  files: ReadonlyMap<string, string>,
  dir = mkdtempSync(join(tmpdir(), 'cica-pack-')),
): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return dir;
}
