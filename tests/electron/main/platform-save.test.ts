import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/**
 * The platform from a freshly loaded module: its save filters' names are a
 * table built when it loads, and mutation testing credits the table only to
 * the tests that run while it is built.
 */
async function platformSavingTo(path: string) {
  vi.resetModules();
  const { createElectronPlatform } = await import('../../../electron/main/platform');
  const dialog = { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: path })) };
  const platform = createElectronPlatform({
    clipboard: { write: vi.fn() },
    ClipboardItem: class {} as never,
    dialog: dialog as never,
    window: () => undefined,
    documentsDir: '/home/reader/Documents',
    userAsked: () => true,
  });
  return { platform, dialog };
}

describe('saving a dossier as a Word document', () => {
  it('offers it as a Word document and writes its bytes as they are', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cica-save-')), 'dossier.docx');
    const { platform, dialog } = await platformSavingTo(path);
    // The start of a zip, and bytes that are not UTF-8: written unchanged, not re-encoded.
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x80]);
    const file = { title: 'Dossier', fileName: 'cica-dossier.docx', mime: 'x', content: bytes };
    await expect(platform.saveFile(file)).resolves.toBe(path);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: 'Word document', extensions: ['docx'] }] }),
    );
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
  });
});
