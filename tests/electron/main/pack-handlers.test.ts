import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createPackHandlers } from '../../../electron/main/pack-handlers';
import {
  SWAPPED_TERMS_PROBLEM,
  craftPack,
  swapFirstTerms,
  writePack,
  writePackCopy,
} from '../../helpers/pack';
import { recordingPlatform } from '../../helpers/platform';

/** The main process's loader on a pack folder: what it logs and what the renderer is told. */
async function load(dir: string) {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const handlers = await createPackHandlers({
    bundledDir: dir,
    packsDir: join(mkdtempSync(join(tmpdir(), 'cica-user-')), 'packs'),
    build: 'development',
    platform: recordingPlatform().platform,
    pickFile: async () => undefined,
  });
  const logged = error.mock.calls.map((call) => String(call[0]));
  error.mockRestore();
  return { loaded: await handlers.loadPack(), logged, handlers };
}

describe('the main process’s pack loader', () => {
  it('refuses a FIFO and a link to /dev/zero before the window exists, without waiting', async () => {
    const fifo = writePackCopy();
    rmSync(join(fifo, 'search-compact.txt'));
    execFileSync('mkfifo', [join(fifo, 'search-compact.txt')]);
    const link = writePackCopy();
    rmSync(join(link, 'faq.json'));
    symlinkSync('/dev/zero', join(link, 'faq.json'));

    const fromFifo = await load(fifo);
    expect(!fromFifo.loaded.ok && fromFifo.loaded.problem.message).toBe(
      'search-compact.txt: is a FIFO (named pipe), not a regular file',
    );
    expect(fromFifo.logged).toEqual([
      'CICA Reference: no usable pack: search-compact.txt: is a FIFO (named pipe), not a regular file',
    ]);
    const fromLink = await load(link);
    expect(!fromLink.loaded.ok && fromLink.loaded.problem.message).toBe(
      'faq.json: is a symbolic link, not a regular file',
    );
  });

  it('refuses a crafted index, and its search answers empty instead of hanging', async () => {
    const dir = writePack(craftPack(swapFirstTerms));
    const { loaded, handlers } = await load(dir);
    expect(!loaded.ok && loaded.problem).toEqual({
      file: 'search-compact.txt',
      check: 'schema',
      message: SWAPPED_TERMS_PROBLEM,
    });
    expect((await handlers.search('what is the cica')).total).toBe(0);
  });
});
