import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PACK_FORMAT, type Manifest } from '../../../src/shared/pack/schema';
import { verifyPack, type PackResult } from '../../../src/shared/pack/verify';
import { packFiles } from '../../helpers/pack';

const hash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Verifies the real pack after `damage` has changed its files (name -> text, or delete). */
function verifyDamaged(damage: (files: Map<string, string>) => void): Promise<PackResult> {
  const files = new Map(packFiles());
  damage(files);
  const encoded = new Map([...files].map(([name, text]) => [name, Buffer.from(text, 'utf8')]));
  return verifyPack((name) => encoded.get(name), hash);
}

function editManifest(files: Map<string, string>, edit: (manifest: Manifest) => void): void {
  const manifest = JSON.parse(files.get('manifest.json')!);
  edit(manifest);
  files.set('manifest.json', JSON.stringify(manifest));
}

describe('verifyPack', () => {
  it('accepts the intact pack and returns its content', async () => {
    const result = await verifyDamaged(() => {});
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.faq.entries).toHaveLength(33);
  });

  it('accepts an asynchronous hasher (Web Crypto in the web edition)', async () => {
    const files = packFiles();
    const result = await verifyPack(
      (name) => (files.has(name) ? Buffer.from(files.get(name)!) : undefined),
      async (bytes) => hash(bytes),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses a content file with one altered byte, naming file and check', async () => {
    const result = await verifyDamaged((files) => {
      files.set('faq.json', files.get('faq.json')!.replace('Almaty', 'Almatx'));
    });
    expect(result).toEqual({
      ok: false,
      problem: {
        file: 'faq.json',
        check: 'sha256',
        message: 'faq.json: content does not match its sha256 in the manifest',
      },
    });
  });

  it('refuses a truncated file by its size', async () => {
    const result = await verifyDamaged((files) => {
      files.set('search-index.json', files.get('search-index.json')!.slice(0, 1000));
    });
    expect(!result.ok && result.problem).toMatchObject({
      file: 'search-index.json',
      check: 'size',
      message: expect.stringMatching(/^search-index\.json: is 1000 bytes, the manifest says \d+$/),
    });
  });

  it('refuses a pack with a missing file', async () => {
    const result = await verifyDamaged((files) => files.delete('faq.json'));
    expect(!result.ok && result.problem).toEqual({
      file: 'faq.json',
      check: 'missing',
      message: 'faq.json: file is missing',
    });
  });

  it('refuses a pack with no manifest', async () => {
    const result = await verifyDamaged((files) => files.delete('manifest.json'));
    expect(!result.ok && result.problem.message).toBe('manifest.json: file is missing');
  });

  it('refuses a manifest that is not JSON', async () => {
    const result = await verifyDamaged((files) => files.set('manifest.json', '{"format": 1,'));
    expect(!result.ok && result.problem).toMatchObject({ file: 'manifest.json', check: 'json' });
  });

  it('refuses an unknown format version', async () => {
    const result = await verifyDamaged((files) =>
      editManifest(files, (m) => (m.format = PACK_FORMAT + 1)),
    );
    expect(!result.ok && result.problem).toEqual({
      file: 'manifest.json',
      check: 'format',
      message: `manifest.json: unknown pack format ${PACK_FORMAT + 1} (this app reads format ${PACK_FORMAT})`,
    });
  });

  it('refuses a manifest with a malformed field, naming the field', async () => {
    const result = await verifyDamaged((files) =>
      editManifest(files, (m) => (m.files['faq.json'].sha256 = 'not-a-hash')),
    );
    expect(!result.ok && result.problem.message).toBe(
      'manifest.json: files.faq.json.sha256: must be a lowercase sha256 hex digest',
    );
  });

  it('refuses a manifest that does not list the content', async () => {
    const result = await verifyDamaged((files) =>
      editManifest(files, (m) => delete m.files['faq.json']),
    );
    expect(!result.ok && result.problem.message).toBe(
      'manifest.json: files: does not list faq.json',
    );
  });

  it('refuses content of the wrong shape even when its hash was updated to match', async () => {
    const result = await verifyDamaged((files) => {
      const faq = JSON.stringify({ entries: [{ id: 'x', question: '' }] });
      files.set('faq.json', faq);
      editManifest(files, (m) => {
        m.files['faq.json'] = { sha256: hash(Buffer.from(faq)), bytes: Buffer.byteLength(faq) };
      });
    });
    expect(!result.ok && result.problem).toMatchObject({ file: 'faq.json', check: 'schema' });
  });
});
