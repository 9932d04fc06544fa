import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Loaded afresh for each test: the save filters' names are a table built when
// the module loads, and mutation testing re-runs only the tests that load it.
let createElectronPlatform: typeof import('../../../electron/main/platform').createElectronPlatform;
beforeEach(async () => {
  vi.resetModules();
  ({ createElectronPlatform } = await import('../../../electron/main/platform'));
});

/** Stands in for Electron 45's ClipboardItem, recording what it was built from. */
class FakeClipboardItem {
  constructor(readonly items: Record<string, string>) {}
}

function setup(
  choice: { canceled: boolean; filePath?: string } = { canceled: false, filePath: '/docs/x.md' },
  userAsked = () => true,
  window: () => object | undefined = () => undefined,
) {
  const clipboard = { write: vi.fn(async () => {}) };
  const dialog = { showSaveDialog: vi.fn(async () => choice) };
  const write = vi.fn(async () => {});
  const platform = createElectronPlatform({
    clipboard,
    ClipboardItem: FakeClipboardItem as never,
    dialog: dialog as never,
    window: window as never,
    documentsDir: '/home/reader/Documents',
    userAsked,
    write,
  });
  return { platform, clipboard, dialog, write };
}

describe('the desktop clipboard', () => {
  it('writes plain text and HTML together, in one item', async () => {
    const { platform, clipboard } = setup();
    await platform.writeClipboard({ title: 'T', text: 'plain', html: '<p>rich</p>' });
    expect(clipboard.write).toHaveBeenCalledOnce();
    const [items] = clipboard.write.mock.calls[0] as unknown as [FakeClipboardItem[]];
    expect(items).toHaveLength(1);
    expect(items[0]!.items).toEqual({ 'text/plain': 'plain', 'text/html': '<p>rich</p>' });
  });

  it('writes plain text alone for Markdown and text', async () => {
    const { platform, clipboard } = setup();
    await platform.writeClipboard({ title: 'T', text: '# md' });
    const [items] = clipboard.write.mock.calls[0] as unknown as [FakeClipboardItem[]];
    // No text/html entry at all, not even an empty one.
    expect(items[0]!.items).toStrictEqual({ 'text/plain': '# md' });
  });
});

describe('the clipboard by gesture only', () => {
  it('writes nothing the reader did not ask for, and says why', async () => {
    const { platform, clipboard } = setup(undefined, () => false);
    await expect(platform.writeClipboard({ title: 'T', text: 'planted' })).rejects.toThrow(
      'a copy needs a click, a key or a menu command',
    );
    expect(clipboard.write).not.toHaveBeenCalled();
  });
});

describe('saving', () => {
  const file = {
    title: 'CICA participants',
    fileName: 'cica-membership.csv',
    mime: 'text/csv',
    content: 'a,b',
  };

  it('asks where, starting in Documents with the format as filter, and writes there', async () => {
    const { platform, dialog, write } = setup({ canceled: false, filePath: '/home/reader/m.csv' });
    await expect(platform.saveFile(file)).resolves.toBe('/home/reader/m.csv');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({
      title: 'Save CICA participants',
      defaultPath: '/home/reader/Documents/cica-membership.csv',
      filters: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }],
    });
    expect(write).toHaveBeenCalledWith('/home/reader/m.csv', 'a,b');
  });

  it.each([
    ['cancels', { canceled: true }],
    ['cancels, the dialog still naming a path', { canceled: true, filePath: '/home/reader/m.csv' }],
    ['confirms no path', { canceled: false, filePath: '' }],
  ])('writes nothing when the reader %s', async (_what, choice) => {
    const { platform, write } = setup(choice);
    await expect(platform.saveFile(file)).resolves.toBeUndefined();
    expect(write).not.toHaveBeenCalled();
  });

  it.each([
    ['cica-faq.md', 'Markdown', 'md'],
    ['cica-faq.html', 'HTML', 'html'],
    ['cica-faq.txt', 'Plain text', 'txt'],
    ['cica-membership.csv', 'CSV (spreadsheet)', 'csv'],
    ['cica-membership.json', 'JSON', 'json'],
    ['cica-faq.tex', 'tex', 'tex'],
    ['cica-faq', 'Plain text', 'txt'],
  ])('offers %s under the filter %s (*.%s)', async (fileName, name, extension) => {
    const { platform, dialog } = setup();
    await platform.saveFile({ ...file, fileName });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name, extensions: [extension] }] }),
    );
  });

  it('attaches the dialog to the reader’s window when there is one', async () => {
    const window = { id: 1 };
    const { platform, dialog } = setup(undefined, undefined, () => window);
    await platform.saveFile(file);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      title: 'Save CICA participants',
      defaultPath: '/home/reader/Documents/cica-membership.csv',
      filters: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }],
    });
  });

  it('writes the file as UTF-8 where the reader chose', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cica-save-')), 'faq.md');
    const dialog = { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: path })) };
    const platform = createElectronPlatform({
      clipboard: { write: vi.fn() },
      ClipboardItem: FakeClipboardItem as never,
      dialog: dialog as never,
      window: () => undefined,
      documentsDir: '/home/reader/Documents',
      userAsked: () => true,
    });
    const content = '# Almaty — Алматы, 14 September 1999\n';
    await expect(platform.saveFile({ ...file, fileName: 'faq.md', content })).resolves.toBe(path);
    expect(readFileSync(path)).toEqual(Buffer.from(content, 'utf8'));
  });
});
