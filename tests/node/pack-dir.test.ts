import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackDirectory } from '../../src/node/pack-dir';
import { writePackCopy } from '../helpers/pack';

describe('loadPackDirectory', () => {
  it('loads an intact pack folder', async () => {
    const result = await loadPackDirectory(writePackCopy());
    expect(result.ok && result.pack.faq.entries.length).toBe(33);
  });

  it('reports a folder that does not exist as a missing manifest', async () => {
    const result = await loadPackDirectory('/nonexistent/cica-pack');
    expect(!result.ok && result.problem.message).toBe('manifest.json: file is missing');
  });

  it('reports a file it cannot read, naming the file', async () => {
    const dir = writePackCopy();
    rmSync(join(dir, 'faq.json'));
    mkdirSync(join(dir, 'faq.json'));
    const result = await loadPackDirectory(dir);
    expect(!result.ok && result.problem).toEqual({
      file: 'faq.json',
      check: 'read',
      message: 'faq.json: cannot be read (EISDIR)',
    });
  });

  it('refuses a pack whose file was altered on disk', async () => {
    const dir = writePackCopy();
    writeFileSync(join(dir, 'faq.json'), '{}');
    const result = await loadPackDirectory(dir);
    expect(!result.ok && result.problem.check).toBe('size');
  });
});
