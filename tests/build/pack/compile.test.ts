import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../build/pack/compile';
import { sha256 } from '../../../src/node/sha256';
import { ROOT, packInputs } from '../../helpers/source';

describe('compilePack', () => {
  const files = compilePack(packInputs());
  const manifest = JSON.parse(files.get('manifest.json')!);

  it('writes the content, the search index and a manifest', () => {
    expect([...files.keys()].sort()).toEqual([
      'corpus.json',
      'faq.json',
      'manifest.json',
      'search-docs.json',
      'search-index.json',
    ]);
    expect(JSON.parse(files.get('faq.json')!).entries).toHaveLength(33);
  });

  it('records format, edition, source hash and each file’s sha256 and size', () => {
    expect(manifest.format).toBe(2);
    expect(manifest.edition).toEqual({ date: '2001-09', label: 'September 2001' });
    expect(manifest.source.sha256).toBe(
      '3fde3a6fc68adf00cd3562effabb5e27de9184b0884741675e74acd5a724950d',
    );
    expect(manifest.lunrVersion).toBe(lunr.version);
    for (const name of ['faq.json', 'corpus.json', 'search-docs.json', 'search-index.json']) {
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
  it('gives byte-identical files when run twice', () => {
    const runs = [0, 1].map(() => {
      const out = mkdtempSync(join(tmpdir(), 'cica-build-pack-'));
      execFileSync('npx', ['tsx', 'build/pack/main.ts', out], { cwd: ROOT, stdio: 'pipe' });
      return new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
    });
    expect(runs[0]!.size).toBe(5);
    expect(runs[1]).toEqual(runs[0]);
  }, 30_000);
});
