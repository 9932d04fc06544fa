import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/node/sha256';
import { PACK_FORMAT, type Manifest } from '../../../src/shared/pack/schema';
import { readFromMemory, verifyPack, type PackResult } from '../../../src/shared/pack/verify';
import { craftPack, packFiles } from '../../helpers/pack';

/** Verifies pack files given as bytes (name -> bytes). */
function verifyBytes(files: ReadonlyMap<string, Uint8Array>): Promise<PackResult> {
  return verifyPack(
    readFromMemory((name) => files.get(name)),
    sha256,
  );
}

const encode = (text: string) => new TextEncoder().encode(text);

/** The real pack with one content file replaced by `bytes`, its size and sha256 in the manifest made to match. */
function withContent(name: keyof Manifest['files'], bytes: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>([...packFiles()].map(([n, text]) => [n, encode(text)]));
  files.set(name, bytes);
  const manifest = JSON.parse(packFiles().get('manifest.json')!) as Manifest;
  manifest.files[name] = { sha256: sha256(bytes), bytes: bytes.byteLength };
  files.set('manifest.json', encode(JSON.stringify(manifest)));
  return files;
}

describe('verifyPack refuses, naming the file and the check', () => {
  it('a content file that is not JSON, though its sha256 matches', async () => {
    const result = await verifyBytes(withContent('corpus.json', encode('{"participants": [')));
    expect(!result.ok && result.problem).toEqual({
      file: 'corpus.json',
      check: 'json',
      message: expect.stringMatching(/^corpus\.json: is not valid JSON \(.+\)$/),
    });
  });

  it('a content file that is not UTF-8, rather than showing replacement characters', async () => {
    const faq = encode(packFiles().get('faq.json')!);
    const at = new TextDecoder().decode(faq).indexOf('Almaty') + 3; // an ASCII letter inside a string
    faq[at] = 0xff;
    const result = await verifyBytes(withContent('faq.json', faq));
    expect(!result.ok && result.problem).toEqual({
      file: 'faq.json',
      check: 'json',
      message: expect.stringMatching(/^faq\.json: is not valid JSON \(.*utf-8.*\)$/i),
    });
  });

  it('a manifest that is JSON null, by its format, without a crash', async () => {
    const files = new Map([...packFiles()].map(([n, text]) => [n, encode(text)]));
    files.set('manifest.json', encode('null'));
    const result = await verifyBytes(files);
    expect(!result.ok && result.problem).toEqual({
      file: 'manifest.json',
      check: 'format',
      message: `manifest.json: unknown pack format undefined (this app reads format ${PACK_FORMAT})`,
    });
  });

  it('search documents that break their schema, as a schema problem', async () => {
    const files = craftPack((pack) => pack.set('search-docs.json', '[{"id": "x"}]'));
    const result = await verifyBytes(new Map([...files].map(([n, text]) => [n, encode(text)])));
    expect(!result.ok && result.problem).toEqual({
      file: 'search-docs.json',
      check: 'schema',
      message: expect.stringMatching(/^search-docs\.json: 0\.section: /),
    });
  });
});
