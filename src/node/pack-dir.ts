import { join } from 'node:path';
import { isPlainFileName } from '../shared/pack/schema';
import {
  verifyPack,
  type PackResult,
  type ReadPackFile,
  type VerifyScope,
} from '../shared/pack/verify';
import { describeRefusal, readRegularFile } from './read-file';
import { sha256 } from './sha256';

/**
 * Verifies and loads the pack in a folder (used by the main process and the
 * CLI), checked in full or as far as the app reads it (VerifyScope). Only
 * plain names are opened, as regular files, never through a link, and never
 * read past the size the manifest declares. Never throws.
 */
export async function loadPackDirectory(
  dir: string,
  scope: VerifyScope = 'full',
): Promise<PackResult> {
  return verifyPack(packDirectoryReader(dir), sha256, scope);
}

/** Reads pack files from a folder: plain names only, regular files only, capped. */
export function packDirectoryReader(dir: string): ReadPackFile {
  return (name, maxBytes) => {
    // The manifest schema already allows only the pack's own names; this
    // keeps the folder closed even to a caller that skipped it.
    if (!isPlainFileName(name))
      return { ok: false, reason: 'unreadable', detail: 'is not a plain file name' };
    const outcome = readRegularFile(join(dir, name), maxBytes);
    if (outcome.ok) return outcome;
    if (outcome.reason === 'missing') return outcome;
    if (outcome.reason === 'too-large') return outcome;
    return { ok: false, reason: 'unreadable', detail: describeRefusal(outcome, maxBytes) };
  };
}
