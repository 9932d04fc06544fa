import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  MAX_ARCHIVE_BYTES,
  MAX_UNPACKED_BYTES,
  packArchive,
  unpackArchive,
} from '../../../src/shared/pack/archive';
import { MAX_FILE_BYTES } from '../../../src/shared/pack/schema';
import { verifyPackFile } from '../../../src/shared/pack/signed';
import { packFileBytes, signedFiles, testTrust } from '../../helpers/pack';
import { declareSize } from '../../helpers/zip';

/** The archive's refusal, or "ok" with the names it unpacked to. */
function unpacked(bytes: Uint8Array): string {
  const result = unpackArchive(bytes);
  return result.ok ? `ok: ${[...result.files.keys()].join(', ')}` : result.problem.message;
}

/** What unpacking the whole signed pack gives: its files, in the archive's (name) order. */
const ALL_FILES = `ok: ${[...signedFiles().keys()].sort().join(', ')}`;

describe('the archive’s limits, at their edges', () => {
  it('reads a pack file of exactly the largest size allowed, refusing only larger ones', () => {
    // Not a zip: past the size check, unzipping it fails; a real 512 MB buffer is not needed to show that.
    const largest = { byteLength: MAX_ARCHIVE_BYTES } as Uint8Array;
    expect(unpacked(largest)).toMatch(/^archive: is not a readable pack archive: damaged/);
  });

  it('unpacks entries declaring exactly the total a pack may unpack to, and refuses one byte more', () => {
    // Stored entries: fflate slices them as they are, whatever size they declare.
    const files = signedFiles();
    const others = [...files]
      .filter(([name]) => name !== 'corpus.json' && name !== 'faq.json')
      .reduce((sum, [, bytes]) => sum + bytes.byteLength, 0);
    const declaring = (faqBytes: number) =>
      declareSize(
        declareSize(packArchive(files), 'corpus.json', MAX_FILE_BYTES),
        'faq.json',
        faqBytes,
      );
    const fill = MAX_UNPACKED_BYTES - MAX_FILE_BYTES - others;
    expect(unpacked(declaring(fill))).toBe(ALL_FILES);
    expect(unpacked(declaring(fill + 1))).toBe(
      `archive: unpacks to more than ${MAX_UNPACKED_BYTES} bytes in all`,
    );
  });

  it('counts the last entry into the total: the first and last files at their largest are refused', () => {
    const bytes = declareSize(
      declareSize(packFileBytes(), 'corpus.json', MAX_FILE_BYTES),
      'search-index.json',
      MAX_FILE_BYTES,
    );
    expect(unpacked(bytes)).toBe(
      `archive: unpacks to more than ${MAX_UNPACKED_BYTES} bytes in all`,
    );
  });

  it('quotes a 60-character name whole, and longer ones cut at 60', () => {
    const name = 'x'.repeat(60);
    expect(unpacked(zipSync({ [name]: new Uint8Array([1]) }))).toMatch(
      new RegExp(`^archive: entry "${name}" is not a file of a pack`),
    );
    expect(unpacked(zipSync({ [`${name}y`]: new Uint8Array([1]) }))).toMatch(
      new RegExp(`^archive: entry "${name}…" is not a file of a pack`),
    );
  });
});

describe('nothing can hide in a pack file', () => {
  it('refuses bytes appended after the archive (zip readers skip them)', async () => {
    const good = packFileBytes();
    const hidden = new TextEncoder().encode('a payload no check would read');
    const bytes = new Uint8Array(good.byteLength + hidden.byteLength);
    bytes.set(good);
    bytes.set(hidden, good.byteLength);
    expect(unpacked(bytes)).toBe(ALL_FILES);
    const result = await verifyPackFile(bytes, testTrust());
    expect(!result.ok && result.problem.message).toBe(
      'archive: is not exactly the archive of its files: bytes outside them were changed after it was made',
    );
  });
});
