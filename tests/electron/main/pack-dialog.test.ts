import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { packFilePicker } from '../../../electron/main/pack-dialog';

/** A folder of the reader's holding `name` with `bytes`, as the dialog would return it. */
function fileOnDisk(name: string, bytes = new Uint8Array([1, 2, 3])): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cica-download-')), name);
  writeFileSync(file, bytes);
  return file;
}

/** A picker whose dialog answers `choice`, over `window` if there is one. */
function picker(choice: { canceled: boolean; filePaths: string[] }, window?: BrowserWindow) {
  const showOpenDialog = vi.fn(async (..._args: unknown[]) => choice);
  const pick = packFilePicker({
    dialog: { showOpenDialog } as never,
    window: () => window,
    startDir: '/home/reader/Downloads',
  });
  return { pick, showOpenDialog };
}

const OPTIONS: OpenDialogOptions = {
  title: 'Open content pack',
  defaultPath: '/home/reader/Downloads',
  filters: [{ name: 'CICA content pack', extensions: ['cicapack'] }],
  properties: ['openFile'],
};

describe('the open dialog for a pack file', () => {
  it('opens over the reader’s window, in Downloads, for one .cicapack, and reads the chosen file', async () => {
    const window = { id: 1 } as BrowserWindow;
    const path = fileOnDisk('cica-2.cicapack', new Uint8Array([80, 75, 3, 4]));
    const { pick, showOpenDialog } = picker({ canceled: false, filePaths: [path] }, window);
    expect(await pick()).toEqual({
      name: 'cica-2.cicapack',
      bytes: Buffer.from([80, 75, 3, 4]),
    });
    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith(window, OPTIONS);
  });

  it('opens on its own when there is no window (closed, or not yet open)', async () => {
    const { pick, showOpenDialog } = picker({ canceled: true, filePaths: [] });
    await pick();
    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith(OPTIONS);
  });

  it('reads nothing when the reader cancels, even if a path came back', async () => {
    const path = fileOnDisk('cica-2.cicapack');
    expect(await picker({ canceled: true, filePaths: [path] }).pick()).toBeUndefined();
    expect(await picker({ canceled: false, filePaths: [] }).pick()).toBeUndefined();
  });

  it('refuses a link or a missing file, saying why', async () => {
    const target = fileOnDisk('cica-2.cicapack');
    const link = join(mkdtempSync(join(tmpdir(), 'cica-download-')), 'linked.cicapack');
    symlinkSync(target, link);
    await expect(picker({ canceled: false, filePaths: [link] }).pick()).rejects.toThrow(
      /^linked\.cicapack: is a symbolic link, not a regular file$/,
    );
    const gone = join(tmpdir(), 'cica-no-such-folder', 'gone.cicapack');
    await expect(picker({ canceled: false, filePaths: [gone] }).pick()).rejects.toThrow(
      /^gone\.cicapack: file is missing$/,
    );
  });
});
