import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { newKeyPair, nodeTrust } from '../../../src/node/pack-crypto';
import { loadPackFile, loadSignedDirectory } from '../../../src/node/pack-file';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../build/pack/compile';
import { sha256 } from '../../../src/node/sha256';
import { TEST_KEY } from '../../../src/node/trusted-keys';
import { ROOT, packInputs } from '../../helpers/source';

describe('compilePack', () => {
  const files = compilePack(packInputs());
  const manifest = JSON.parse(files.get('manifest.json')!);

  it('writes the content, the search index and a manifest', () => {
    expect([...files.keys()].sort()).toEqual([
      'corpus.json',
      'faq.json',
      'manifest.json',
      'search-compact.txt',
      'search-docs.json',
      'search-index.json',
    ]);
    expect(JSON.parse(files.get('faq.json')!).entries).toHaveLength(33);
  });

  it('records format, edition, source hash and each file’s sha256 and size', () => {
    expect(manifest.format).toBe(4);
    expect(manifest.pack).toEqual({
      id: 'cica-reference',
      edition: 1,
      published: '2026-11-28',
      minAppVersion: '0.1.0',
      keyId: TEST_KEY.id,
      whatsNew: expect.stringMatching(/^First signed edition/),
    });
    expect(manifest.edition).toEqual({ date: '2025-09', label: 'September 2025' });
    expect(manifest.sources.faq).toMatchObject({
      file: 'cica-faq-2001.txt',
      sha256: '3fde3a6fc68adf00cd3562effabb5e27de9184b0884741675e74acd5a724950d',
      asOf: { date: '2001-09', label: 'September 2001' },
    });
    expect(manifest.sources.since2001).toMatchObject({
      file: 'cica-since-2001.json',
      sha256: '2c61e2e6c6741183931705e1fdd7afd6535cb1e20f9fa586f8281387ec873628',
      asOf: { date: '2025-09', label: 'September 2025' },
    });
    expect(manifest.lunrVersion).toBe(lunr.version);
    for (const name of [
      'faq.json',
      'corpus.json',
      'search-docs.json',
      'search-index.json',
      'search-compact.txt',
    ]) {
      const bytes = Buffer.from(files.get(name)!, 'utf8');
      expect(manifest.files[name]).toEqual({ sha256: sha256(bytes), bytes: bytes.byteLength });
    }
  });

  it('builds a Lunr index that loads and finds entries', () => {
    const index = lunr.Index.load(JSON.parse(files.get('search-index.json')!));
    const hits = index.query((q) => {
      q.term('contact', {});
      q.term('group', {});
    });
    expect(hits[0]?.ref).toBe('cg');
    expect(hits.map((h) => h.ref)).toContain('when-the-contact-group-was-created/1');
  });

  it('is deterministic in memory', () => {
    expect(compilePack(packInputs())).toEqual(files);
  });

  it('refuses a source whose questions do not add up to 33', () => {
    const source = Buffer.from('What is the CICA?\nA conference.\n');
    expect(() => compilePack({ ...packInputs(), source })).toThrow(
      /found 1 questions, expected 33/,
    );
  });
});

describe('npm run build:pack', () => {
  // Each run spawns the whole pack build (the compact index included): minutes on a busy machine.
  it('gives byte-identical files, folder and pack file, when run twice', () => {
    const runs = [0, 1].map(() => {
      const out = mkdtempSync(join(tmpdir(), 'cica-build-pack-'));
      execFileSync('npx', ['tsx', 'build/pack/main.ts', join(out, 'pack'), out], {
        cwd: ROOT,
        stdio: 'pipe',
        env: { ...process.env, CICA_PACK_SIGNING_KEY: '' },
      });
      const dir = join(out, 'pack');
      const files = new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
      return { files, packFile: readFileSync(join(out, 'cica-1.cicapack')) };
    });
    expect([...runs[0]!.files.keys()].sort()).toEqual([
      'corpus.json',
      'faq.json',
      'manifest.json',
      'manifest.sig',
      'search-compact.txt',
      'search-docs.json',
      'search-index.json',
    ]);
    expect(runs[1]).toEqual(runs[0]);
  }, 120_000);

  it('signs with the key in CICA_PACK_SIGNING_KEY, never the test key, when it is set', async () => {
    const { privatePem, entry } = newKeyPair('release key of this test');
    const out = mkdtempSync(join(tmpdir(), 'cica-build-pack-'));
    const stdout = execFileSync('npx', ['tsx', 'build/pack/main.ts', join(out, 'pack'), out], {
      cwd: ROOT,
      env: { ...process.env, CICA_PACK_SIGNING_KEY: privatePem },
      encoding: 'utf8',
    });
    expect(stdout).toContain(`signed by CICA_PACK_SIGNING_KEY (key ${entry.id})`);
    const file = join(out, 'cica-1.cicapack');
    const withReleaseKey = await loadPackFile(file, nodeTrust('release', [entry]));
    expect(withReleaseKey.ok && withReleaseKey.pack.manifest.pack.keyId).toBe(entry.id);
    // The folder carries the same signature, checked against the same key.
    const folder = await loadSignedDirectory(join(out, 'pack'), nodeTrust('release', [entry]));
    expect(folder.ok).toBe(true);
    // Not signed by the test key: a development build, which trusts only that one here, refuses it.
    const withTestKey = await loadPackFile(file, nodeTrust('development', [TEST_KEY]));
    expect(!withTestKey.ok && withTestKey.problem.message).toBe(
      `manifest.sig: signed by key ${entry.id}, which this app does not trust`,
    );
  }, 120_000);

  it('refuses a signing key that is not Ed25519, writing nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'cica-build-pack-'));
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() =>
      execFileSync('npx', ['tsx', 'build/pack/main.ts', join(out, 'pack'), out], {
        cwd: ROOT,
        env: { ...process.env, CICA_PACK_SIGNING_KEY: pem },
        stdio: 'pipe',
      }),
    ).toThrow(
      /CICA_PACK_SIGNING_KEY: not a usable Ed25519 private key \(the key is ec, not Ed25519\)/,
    );
    expect(readdirSync(out)).toEqual([]);
  }, 120_000);
});
