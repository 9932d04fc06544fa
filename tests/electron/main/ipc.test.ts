import { describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers, type IpcHandlers } from '../../../electron/main/ipc';
import { isAppUrl } from '../../../electron/main/security';
import { IPC_CHANNELS } from '../../../src/shared/api';
import { fakeIpcMain } from '../../helpers/electron-fakes';
import { emptyResults } from '../../../src/shared/search/query';

function setup() {
  const { ipcMain, handlers: registered } = fakeIpcMain();
  const handlers: IpcHandlers = {
    loadPack: vi.fn(async () => ({
      ok: false as const,
      problem: { file: 'x', check: 'missing' as const, message: 'x: file is missing' },
    })),
    search: vi.fn(async () => emptyResults()),
    copy: vi.fn(async () => ({ ok: true as const, message: 'Copied' })),
    save: vi.fn(async () => ({ ok: true as const, message: 'Saved' })),
    loadPreferences: vi.fn(async () => ({ theme: 'system' as const, zoom: 1 })),
    savePreferences: vi.fn(async () => ({ theme: 'dark' as const, zoom: 1 })),
    checkQuote: vi.fn(async () => ({ verdict: 'not found' as const, matches: [], checked: '' })),
    exportDossier: vi.fn(async () => ({ ok: true as const, message: 'Saved' })),
    exportBookmarks: vi.fn(async () => ({ ok: true as const, message: 'Saved' })),
    loadBookmarks: vi.fn(async () => ({ value: [] })),
    saveBookmarks: vi.fn(async () => ({ value: [] })),
    loadDossier: vi.fn(async () => ({ value: { title: '', pieces: [] } })),
    saveDossier: vi.fn(async () => ({ value: { title: '', pieces: [] } })),
    listPacks: vi.fn(async () => ({ packs: [] })),
    choosePack: vi.fn(async () => ({ ok: false as const, cancelled: true, message: 'No' })),
    checkPack: vi.fn(async () => ({ ok: false as const, message: 'No' })),
    installPack: vi.fn(async () => ({ ok: false as const, message: 'No' })),
    usePack: vi.fn(async () => ({ ok: false as const, message: 'No' })),
    removePack: vi.fn(async () => ({ ok: false as const, message: 'No' })),
  };
  registerIpcHandlers(ipcMain, handlers, (url) => isAppUrl(url));
  const invoke = (channel: string, senderUrl: string | undefined) =>
    registered.get(channel)!({
      senderFrame: senderUrl === undefined ? null : { url: senderUrl },
    } as never);
  return { registered, handlers, invoke };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    expect([...setup().registered.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('answers the app’s own frame', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke(IPC_CHANNELS.loadPack, 'app://cica/index.html')).resolves.toMatchObject({
      ok: false,
    });
    expect(handlers.loadPack).toHaveBeenCalledOnce();
  });

  it.each([
    ['https://example.com/', 'https://example.com/'],
    ['file:///tmp/x.html', 'file:///tmp/x.html'],
    ['app://other/', 'app://other/'],
    ['app://cica.evil/index.html', 'app://cica.evil/index.html'],
    ['', '(unknown)'],
    [undefined, '(unknown)'],
  ])('refuses a request from %s, naming it, without calling the handler', async (url, named) => {
    const { invoke, handlers } = setup();
    expect(() => invoke(IPC_CHANNELS.loadPack, url)).toThrow(
      new Error(`Refused cica:load-pack from untrusted sender ${named}`),
    );
    expect(handlers.loadPack).not.toHaveBeenCalled();
  });

  it('passes the page’s arguments to the handler and its answer back', async () => {
    const { registered, handlers } = setup();
    const request = { target: 'membership', format: 'text' };
    await expect(
      registered.get(IPC_CHANNELS.copy)!(
        { senderFrame: { url: 'app://cica/index.html' } } as never,
        request,
      ),
    ).resolves.toEqual({ ok: true, message: 'Copied' });
    expect(handlers.copy).toHaveBeenCalledWith(request);
  });
});
