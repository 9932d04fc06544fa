import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackDirectory, packDirectoryReader } from '../../src/node/pack-dir';
import { craftPack, packFiles, writePack, writePackCopy } from '../helpers/pack';

/** Replaces one pack file by `make(path)`: a link, a FIFO... */
function packWith(name: string, make: (path: string) => void): string {
  const dir = writePackCopy();
  rmSync(join(dir, name));
  make(join(dir, name));
  return dir;
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe('loadPackDirectory', () => {
  it('loads an intact pack folder, its index searchable', async () => {
    const result = await loadPackDirectory(writePackCopy());
    expect(result.ok && result.pack.faq.entries.length).toBe(33);
    expect(result.ok && result.pack.search.search('declaration').total).toBeGreaterThan(0);
  });

  it('reports a folder that does not exist as a missing manifest', async () => {
    const result = await loadPackDirectory('/nonexistent/cica-pack');
    expect(!result.ok && result.problem.message).toBe('manifest.json: file is missing');
  });

  it('reports a file that is a folder, naming the file', async () => {
    const dir = packWith('faq.json', (path) => mkdirSync(path));
    const result = await loadPackDirectory(dir);
    expect(!result.ok && result.problem).toEqual({
      file: 'faq.json',
      check: 'read',
      message: 'faq.json: is a folder, not a regular file',
    });
  });

  it('refuses a pack whose file was altered on disk', async () => {
    const dir = writePackCopy();
    writeFileSync(join(dir, 'faq.json'), '{}');
    const result = await loadPackDirectory(dir);
    expect(!result.ok && result.problem.check).toBe('size');
  });

  it('refuses a file larger than the manifest says without reading past it', async () => {
    const dir = writePackCopy();
    writeFileSync(join(dir, 'faq.json'), `${packFiles().get('faq.json')}\n`);
    const result = await loadPackDirectory(dir);
    expect(!result.ok && result.problem).toEqual({
      file: 'faq.json',
      check: 'size',
      message: 'faq.json: is 31067 bytes, the manifest says 31066',
    });
  });
});

// Each of these hung the CLI and the main process (before the window existed).
describe('loadPackDirectory opens regular files only, never through a link', () => {
  it.each(['/dev/zero', '/dev/urandom'])('refuses a pack file that links to %s', async (target) => {
    const result = await loadPackDirectory(
      packWith('search-index.json', (p) => symlinkSync(target, p)),
    );
    expect(!result.ok && result.problem).toEqual({
      file: 'search-index.json',
      check: 'read',
      message: 'search-index.json: is a symbolic link, not a regular file',
    });
  });

  it('refuses a link even to the right content', async () => {
    const elsewhere = join(writePackCopy(), 'faq.json');
    const result = await loadPackDirectory(packWith('faq.json', (p) => symlinkSync(elsewhere, p)));
    expect(!result.ok && result.problem.message).toBe(
      'faq.json: is a symbolic link, not a regular file',
    );
  });

  it('refuses a manifest that links to /dev/zero', async () => {
    const result = await loadPackDirectory(
      packWith('manifest.json', (p) => symlinkSync('/dev/zero', p)),
    );
    expect(!result.ok && result.problem.message).toBe(
      'manifest.json: is a symbolic link, not a regular file',
    );
  });

  it.each(['manifest.json', 'corpus.json'])(
    'refuses a FIFO as %s without waiting on it',
    async (name) => {
      const result = await loadPackDirectory(packWith(name, mkfifo));
      expect(!result.ok && result.problem).toEqual({
        file: name,
        check: 'read',
        message: `${name}: is a FIFO (named pipe), not a regular file`,
      });
    },
  );

  it('never reads outside the folder, even a file with the right digest', async () => {
    // root/outside.json holds real pack content; the pack sits two folders below.
    const root = mkdtempSync(join(tmpdir(), 'cica-outside-'));
    writeFileSync(join(root, 'outside.json'), packFiles().get('faq.json')!);
    const files = craftPack(
      () => {},
      (manifest) => {
        (manifest.files as Record<string, unknown>)['../../outside.json'] =
          manifest.files['faq.json'];
      },
    );
    const result = await loadPackDirectory(writePack(files, join(root, 'a', 'pack')));
    expect(!result.ok && result.problem).toEqual({
      file: 'manifest.json',
      check: 'schema',
      message:
        'manifest.json: files: "../../outside.json" is not a plain file name (a pack has faq.json, corpus.json, search-docs.json, search-index.json, search-compact.txt)',
    });
  });
});

describe('packDirectoryReader', () => {
  it('opens plain names only, whoever asks', () => {
    const read = packDirectoryReader(writePackCopy());
    expect(read('faq.json', 1e6).ok).toBe(true);
    for (const name of ['../faq.json', '/etc/passwd', 'a\\b.json', 'CON']) {
      expect(read(name, 1e6)).toEqual({
        ok: false,
        reason: 'unreadable',
        detail: 'is not a plain file name',
      });
    }
  });
});
