import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/main';
import { TEST_KEY } from '../../src/node/trusted-keys';
import { signedFiles, writePack } from '../helpers/pack';
import { TEST_KEY_PEM_PATH } from '../helpers/source';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    now: () => new Date('2026-11-28T10:00:00Z'),
  });
  return { code, stdout, stderr };
}

/** A signed pack folder, as npm run build:pack writes resources/pack. */
const folder = writePack(signedFiles());
const dir = () => mkdtempSync(join(tmpdir(), 'cica-cli-pack-'));

describe('cica pack', () => {
  it('creates a pack file that verifies, with a one-line summary', async () => {
    const out = join(dir(), 'x.cicapack');
    const created = await cli('pack', 'create', folder, '--out', out, '--key', TEST_KEY_PEM_PATH);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toMatch(
      /^cica pack create: .*x\.cicapack: pack cica-reference edition 1 /,
    );
    const verified = await cli('pack', 'verify', out);
    expect(verified.code).toBe(0);
    expect(verified.stdout.trim().split('\n')).toHaveLength(1);
    expect(verified.stdout).toContain(
      `OK: pack cica-reference edition 1 (published 2026-11-28, sources up to September 2025, version `,
    );
    expect(verified.stdout).toContain(
      `key ${TEST_KEY.id} (${TEST_KEY.name}; a release build refuses it)`,
    );
    expect(verified.stdout).toContain(
      '7 files (manifest.json, manifest.sig, faq.json, corpus.json, search-docs.json, search-index.json, search-compact.txt)',
    );
    // The folder verifies too, and a release build's trust refuses the test key.
    expect((await cli('pack', 'verify', folder)).code).toBe(0);
    expect(await cli('pack', 'verify', out, '--release')).toMatchObject({
      code: 1,
      stderr: `cica pack verify: ${out}: FAILED key check: manifest.sig: signed by key ${TEST_KEY.id}, which this app does not trust\n`,
    });
  });

  it('fails verify, naming the check, when a byte is flipped or another key signed', async () => {
    const out = join(dir(), 'x.cicapack');
    await cli('pack', 'create', folder, '--out', out, '--key', TEST_KEY_PEM_PATH);
    const bytes = readFileSync(out);
    bytes[bytes.indexOf('First signed')]! ^= 1;
    writeFileSync(out, bytes);
    expect((await cli('pack', 'verify', out)).stderr).toContain(
      'FAILED signature check: manifest.sig: the signature does not match manifest.json',
    );

    const keys = dir();
    const made = await cli('pack', 'keygen', '--out', keys);
    const id = /key ([0-9a-f]{16})/.exec(made.stdout)![1]!;
    const other = join(dir(), 'other.cicapack');
    await cli(
      'pack',
      'create',
      folder,
      '--out',
      other,
      '--key',
      join(keys, 'cica-pack-key.private.pem'),
    );
    expect(await cli('pack', 'verify', other)).toMatchObject({
      code: 1,
      stderr: `cica pack verify: ${other}: FAILED key check: manifest.sig: signed by key ${id}, which this app does not trust\n`,
    });
    // Never over an existing key.
    expect((await cli('pack', 'keygen', '--out', keys)).code).toBe(1);
  });

  it('shows what a pack is', async () => {
    const out = join(dir(), 'x.cicapack');
    await cli('pack', 'create', folder, '--out', out, '--key', TEST_KEY_PEM_PATH);
    const { code, stdout } = await cli('pack', 'info', out);
    expect(code).toBe(0);
    expect(stdout).toContain('Pack:         cica-reference, edition 1\n');
    expect(stdout).toContain('Needs:        CICA Reference 0.1.0 or newer\n');
    expect(stdout).toMatch(/What's new: {3}First signed edition/);
  });

  it('signs nothing that fails its checks, and needs a key', async () => {
    const broken = writePack(signedFiles());
    writeFileSync(join(broken, 'faq.json'), '{}');
    const out = join(dir(), 'x.cicapack');
    const refused = await cli('pack', 'create', broken, '--out', out, '--key', TEST_KEY_PEM_PATH);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('FAILED size check: faq.json: is 2 bytes, the manifest says');
    expect(refused.stderr).toContain('nothing written');
    vi.stubEnv('CICA_PACK_SIGNING_KEY', '');
    const keyless = await cli('pack', 'create', folder, '--out', out);
    vi.unstubAllEnvs();
    expect(keyless).toMatchObject({
      code: 2,
      stderr:
        'cica pack create: no signing key: pass --key <private-key.pem> or set CICA_PACK_SIGNING_KEY\n',
    });
  });
});
