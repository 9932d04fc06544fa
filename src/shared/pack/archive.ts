import { unzipSync, zipSync, type UnzipFileInfo } from 'fflate';
import {
  CONTENT_FILES,
  MAX_FILE_BYTES,
  MAX_MANIFEST_BYTES,
  PACK_FILES,
  SIGNATURE_BYTES,
} from './schema';
import type { PackProblem } from './verify';
import { MAX_ARCHIVE_BYTES } from './limits';

/** The only entries a pack file may hold, each with the most it may unpack to. */
const ENTRY_LIMITS: ReadonlyMap<string, number> = new Map([
  [PACK_FILES.manifest, MAX_MANIFEST_BYTES],
  [PACK_FILES.signature, SIGNATURE_BYTES],
  ...CONTENT_FILES.map((name) => [name, MAX_FILE_BYTES] as const),
]);

export { MAX_ARCHIVE_BYTES };
/** Nothing a pack file unpacks to may be larger in all. */
export const MAX_UNPACKED_BYTES = MAX_ARCHIVE_BYTES;

export type Unpacked =
  { ok: true; files: Map<string, Uint8Array> } | { ok: false; problem: PackProblem };

class Refusal extends Error {}

/** How archive problems are named: the pack file as a whole. */
const ARCHIVE = 'archive';

/**
 * Unpacks a .cicapack (a zip, read by fflate) into memory, checking every
 * entry from the archive's directory before a byte of it is inflated: a plain
 * name of the pack's own (no folders, "..", absolute paths or names the pack
 * does not have), each once, no larger than that file may be, nothing beyond
 * the total; fflate then inflates each into a buffer of exactly the declared
 * size, so a lying size cannot grow it (the sha256 check then fails).
 * Nothing is written anywhere.
 */
export function unpackArchive(bytes: Uint8Array): Unpacked {
  const refuse = (message: string): Unpacked => ({
    ok: false,
    problem: { file: ARCHIVE, check: 'archive', message: `${ARCHIVE}: ${message}` },
  });
  if (bytes.byteLength > MAX_ARCHIVE_BYTES) {
    return refuse(
      `is ${bytes.byteLength} bytes, more than the ${MAX_ARCHIVE_BYTES} a pack file may have`,
    );
  }
  const seen = new Set<string>();
  let total = 0;
  const check = (entry: UnzipFileInfo): boolean => {
    const problem = entryProblem(entry, seen, total);
    if (problem) throw new Refusal(problem);
    seen.add(entry.name);
    total += entry.originalSize;
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: check });
  } catch (error) {
    if (error instanceof Refusal) return refuse(error.message);
    return refuse(
      `is not a readable pack archive: damaged or truncated (${(error as Error).message})`,
    );
  }
  return { ok: true, files: new Map(Object.entries(files)) };
}

function entryProblem(entry: UnzipFileInfo, seen: Set<string>, total: number): string | undefined {
  const name = entry.name;
  // A crafted or damaged directory can hold any name: quote at most 60 characters of it.
  const quoted = JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
  if (/^([/\\]|[A-Za-z]:)/.test(name)) return `entry ${quoted} is an absolute path`;
  if (name.split(/[/\\]/).includes('..')) return `entry ${quoted} climbs out of the pack ("..")`;
  if (/[/\\]$/.test(name)) return `entry ${quoted} is a folder; a pack holds files only`;
  const limit = ENTRY_LIMITS.get(name);
  if (limit === undefined) {
    return `entry ${quoted} is not a file of a pack (a pack holds ${[...ENTRY_LIMITS.keys()].join(', ')})`;
  }
  if (seen.has(name)) return `entry ${quoted} appears twice`;
  if (entry.compression !== 0 && entry.compression !== 8) {
    return `entry ${quoted} uses compression method ${entry.compression}; only stored and deflate are read`;
  }
  if (entry.originalSize > limit) {
    return `entry ${quoted} unpacks to ${entry.originalSize} bytes, more than the ${limit} it may have`;
  }
  if (total + entry.originalSize > MAX_UNPACKED_BYTES) {
    return `unpacks to more than ${MAX_UNPACKED_BYTES} bytes in all`;
  }
  return undefined;
}

/**
 * Packs files into a .cicapack: entries stored (not compressed), in name
 * order, with a fixed time, so the archive is a function of its files alone.
 * That lets a reader insist on it byte for byte (isCanonical): no byte of a
 * pack file can change unnoticed, not even in the archive's own headers,
 * whatever zip library version made it.
 */
export function packArchive(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  // A local date: zip stores local time, so this gives the same bytes in any time zone.
  const mtime = new Date(2000, 0, 1);
  for (const name of [...files.keys()].sort())
    entries[name] = [files.get(name)!, { level: 0, mtime }];
  return zipSync(entries);
}

/** Whether a pack file is exactly the archive packArchive makes of what it unpacked to. */
export function isCanonical(bytes: Uint8Array, files: ReadonlyMap<string, Uint8Array>): boolean {
  const expected = packArchive(files);
  return expected.byteLength === bytes.byteLength && expected.every((byte, i) => byte === bytes[i]);
}
