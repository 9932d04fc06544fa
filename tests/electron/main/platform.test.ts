import { describe, expect, it, vi } from 'vitest';
import { createElectronPlatform } from '../../../electron/main/platform';

/** Stands in for Electron 45's ClipboardItem, recording what it was built from. */
class FakeClipboardItem {
  constructor(readonly items: Record<string, string>) {}
}

function setup(
  choice: { canceled: boolean; filePath?: string } = { canceled: false, filePath: '/docs/x.md' },
  userAsked = () => true,
) {
  const clipboard = { write: vi.fn(async () => {}) };
  const dialog = { showSaveDialog: vi.fn(async () => choice) };
  const write = vi.fn(async () => {});
  const platform = createElectronPlatform({
    clipboard,
    ClipboardItem: FakeClipboardItem as never,
    dialog: dialog as never,
    window: () => undefined,
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
    expect(items[0]!.items).toEqual({ 'text/plain': '# md' });
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

  it('writes nothing when the reader cancels', async () => {
    const { platform, write } = setup({ canceled: true });
    await expect(platform.saveFile(file)).resolves.toBeUndefined();
    expect(write).not.toHaveBeenCalled();
  });
});
