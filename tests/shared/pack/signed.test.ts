import { Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { newKeyPair, nodeTrust, privateKeyFromPem } from '../../../src/node/pack-crypto';
import {
  MAX_ARCHIVE_BYTES,
  MAX_UNPACKED_BYTES,
  unpackArchive,
} from '../../../src/shared/pack/archive';
import { TEST_KEY } from '../../../src/node/trusted-keys';
import {
  MAX_FILE_BYTES,
  PACK_FILES,
  PACK_FORMAT,
  type Manifest,
} from '../../../src/shared/pack/schema';
import { verifyPackFile } from '../../../src/shared/pack/signed';
import type { PackResult } from '../../../src/shared/pack/verify';
import { craftPack, packFileBytes, signedFiles, testTrust } from '../../helpers/pack';
import { declareSize } from '../../helpers/zip';

const check = (bytes: Uint8Array) => verifyPackFile(bytes, testTrust());

/** The problem's message, or "ok". */
function outcome(result: PackResult): string {
  return result.ok ? 'ok' : `${result.problem.check}: ${result.problem.message}`;
}

/** A zip written entry by entry with fflate's streaming writer: duplicate names and link entries allowed. */
function zipEntries(entries: [name: string, bytes: Uint8Array, attrs?: number][]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes, attrs] of entries) {
    const entry = attrs === undefined ? new ZipDeflate(name) : new ZipPassThrough(name);
    if (attrs !== undefined) Object.assign(entry, { os: 3, attrs });
    zip.add(entry);
    entry.push(bytes, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

/** The signed real pack's entries, with `edit` done to the list. */
function realEntries(
  edit: (entries: [string, Uint8Array, number?][]) => void = () => {},
): Uint8Array {
  const entries: [string, Uint8Array, number?][] = [...signedFiles()];
  edit(entries);
  return zipEntries(entries);
}

describe('a pack file (.cicapack)', () => {
  it('is accepted when signed by a trusted key and every check passes', async () => {
    const result = await check(packFileBytes());
    expect(outcome(result)).toBe('ok');
    expect(result.ok && result.pack.manifest.pack.keyId).toBe(TEST_KEY.id);
  });

  it('is refused when unsigned', async () => {
    const bytes = realEntries((entries) =>
      entries.splice(
        entries.findIndex(([n]) => n === 'manifest.sig'),
        1,
      ),
    );
    expect(outcome(await check(bytes))).toBe(
      'signature: manifest.sig: the pack is not signed (no manifest.sig)',
    );
  });

  it('is refused when signed by a key the app does not trust', async () => {
    const stranger = newKeyPair('a stranger');
    const bytes = packFileBytes(undefined, privateKeyFromPem(stranger.privatePem));
    expect(outcome(await check(bytes))).toBe(
      `key: manifest.sig: signed by key ${stranger.entry.id}, which this app does not trust`,
    );
  });

  it('is refused when the signature does not match the manifest', async () => {
    const bytes = realEntries((entries) => {
      const manifest = entries.find(([n]) => n === 'manifest.json')!;
      // One letter of what's new changed after signing: same length, same schema.
      manifest[1] = new TextEncoder().encode(
        new TextDecoder().decode(manifest[1]).replace('First signed', 'First signeD'),
      );
    });
    expect(outcome(await check(bytes))).toBe(
      `signature: manifest.sig: the signature does not match manifest.json for key ${TEST_KEY.id} (${TEST_KEY.name})`,
    );
  });

  it('is refused when the manifest names no signing key', async () => {
    const bytes = realEntries((entries) => {
      const manifest = entries.find(([n]) => n === 'manifest.json')!;
      const json = JSON.parse(new TextDecoder().decode(manifest[1]));
      delete json.pack.keyId;
      manifest[1] = new TextEncoder().encode(JSON.stringify(json));
    });
    expect(outcome(await check(bytes))).toBe(
      'key: manifest.json: does not name its signing key (pack.keyId)',
    );
  });

  it('is refused, saying why, where Ed25519 cannot be checked (a browser without it)', async () => {
    const trust = {
      ...testTrust(),
      verifySignature: async () => {
        throw new Error('Unrecognized name.');
      },
    };
    expect(outcome(await verifyPackFile(packFileBytes(), trust))).toBe(
      'signature: manifest.sig: the signature cannot be checked here (Unrecognized name.), so the pack is not used',
    );
  });

  it('is refused when the signature is not 64 bytes', async () => {
    const bytes = realEntries((entries) => {
      const signature = entries.find(([n]) => n === 'manifest.sig')!;
      signature[1] = signature[1].subarray(0, 63);
    });
    expect(outcome(await check(bytes))).toBe(
      'signature: manifest.sig: is 63 bytes; an Ed25519 signature is 64',
    );
  });

  it('is refused when a file was altered after signing (a content file, same size)', async () => {
    const bytes = realEntries((entries) => {
      const faq = entries.find(([n]) => n === 'faq.json')!;
      faq[1] = new TextEncoder().encode(
        new TextDecoder().decode(faq[1]).replace('Almaty', 'Almatx'),
      );
    });
    expect(outcome(await check(bytes))).toBe(
      'sha256: faq.json: content does not match its sha256 in the manifest',
    );
  });

  it('is refused when any single byte of the file is flipped', async () => {
    const good = packFileBytes();
    // Every byte of the first local header and of the central directory at the
    // end, every byte of the signature, every 50th of the manifest, and every
    // 1999th byte between (the files' data). A flip no check reads costs a
    // whole verification, so the data is sampled, not swept.
    const positions = new Set<number>();
    const addEvery = (from: number, to: number, step: number) => {
      for (let at = from; at < to; at += step) positions.add(at);
    };
    addEvery(0, 100, 1);
    addEvery(good.length - 600, good.length, 1);
    addEvery(100, good.length, 1999);
    for (const [name, step] of [
      [PACK_FILES.signature, 1],
      [PACK_FILES.manifest, 50],
    ] as const) {
      const data = signedFiles().get(name)!;
      const start = Buffer.from(good).indexOf(data);
      expect(start).toBeGreaterThan(0);
      addEvery(start, start + data.byteLength, step);
    }
    const checks = new Set<string>();
    for (const at of positions) {
      const bad = new Uint8Array(good);
      bad[at]! ^= 0x01;
      const result = await check(bad);
      expect(result.ok, `byte ${at}`).toBe(false);
      if (!result.ok) checks.add(result.problem.check);
    }
    // Each refusal names its check; header bytes that no check reads are caught as changed bytes.
    // Which checks a flipped byte reaches depends on where the pack's bytes fall; each is one of these.
    expect(
      [...checks].every((c) =>
        ['archive', 'json', 'key', 'missing', 'sha256', 'signature', 'size'].includes(c),
      ),
    ).toBe(true);
    expect([...checks]).toEqual(expect.arrayContaining(['archive', 'sha256', 'signature']));
  }, 60_000);

  it('is refused when truncated', async () => {
    const good = packFileBytes();
    expect(outcome(await check(good.subarray(0, good.length - 100)))).toMatch(
      /^archive: archive: is not a readable pack archive: damaged or truncated \(.+\)$/,
    );
    expect(outcome(await check(good.subarray(0, 10)))).toMatch(
      /^archive: archive: is not a readable pack archive/,
    );
  });

  it('is refused when a file is missing', async () => {
    const bytes = realEntries((entries) =>
      entries.splice(
        entries.findIndex(([n]) => n === 'corpus.json'),
        1,
      ),
    );
    expect(outcome(await check(bytes))).toBe('missing: corpus.json: file is missing');
  });

  it('is refused when it holds an extra file', async () => {
    const bytes = realEntries((entries) => entries.push(['notes.txt', new Uint8Array([1])]));
    expect(outcome(await check(bytes))).toBe(
      'archive: archive: entry "notes.txt" is not a file of a pack (a pack holds manifest.json, manifest.sig, faq.json, corpus.json, search-docs.json, search-index.json, search-compact.txt)',
    );
  });

  it.each([
    ['../faq.json', 'archive: archive: entry "../faq.json" climbs out of the pack ("..")'],
    ['docs/../../x', 'archive: archive: entry "docs/../../x" climbs out of the pack ("..")'],
    ['/etc/passwd', 'archive: archive: entry "/etc/passwd" is an absolute path'],
    ['\\Windows\\x.json', 'archive: archive: entry "\\\\Windows\\\\x.json" is an absolute path'],
    ['C:/x.json', 'archive: archive: entry "C:/x.json" is an absolute path'],
    ['pack/', 'archive: archive: entry "pack/" is a folder; a pack holds files only'],
    [
      'pack/faq.json',
      'archive: archive: entry "pack/faq.json" is not a file of a pack (a pack holds manifest.json, manifest.sig, faq.json, corpus.json, search-docs.json, search-index.json, search-compact.txt)',
    ],
  ])('is refused when an entry is named %j', async (name, message) => {
    const bytes = realEntries((entries) => entries.unshift([name, new Uint8Array([1])]));
    expect(outcome(await check(bytes))).toBe(message);
  });

  it('is refused when a name appears twice', async () => {
    const bytes = realEntries((entries) => {
      const faq = entries.find(([n]) => n === 'faq.json')!;
      entries.push(['faq.json', faq[1]]);
    });
    expect(outcome(await check(bytes))).toBe('archive: archive: entry "faq.json" appears twice');
  });

  it('never makes a link of a link entry: its content, the link’s target, fails the sha256 check', async () => {
    // fflate does not report an entry's type, so a symbolic link entry (Unix
    // mode 120777) cannot be named as such; it is read as a file holding its
    // target's path, and that can never match the manifest's sha256.
    const link = 0o120777 << 16;
    const bytes = realEntries((entries) => {
      const index = entries.findIndex(([n]) => n === 'search-docs.json');
      entries[index] = ['search-docs.json', new TextEncoder().encode('/etc/passwd'), link];
    });
    expect(outcome(await check(bytes))).toMatch(
      /^size: search-docs\.json: is 11 bytes, the manifest says \d+$/,
    );
  });

  it('is refused, before inflating anything, when an entry declares more than a pack file may have', async () => {
    const bomb = declareSize(packFileBytes(), 'search-index.json', MAX_FILE_BYTES + 1);
    expect(outcome(await check(bomb))).toBe(
      `archive: archive: entry "search-index.json" unpacks to ${MAX_FILE_BYTES + 1} bytes, more than the ${MAX_FILE_BYTES} it may have`,
    );
    const manifest = declareSize(packFileBytes(), 'manifest.json', 70_000);
    expect(outcome(await check(manifest))).toBe(
      'archive: archive: entry "manifest.json" unpacks to 70000 bytes, more than the 65536 it may have',
    );
  });

  it('is refused when its entries together unpack to more than a pack may have', async () => {
    let bomb = packFileBytes();
    for (const name of ['corpus.json', 'faq.json', 'search-docs.json']) {
      bomb = declareSize(bomb, name, MAX_FILE_BYTES);
    }
    expect(outcome(await check(bomb))).toBe(
      `archive: archive: unpacks to more than ${MAX_UNPACKED_BYTES} bytes in all`,
    );
  });

  it('is refused when a byte no other check reads was changed (a header’s time stamp)', async () => {
    const bad = new Uint8Array(packFileBytes());
    bad[10]! ^= 0x01; // the first local header's modification time
    expect(outcome(await check(bad))).toBe(
      'archive: archive: is not exactly the archive of its files: bytes outside them were changed after it was made',
    );
  });

  it('cannot grow past the size an entry declares: a smaller declared size fails the size check', async () => {
    // A deflated entry (the app's own writer stores them): inflated into exactly 1000 bytes.
    const lying = declareSize(realEntries(), 'corpus.json', 1000);
    expect(outcome(await check(lying))).toMatch(
      /^size: corpus\.json: is 1000 bytes, the manifest says \d+$/,
    );
  });

  it('is refused unread when the whole file is larger than a pack may be', () => {
    const huge = { byteLength: MAX_ARCHIVE_BYTES + 1 } as Uint8Array;
    const result = unpackArchive(huge);
    expect(!result.ok && result.problem.message).toBe(
      `archive: is ${MAX_ARCHIVE_BYTES + 1} bytes, more than the ${MAX_ARCHIVE_BYTES} a pack file may have`,
    );
  });

  it('is refused when an entry uses a compression method fflate does not read', async () => {
    const zip = zipSync({ 'manifest.json': [new Uint8Array([1]), { level: 0 }] });
    const view = new DataView(zip.buffer);
    for (let at = 0; at + 4 < zip.length; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x02014b50) view.setUint16(at + 10, 14, true); // central directory: LZMA
    }
    expect(outcome(await check(zip))).toBe(
      'archive: archive: entry "manifest.json" uses compression method 14; only stored and deflate are read',
    );
  });

  it('is refused when its format version is unknown', async () => {
    const files = craftPack(
      () => {},
      (manifest) => ((manifest as { format: number }).format = PACK_FORMAT + 1),
    );
    expect(outcome(await check(packFileBytes(files)))).toBe(
      `format: manifest.json: unknown pack format ${PACK_FORMAT + 1} (this app reads format ${PACK_FORMAT})`,
    );
  });

  it('is refused when it needs a newer app, before its format or schema is read', async () => {
    const files = craftPack(
      () => {},
      (manifest) => {
        manifest.pack.minAppVersion = '0.2.0';
        (manifest as { format: number }).format = 4;
      },
    );
    expect(outcome(await check(packFileBytes(files)))).toBe(
      'app-version: manifest.json: this pack needs CICA Reference 0.2.0 or newer; this is 0.1.0',
    );
    const equal = craftPack(
      () => {},
      (manifest) => (manifest.pack.minAppVersion = '0.1.0'),
    );
    expect(outcome(await check(packFileBytes(equal)))).toBe('ok');
  });

  it.each<[string, (manifest: Manifest) => void, string]>([
    [
      'an empty what’s new',
      (m) => (m.pack.whatsNew = ''),
      'schema: manifest.json: pack.whatsNew: must not be empty',
    ],
    [
      'another pack id',
      (m) => ((m.pack as { id: string }).id = 'kiwix'),
      'schema: manifest.json: pack.id: must be "cica-reference"',
    ],
    [
      'edition 0',
      (m) => (m.pack.edition = 0),
      'schema: manifest.json: pack.edition: Invalid value: Expected >=1 but received 0',
    ],
    [
      'a date that is not one',
      (m) => (m.pack.published = '2026-13-45'),
      'schema: manifest.json: pack.published: must be a date YYYY-MM-DD',
    ],
    [
      'an unknown field',
      (m) => Object.assign(m.pack, { extra: 1 }),
      'schema: manifest.json: pack.extra: Invalid key: Expected never but received "extra"',
    ],
  ])('is refused when the manifest has %s (schema)', async (_what, edit, message) => {
    expect(outcome(await check(packFileBytes(craftPack(() => {}, edit))))).toBe(message);
  });

  it('is refused when a content file breaks its schema, hashes and signature made to match', async () => {
    const files = craftPack((pack) => {
      const corpus = JSON.parse(pack.get('corpus.json')!);
      corpus.participants[0].kind = 'empire';
      pack.set('corpus.json', JSON.stringify(corpus));
    });
    expect(outcome(await check(packFileBytes(files)))).toMatch(
      /^schema: corpus\.json: participants\.0\.kind: /,
    );
  });

  it('is refused by a release build when signed by the test key', async () => {
    expect(outcome(await verifyPackFile(packFileBytes(), nodeTrust('release')))).toBe(
      `key: manifest.sig: signed by key ${TEST_KEY.id}, which this app does not trust`,
    );
  });
});

describe('archive messages', () => {
  it('quote at most 60 characters of a name a damaged directory holds', () => {
    const bytes = zipEntries([['x'.repeat(500), new Uint8Array([1])]]);
    const result = unpackArchive(bytes);
    expect(!result.ok && result.problem.message).toBe(
      `archive: entry "${'x'.repeat(60)}…" is not a file of a pack (a pack holds manifest.json, manifest.sig, faq.json, corpus.json, search-docs.json, search-index.json, search-compact.txt)`,
    );
  });
});
