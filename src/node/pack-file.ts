import { basename } from 'node:path';
import { MAX_ARCHIVE_BYTES } from '../shared/pack/archive';
import { verifyPackFile, verifySignedPack, type PackTrust } from '../shared/pack/signed';
import { verifyPack, type PackResult, type VerifyScope } from '../shared/pack/verify';
import { packDirectoryReader } from './pack-dir';
import { describeRefusal, readRegularFile } from './read-file';
import { sha256 } from './sha256';

/** A .cicapack's bytes: a regular file (never through a link) no larger than a pack may be. */
export function readPackFileBytes(
  path: string,
): { ok: true; bytes: Uint8Array } | { ok: false; result: Extract<PackResult, { ok: false }> } {
  const read = readRegularFile(path, MAX_ARCHIVE_BYTES);
  if (read.ok) return read;
  const name = basename(path);
  return {
    ok: false,
    result: {
      ok: false,
      problem: {
        file: name,
        check:
          read.reason === 'missing' ? 'missing' : read.reason === 'too-large' ? 'size' : 'read',
        message: `${name}: ${describeRefusal(read, MAX_ARCHIVE_BYTES)}`,
      },
    },
  };
}

/** Reads and checks a .cicapack file on disk: the archive, the signature, then every pack check. */
export async function loadPackFile(path: string, trust: PackTrust): Promise<PackResult> {
  const read = readPackFileBytes(path);
  if (!read.ok) return read.result;
  return verifyPackFile(read.bytes, trust);
}

/** Checks a signed pack folder (an installed pack): the signature, then the pack checks of `scope`. */
export function loadSignedDirectory(
  dir: string,
  trust: PackTrust,
  scope: VerifyScope = 'full',
): Promise<PackResult> {
  return verifySignedPack(packDirectoryReader(dir), trust, scope);
}

/**
 * The files of a pack folder that passes every check (the signature aside),
 * as the very bytes that were checked, ready to be signed.
 */
export async function readVerifiedFolder(
  dir: string,
): Promise<
  | { ok: true; files: Map<string, Uint8Array> }
  | { ok: false; result: Extract<PackResult, { ok: false }> }
> {
  const read = packDirectoryReader(dir);
  const files = new Map<string, Uint8Array>();
  const result = await verifyPack((name, maxBytes) => {
    const outcome = read(name, maxBytes);
    if (outcome.ok) files.set(name, outcome.bytes);
    return outcome;
  }, sha256);
  return result.ok ? { ok: true, files } : { ok: false, result };
}
