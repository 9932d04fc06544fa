import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSignedDirectory } from '../../../src/node/pack-file';
import { sha256 } from '../../../src/node/sha256';
import { verifySignedPack } from '../../../src/shared/pack/signed';
import {
  readFromMemory,
  type PackResult,
  type ReadPackFile,
} from '../../../src/shared/pack/verify';
import { craftPack, editIndex, signedFiles, testTrust, writePack } from '../../helpers/pack';

/** The problem's check and message, or "ok". */
function outcome(result: PackResult): string {
  return result.ok ? 'ok' : `${result.problem.check}: ${result.problem.message}`;
}

/** The signed real pack, with `edit` done to its files (name -> bytes). */
function signedPack(edit: (files: Map<string, Uint8Array>) => void = () => {}) {
  const files = signedFiles();
  edit(files);
  return files;
}

const fromMemory = (files: ReadonlyMap<string, Uint8Array>): ReadPackFile =>
  readFromMemory((name) => files.get(name));

const text = (value: string) => new TextEncoder().encode(value);

describe('a signed pack’s signature, as read from a folder or from memory', () => {
  it('is refused when it is larger than a signature, saying what a signature is', async () => {
    const files = signedPack((f) => f.set('manifest.sig', new Uint8Array(65)));
    expect(outcome(await verifySignedPack(fromMemory(files), testTrust()))).toBe(
      'signature: manifest.sig: is 65 bytes; an Ed25519 signature is 64',
    );
  });

  it('is refused unread when it is a link in an installed pack’s folder', async () => {
    const dir = writePack(signedPack());
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'cica-elsewhere-')), 'manifest.sig');
    writeFileSync(elsewhere, signedFiles().get('manifest.sig')!);
    rmSync(join(dir, 'manifest.sig'));
    symlinkSync(elsewhere, join(dir, 'manifest.sig'));
    expect(outcome(await loadSignedDirectory(dir, testTrust()))).toBe(
      'read: manifest.sig: is a symbolic link, not a regular file',
    );
  });
});

describe('a manifest that is not an object is refused with a message, never a crash', () => {
  it.each(['null', '{}', '{"pack": null}', '[]', '"cica"'])('manifest.json = %s', async (json) => {
    const files = signedPack((f) => f.set('manifest.json', text(json)));
    expect(outcome(await verifySignedPack(fromMemory(files), testTrust()))).toBe(
      'key: manifest.json: does not name its signing key (pack.keyId)',
    );
  });
});

describe('a manifest swapped after its signature was checked', () => {
  it('is not read again: the files are checked against the signed manifest', async () => {
    // A forged answer with a manifest re-hashed to match it, served from the
    // second read of manifest.json on: what a folder changed mid-check would give.
    const forged = craftPack((files) =>
      files.set('faq.json', files.get('faq.json')!.replace('Almaty', 'Almatx')),
    );
    const forgedBytes = new Map([...forged].map(([name, value]) => [name, text(value)]));
    const signed = signedPack();
    let manifestReads = 0;
    const read: ReadPackFile = (name, maxBytes) => {
      if (name === 'manifest.json') manifestReads++;
      const swapped = name === 'faq.json' || (name === 'manifest.json' && manifestReads > 1);
      return fromMemory(swapped ? forgedBytes : signed)(name, maxBytes);
    };
    const trust = { ...testTrust(), sha256 };
    expect(outcome(await verifySignedPack(read, trust))).toBe(
      'sha256: faq.json: content does not match its sha256 in the manifest',
    );
    expect(manifestReads).toBe(1);
  });
});

describe('a signed pack’s manifest, read before its signature is checked', () => {
  it('is refused as missing when there is none', async () => {
    const files = signedPack((f) => f.delete('manifest.json'));
    expect(outcome(await verifySignedPack(fromMemory(files), testTrust()))).toBe(
      'missing: manifest.json: file is missing',
    );
  });

  it('is refused as not JSON when it is not', async () => {
    const files = signedPack((f) => f.set('manifest.json', text('{"pack": ')));
    expect(outcome(await verifySignedPack(fromMemory(files), testTrust()))).toBe(
      'json: manifest.json: is not valid JSON (Unexpected end of JSON input)',
    );
  });
});

describe('a signed pack’s scope', () => {
  it('is checked in full unless the caller asks for less', async () => {
    // search-index.json is read by the full checks only: a damaged one, re-hashed and signed.
    const files = signedFiles(
      craftPack((pack) => editIndex(pack, (index) => (index.version = '2.3.8' as never))),
    );
    const full = outcome(await verifySignedPack(fromMemory(files), testTrust()));
    expect(full).toBe(
      'schema: search-index.json: version: must be 2.3.9, the Lunr version this app reads',
    );
    expect(outcome(await verifySignedPack(fromMemory(files), testTrust(), 'run'))).toBe('ok');
  });
});
