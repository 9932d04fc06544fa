import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../../../src/shared/api';
import { HOST_MESSAGE_CHANNEL, HOST_READY_CHANNEL, IPC_CHANNELS } from '../../../src/shared/api';
import { fakeWebContents } from '../../helpers/electron-fakes';
import { laterEdition, packFileBytes, writePackCopy } from '../../helpers/pack';
import { TEST_KEY } from '../../../src/node/trusted-keys';

// The whole Electron surface the main process touches, recorded for assertions.
const electron = await vi.hoisted(async () => {
  const { FakeApp, FakeBrowserWindow, fakeIpcMain, fakeSession } =
    await import('../../helpers/electron-fakes');
  const ipc = fakeIpcMain();
  const menus: { label?: string; submenu?: { id?: string; click?: () => void }[] }[][] = [];
  return {
    windows: FakeBrowserWindow.created,
    handlers: ipc.handlers,
    ipcListeners: ipc.listeners,
    menus,
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    Menu: {
      buildFromTemplate: (template: never[]) => {
        menus.push(template);
        return template;
      },
      setApplicationMenu: vi.fn(),
    },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    clipboard: { write: vi.fn() },
    ClipboardItem: class {},
    ipcMain: ipc.ipcMain,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: fakeSession() },
  };
});
vi.mock('electron', () => ({ ...electron, default: electron }));

/** A development app folder holding a copy of the real pack in resources/pack. */
function appFolder(): { appPath: string; packDir: string } {
  const appPath = mkdtempSync(join(tmpdir(), 'cica-app-'));
  return { appPath, packDir: writePackCopy(join(appPath, 'resources', 'pack')) };
}

/** Loads the main process from the given app folder, as `npm start` would (packaged: as an installed app). */
async function loadMain({ appPath }: { appPath: string } = appFolder()): Promise<void> {
  electron.app.appPath = appPath;
  // Where a packaged app finds its pack (beside app.asar); unused in development.
  Object.assign(process, { resourcesPath: join(appPath, 'resources') });
  electron.app.userData ||= mkdtempSync(join(tmpdir(), 'cica-user-'));
  vi.resetModules();
  await import('../../../electron/main/index');
}

/** Starts the main process and waits for its window. */
async function startMain(app?: { appPath: string }): Promise<void> {
  const opened = electron.BrowserWindow.whenCreated();
  await loadMain(app);
  await opened;
}

/** The page has mounted and listens for the host's messages (its preload says so). */
function pageListens(
  url = 'app://cica/index.html',
  sender = electron.windows[0]!.webContents,
): void {
  electron.ipcListeners.get(HOST_READY_CHANNEL)!({ sender, senderFrame: { url } });
}

function loadPack(senderUrl = 'app://cica/index.html'): Promise<LoadResult> {
  const handler = electron.handlers.get(IPC_CHANNELS.loadPack)!;
  return handler({ senderFrame: { url: senderUrl } }) as Promise<LoadResult>;
}

beforeEach(() => {
  electron.BrowserWindow.reset();
  electron.app.reset();
  electron.menus.length = 0;
  electron.handlers.clear();
  electron.ipcListeners.clear();
  electron.dialog.showSaveDialog.mockReset();
  electron.dialog.showOpenDialog.mockReset();
  electron.nativeTheme.themeSource = 'system';
  electron.nativeTheme.shouldUseDarkColors = false;
  electron.clipboard.write.mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('main process start-up', () => {
  it('registers app:// as a privileged scheme and serves the renderer through it', async () => {
    await startMain();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.windows[0]!.url).toBe('app://cica/index.html');
  });

  it('creates the window sandboxed, isolated and without Node integration', async () => {
    await startMain();
    expect(electron.windows[0]!.options['webPreferences']).toEqual({
      preload: expect.stringMatching(/preload[\\/]index\.js$/),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('denies permissions', async () => {
    await startMain();
    const session = electron.session.defaultSession;
    const request = session.setPermissionRequestHandler.mock.calls[0]![0];
    const callback = vi.fn();
    request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]({}, 'notifications')).toBe(false);
  });

  it('locks down every web contents: no navigation away, no new window, no webview', async () => {
    await startMain();
    const { contents, stops, open } = fakeWebContents();
    electron.app.fire('web-contents-created', contents);
    expect(stops('will-navigate', 'https://example.com/')).toBe(true);
    expect(stops('will-redirect', 'app://cica.evil/index.html')).toBe(true);
    expect(stops('will-navigate', 'app://cica/index.html#/bodies')).toBe(false);
    expect(open('app://cica/index.html')).toEqual({ action: 'deny' });
    expect(stops('will-attach-webview')).toBe(true);
  });

  it('in development, loads the dev server and trusts it alone besides the app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await startMain();
    expect(electron.windows[0]!.url).toBe('http://localhost:5173');
    const { contents, stops } = fakeWebContents();
    electron.app.fire('web-contents-created', contents);
    expect(stops('will-navigate', 'http://localhost:5173/#/faq')).toBe(false);
    expect(stops('will-navigate', 'http://localhost:5174/')).toBe(true);
    await expect(loadPack('http://localhost:5173/')).resolves.toMatchObject({ ok: true });
    expect(electron.app.setAsDefaultProtocolClient).not.toHaveBeenCalled();
  });

  it('packaged, ignores ELECTRON_RENDERER_URL: loads and trusts only app://cica/', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    electron.app.isPackaged = true;
    await startMain();
    expect(electron.windows[0]!.url).toBe('app://cica/index.html');
    const { contents, stops } = fakeWebContents();
    electron.app.fire('web-contents-created', contents);
    expect(stops('will-navigate', 'http://localhost:5173/')).toBe(true);
    expect(() => loadPack('http://localhost:5173/')).toThrow(
      'Refused cica:load-pack from untrusted sender http://localhost:5173/',
    );
    await expect(loadPack()).resolves.toMatchObject({ ok: true });
  });

  it('packaged, registers itself as the handler of cica:// links', async () => {
    electron.app.isPackaged = true;
    await startMain();
    expect(electron.app.setAsDefaultProtocolClient.mock.calls).toEqual([['cica']]);
  });

  it('quits when its window is closed, on every system', async () => {
    await startMain();
    expect(electron.app.quit).not.toHaveBeenCalled();
    electron.app.fire('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledOnce();
  });

  it.each([
    [true, '#16181a'],
    [false, '#fdfdfc'],
  ])('paints the window behind the page (dark: %s) in %s, not white', async (dark, colour) => {
    electron.nativeTheme.shouldUseDarkColors = dark;
    await startMain();
    expect(electron.windows[0]!.options['backgroundColor']).toBe(colour);
  });

  it('opens the save dialog over the reader’s window, in their Documents folder', async () => {
    await startMain();
    const window = electron.windows[0]!;
    electron.BrowserWindow.getFocusedWindow = () => window;
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    const save = electron.handlers.get(IPC_CHANNELS.save)!;
    await expect(
      save(
        { senderFrame: { url: 'app://cica/index.html' } },
        { target: 'membership', format: 'csv' },
      ),
    ).resolves.toMatchObject({ ok: false, cancelled: true });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        defaultPath: join('/home/reader/documents', 'cica-membership.csv'),
      }),
    );
  });

  it.each([
    ['darwin', ['(appMenu)', '&File', '&Edit', '&View', '&Go', '&Tools', '&Help']],
    ['linux', ['&File', '&Edit', '&View', '&Go', '&Tools', '&Help']],
  ])('builds the menu for the system it runs on (%s)', async (platform, menus) => {
    const real = process.platform;
    Object.defineProperty(process, 'platform', { value: platform });
    try {
      await startMain();
    } finally {
      Object.defineProperty(process, 'platform', { value: real });
    }
    const template = electron.menus.at(-1)! as { label?: string; role?: string }[];
    expect(template.map((menu) => menu.label ?? `(${menu.role})`)).toEqual(menus);
  });

  it('serves the verified pack to the app’s own page', async () => {
    await startMain();
    const result = await loadPack();
    expect(result.ok && result.data.faq.entries).toHaveLength(33);
    expect(result.ok && result.data.manifest.edition.label).toBe('September 2025');
  });

  it('refuses the pack to any other sender', async () => {
    await startMain();
    expect(() => loadPack('https://example.com/')).toThrow(/untrusted sender/);
  });

  it('refuses a tampered pack with a message naming the file and the check', async () => {
    const app = appFolder();
    const faq = join(app.packDir, 'faq.json');
    // Same size as the real file, different bytes: only the sha256 check can catch it.
    writeFileSync(faq, '{"entries": []}'.padEnd(statSync(faq).size, ' '));
    await startMain(app);
    const result = await loadPack();
    expect(result).toMatchObject({
      ok: false,
      problem: { file: 'faq.json', check: 'sha256' },
    });
    expect(!result.ok && result.problem.message).toBe(
      'faq.json: content does not match its sha256 in the manifest',
    );
    // The window still opens: the renderer shows the problem instead of a blank page.
    expect(electron.windows).toHaveLength(1);
  });
});

/** Settings as a previous run left them, in a fresh user data folder. */
function previousRun(settings: string): void {
  electron.app.userData = mkdtempSync(join(tmpdir(), 'cica-user-'));
  writeFileSync(join(electron.app.userData, 'settings.json'), settings);
}

describe('one instance, deep links and state kept between runs', () => {
  it('quits at once when another instance holds the lock, opening no window', async () => {
    electron.app.singleInstance = false;
    electron.app.appPath = appFolder().appPath;
    vi.resetModules();
    const whenReady = vi.spyOn(electron.app, 'whenReady');
    await import('../../../electron/main/index');
    expect(electron.app.quit).toHaveBeenCalled();
    // Start-up is never even scheduled: no window can come later.
    expect(whenReady).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
    expect(electron.handlers.size).toBe(0);
  });

  it('a second launch focuses the window and hands it the cica:// link it was given', async () => {
    await startMain();
    pageListens();
    const window = electron.windows[0]!;
    const secondInstance = electron.app.listeners.get('second-instance')!;
    secondInstance({}, ['/opt/CICA Reference/cica-reference', 'cica://documents/declaration']);
    expect(window.webContents.send).toHaveBeenCalledWith(HOST_MESSAGE_CHANNEL, {
      link: 'cica://documents/declaration',
    });
    expect(window.focus).toHaveBeenCalled();
    // Without a link it only comes to the front.
    window.webContents.send.mockClear();
    secondInstance({}, ['/opt/CICA Reference/cica-reference', '--no-sandbox']);
    expect(window.webContents.send).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledTimes(2);
  });

  it('on macOS, takes a cica:// link from open-url and hands it to the page', async () => {
    await startMain();
    pageListens();
    const window = electron.windows[0]!;
    const event = electron.app.fire('open-url', 'cica://search?q=contact%20group');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith(HOST_MESSAGE_CHANNEL, {
      link: 'cica://search?q=contact%20group',
    });
    expect(window.focus).toHaveBeenCalled();
  });

  it('on macOS, opens the window at a link that came before the app was ready', async () => {
    let ready!: () => void;
    electron.app.ready = new Promise((resolve) => (ready = resolve));
    await loadMain();
    electron.app.fire('open-url', 'cica://documents/declaration');
    // A second launch without a link, before the window exists, changes nothing.
    electron.app.fire('second-instance', ['/opt/CICA Reference/cica-reference']);
    const opened = electron.BrowserWindow.whenCreated();
    ready();
    await opened;
    expect(electron.windows[0]!.url).toBe(
      'app://cica/index.html?open=cica%3A%2F%2Fdocuments%2Fdeclaration',
    );
  });

  it('holds a link that arrives while the page loads, and opens it once the page listens', async () => {
    await startMain();
    const window = electron.windows[0]!;
    electron.app.fire('second-instance', [
      '/opt/CICA Reference/cica-reference',
      'cica://bodies/cg',
    ]);
    electron.app.fire('open-url', 'cica://faq');
    expect(window.webContents.send).not.toHaveBeenCalled();
    // Another frame, or a page not of the app, cannot release them.
    pageListens('https://example.org/');
    pageListens('app://cica/index.html', { send: vi.fn(), on: vi.fn() } as never);
    expect(window.webContents.send).not.toHaveBeenCalled();
    pageListens();
    expect(window.webContents.send.mock.calls).toEqual([
      [HOST_MESSAGE_CHANNEL, { link: 'cica://bodies/cg' }],
      [HOST_MESSAGE_CHANNEL, { link: 'cica://faq' }],
    ]);
  });

  it('holds messages again while the page reloads', async () => {
    await startMain();
    const window = electron.windows[0]!;
    pageListens();
    const [, onNavigation] = window.webContents.on.mock.calls.find(
      ([event]) => event === 'did-start-navigation',
    )!;
    // An in-page navigation (a hash change) keeps the page; a reload does not.
    (onNavigation as (details: object) => void)({ isMainFrame: true, isSameDocument: true });
    electron.app.fire('open-url', 'cica://faq');
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    (onNavigation as (details: object) => void)({ isMainFrame: true, isSameDocument: false });
    electron.app.fire('open-url', 'cica://bodies');
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    pageListens();
    expect(window.webContents.send).toHaveBeenLastCalledWith(HOST_MESSAGE_CHANNEL, {
      link: 'cica://bodies',
    });
  });

  it('sends nothing to a window already closed', async () => {
    await startMain();
    const window = electron.windows[0]!;
    pageListens();
    window.destroyed = true;
    electron.app.fire('open-url', 'cica://documents/declaration');
    electron.app.fire('second-instance', ['/opt/CICA Reference/cica-reference', 'cica://faq']);
    expect(window.webContents.send).not.toHaveBeenCalled();
    expect(window.focus).not.toHaveBeenCalled();
  });

  it('keeps the launch link when a menu command comes before the window is there', async () => {
    // Hold start-up where the menu is installed but the pack is still being read.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const atPack = new Promise<void>((resolve) => (reached = resolve));
    vi.doMock('../../../electron/main/pack-handlers', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../../electron/main/pack-handlers')>();
      return {
        createPackHandlers: async (...args: Parameters<typeof real.createPackHandlers>) => {
          reached();
          await held;
          return real.createPackHandlers(...args);
        },
      };
    });
    const argv = process.argv;
    process.argv = [...argv, 'cica://membership/kz'];
    try {
      await loadMain();
      await atPack;
      expect(electron.menus).toHaveLength(1);
      const view = electron.menus[0]!.find((menu) => menu.label === '&View')!;
      view.submenu!.find((item) => item.id === 'zoom-in')!.click!();
      const opened = electron.BrowserWindow.whenCreated();
      release();
      await opened;
    } finally {
      process.argv = argv;
      vi.doUnmock('../../../electron/main/pack-handlers');
    }
    expect(electron.windows[0]!.url).toBe(
      'app://cica/index.html?open=cica%3A%2F%2Fmembership%2Fkz',
    );
  });

  it('opens the page at the link the app was launched with', async () => {
    const argv = process.argv;
    process.argv = [...argv, 'cica://membership/kz'];
    try {
      await startMain();
    } finally {
      process.argv = argv;
    }
    expect(electron.windows[0]!.url).toBe(
      'app://cica/index.html?open=cica%3A%2F%2Fmembership%2Fkz',
    );
  });

  it('restores the window where it was, and the theme chosen, from the settings file', async () => {
    previousRun(
      JSON.stringify({
        theme: 'dark',
        zoom: 1.25,
        window: { x: 200, y: 100, width: 1000, height: 700, maximized: true },
      }),
    );
    await startMain();
    expect(electron.windows[0]!.options).toMatchObject({
      x: 200,
      y: 100,
      width: 1000,
      height: 700,
      backgroundColor: expect.any(String),
    });
    expect(electron.nativeTheme.themeSource).toBe('dark');
    const load = electron.handlers.get(IPC_CHANNELS.loadPreferences)!;
    expect(await load({ senderFrame: { url: 'app://cica/index.html' } })).toEqual({
      theme: 'dark',
      zoom: 1.25,
    });
  });

  it('saves the window’s place when it closes', async () => {
    await startMain();
    electron.windows[0]!.listeners.get('close')!();
    const saved = JSON.parse(readFileSync(join(electron.app.userData, 'settings.json'), 'utf8'));
    expect(saved.window).toEqual({ x: 40, y: 30, width: 900, height: 700, maximized: false });
  });

  it('starts with the defaults from a corrupt settings file, keeping it aside', async () => {
    previousRun('{"theme": "dark", "zoo');
    await startMain();
    expect(electron.windows[0]!.options).toMatchObject({ width: 1100, height: 800 });
    expect(electron.nativeTheme.themeSource).toBe('system');
    const aside = readdirSync(electron.app.userData).filter((name) =>
      /^settings\.json\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z$/.test(name),
    );
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(electron.app.userData, aside[0]!), 'utf8')).toBe(
      '{"theme": "dark", "zoo',
    );
  });

  it('applies a theme chosen in the page to the native side and the menu', async () => {
    await startMain();
    const save = electron.handlers.get(IPC_CHANNELS.savePreferences)!;
    await save({ senderFrame: { url: 'app://cica/index.html' } }, { theme: 'light' });
    expect(electron.nativeTheme.themeSource).toBe('light');
    const view = electron.menus.at(-1)!.find((menu) => menu.label === '&View')!;
    expect(view.submenu!.find((item) => item.id === 'theme:light')).toMatchObject({
      checked: true,
    });
    expect(existsSync(join(electron.app.userData, 'settings.json'))).toBe(true);
  });

  it('installs the menu, whose app commands go to the page', async () => {
    await startMain();
    pageListens();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const edit = electron.menus.at(-1)!.find((menu) => menu.label === '&Edit')!;
    edit.submenu!.find((item) => item.id === 'copy-open')!.click!();
    expect(electron.windows[0]!.webContents.send).toHaveBeenCalledWith(HOST_MESSAGE_CHANNEL, {
      command: 'copy-open',
    });
  });

  describe('writes the clipboard only in answer to the reader', () => {
    const app = { senderFrame: { url: 'app://cica/index.html' } };
    const copy = () =>
      electron.handlers.get(IPC_CHANNELS.copy)!(app, {
        target: 'membership',
        format: 'text',
      }) as Promise<{
        ok: boolean;
        message: string;
      }>;
    /** Sends the page's WebContents an input event, as a real click or key does. */
    const input = (type: string) => {
      const [, listener] = electron.windows[0]!.webContents.on.mock.calls.find(
        ([event]) => event === 'input-event',
      )!;
      (listener as (event: unknown, input: { type: string }) => void)({}, { type });
    };

    it('refuses a copy the page asks for on its own', async () => {
      await startMain();
      const result = await copy();
      expect(result).toMatchObject({ ok: false });
      expect(result.message).toContain('a copy needs a click, a key or a menu command');
      expect(electron.clipboard.write).not.toHaveBeenCalled();
    });

    it('copies after a click in the page, once', async () => {
      await startMain();
      input('mouseDown');
      await expect(copy()).resolves.toMatchObject({ ok: true });
      expect(electron.clipboard.write).toHaveBeenCalledOnce();
      await expect(copy()).resolves.toMatchObject({ ok: false });
      expect(electron.clipboard.write).toHaveBeenCalledOnce();
    });

    it('copies after a menu command', async () => {
      await startMain();
      const edit = electron.menus.at(-1)!.find((menu) => menu.label === '&Edit')!;
      edit.submenu!.find((item) => item.id === 'copy-open')!.click!();
      await expect(copy()).resolves.toMatchObject({ ok: true });
      expect(electron.clipboard.write).toHaveBeenCalledOnce();
    });
  });

  it('turns Ctrl+mouse wheel into the reader’s text size, not a page zoom', async () => {
    await startMain();
    pageListens();
    const window = electron.windows[0]!;
    const [, onZoom] = window.webContents.on.mock.calls.find(
      ([event]) => event === 'zoom-changed',
    )!;
    (onZoom as (event: unknown, direction: string) => void)({}, 'in');
    (onZoom as (event: unknown, direction: string) => void)({}, 'out');
    expect(window.webContents.send.mock.calls).toEqual([
      [HOST_MESSAGE_CHANNEL, { command: 'zoom-in' }],
      [HOST_MESSAGE_CHANNEL, { command: 'zoom-out' }],
    ]);
  });
});

describe('content packs', () => {
  const app = { senderFrame: { url: 'app://cica/index.html' } };
  const call = <T>(method: keyof typeof IPC_CHANNELS, ...args: unknown[]) =>
    electron.handlers.get(IPC_CHANNELS[method])!(app, ...args) as Promise<T>;
  type Offer = { ok: boolean; token?: string; message?: string; details?: { edition: number } };

  /** A pack file in a folder of the reader's, as the open dialog would return it. */
  function packFileOnDisk(bytes: Uint8Array, name = 'cica-2.cicapack'): string {
    const file = join(mkdtempSync(join(tmpdir(), 'cica-download-')), name);
    writeFileSync(file, bytes);
    return file;
  }

  async function activeEdition(): Promise<number | string> {
    const loaded = await loadPack();
    return loaded.ok ? loaded.data.manifest.pack.edition : loaded.problem.message;
  }

  it('has File > Open content pack… (Ctrl+O) and Content packs…, carried out by the page', async () => {
    await startMain();
    pageListens();
    const file = electron.menus.at(-1)!.find((menu) => menu.label === '&File')!;
    const items = file.submenu!.filter(
      (item) => item.id === 'open-pack' || item.id === 'content-packs',
    );
    expect(items).toMatchObject([
      { id: 'open-pack', label: 'Open content pack…', accelerator: 'CmdOrCtrl+O' },
      { id: 'content-packs', label: 'Content packs…' },
    ]);
    items[0]!.click!();
    expect(electron.windows[0]!.webContents.send).toHaveBeenCalledWith(HOST_MESSAGE_CHANNEL, {
      command: 'open-pack',
    });
  });

  it('opens the system dialog, checks the chosen file here, installs it into the user data folder', async () => {
    await startMain();
    const path = packFileOnDisk(packFileBytes(laterEdition(2, 1)));
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    const offer = await call<Offer>('choosePack');
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Open content pack',
        filters: [{ name: 'CICA content pack', extensions: ['cicapack'] }],
        properties: ['openFile'],
      }),
    );
    expect(offer).toMatchObject({ ok: true, fileName: 'cica-2.cicapack', details: { edition: 2 } });
    expect(await activeEdition()).toBe(1);
    expect(await call('installPack', { token: offer.token, allowOlder: false })).toEqual({
      ok: true,
      message: 'Installed edition 2.',
    });
    expect(await activeEdition()).toBe(2);
    expect(readdirSync(join(electron.app.userData, 'packs')).sort()).toEqual(['2', 'choice.json']);
  });

  it('says nothing was opened when the reader cancels the dialog', async () => {
    await startMain();
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await call('choosePack')).toEqual({
      ok: false,
      cancelled: true,
      message: 'No pack file chosen.',
    });
  });

  it('refuses a chosen link, unread', async () => {
    await startMain();
    const target = packFileOnDisk(packFileBytes(laterEdition(2, 1)));
    const link = join(mkdtempSync(join(tmpdir(), 'cica-download-')), 'linked.cicapack');
    symlinkSync(target, link);
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [link] });
    expect(await call('choosePack')).toEqual({
      ok: false,
      message: 'Not opened: linked.cicapack: is a symbolic link, not a regular file',
    });
  });

  it('checks a file dropped on the window (its bytes, from the page) and installs nothing refused', async () => {
    await startMain();
    const bytes = packFileBytes(laterEdition(2, 1));
    bytes[bytes.length - 3]! ^= 0xff;
    const refused = await call<Offer>('checkPack', { name: 'dropped.cicapack', bytes });
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^dropped\.cicapack was not opened: archive: /);
    expect(existsSync(join(electron.app.userData, 'packs'))).toBe(false);

    const good = await call<Offer>('checkPack', {
      name: 'dropped.cicapack',
      bytes: packFileBytes(laterEdition(2, 1)),
    });
    expect(good).toMatchObject({ ok: true, details: { edition: 2 } });
  });

  it('switches, rolls back to the bundled pack, and starts with the reader’s choice', async () => {
    await startMain();
    for (const edition of [2, 3]) {
      const offer = await call<Offer>('checkPack', {
        name: `cica-${edition}.cicapack`,
        bytes: packFileBytes(laterEdition(edition, 1)),
      });
      await call('installPack', { token: offer.token, allowOlder: false });
    }
    expect(await activeEdition()).toBe(3);
    expect(await call('usePack', '2')).toEqual({ ok: true, message: 'Now using edition 2.' });
    expect(await activeEdition()).toBe(2);
    expect(await call('usePack', 'bundled')).toMatchObject({ ok: true });
    expect(await activeEdition()).toBe(1);
    // The next start keeps the roll-back.
    electron.windows.length = 0;
    await startMain();
    expect(await activeEdition()).toBe(1);
  });

  it('falls back at start to the bundled pack when the installed one fails, saying why', async () => {
    await startMain();
    const offer = await call<Offer>('checkPack', {
      name: 'cica-2.cicapack',
      bytes: packFileBytes(laterEdition(2, 1)),
    });
    await call('installPack', { token: offer.token, allowOlder: false });
    rmSync(join(electron.app.userData, 'packs', '2', 'corpus.json'));
    electron.windows.length = 0;
    await startMain();
    const loaded = await loadPack();
    expect(loaded.ok && loaded.data.manifest.pack.edition).toBe(1);
    expect(loaded.ok && loaded.notice).toBe(
      'Installed edition 2 was not used: corpus.json: file is missing. Using the bundled pack instead.',
    );
    expect(console.warn).toHaveBeenCalledWith(`CICA Reference: ${loaded.ok && loaded.notice}`);
  });

  it('in a packaged (release) app, refuses a pack signed by the test key', async () => {
    const { appPath } = appFolder();
    electron.app.isPackaged = true;
    Object.assign(process, { resourcesPath: join(appPath, 'resources') });
    await startMain({ appPath });
    const offer = await call<Offer>('checkPack', {
      name: 'cica-2.cicapack',
      bytes: packFileBytes(laterEdition(2, 1)),
    });
    expect(offer).toEqual({
      ok: false,
      message: `cica-2.cicapack was not opened: manifest.sig: signed by key ${TEST_KEY.id}, which this app does not trust`,
    });
    // The bundled pack, which came with the installer, is still used.
    expect(await activeEdition()).toBe(1);
  });
});

describe('what start-up wires together', () => {
  const app = { senderFrame: { url: 'app://cica/index.html' } };
  const call = <T>(method: keyof typeof IPC_CHANNELS, ...args: unknown[]) =>
    electron.handlers.get(IPC_CHANNELS[method])!(app, ...args) as Promise<T>;

  it('opens the pack file dialog over the reader’s window, in their Downloads folder', async () => {
    await startMain();
    const window = electron.windows[0]!;
    electron.BrowserWindow.getFocusedWindow = () => window;
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await call('choosePack');
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: '/home/reader/downloads' }),
    );
  });

  it('keeps the bookmarks in the user data folder, beside the settings', async () => {
    await startMain();
    const bookmark = { target: 'cg', title: 'CG', added: '2026-11-28T10:00:00.000Z', note: '' };
    await call('saveBookmarks', [bookmark]);
    const stored = JSON.parse(readFileSync(join(electron.app.userData, 'bookmarks.json'), 'utf8'));
    expect(stored.bookmarks).toEqual([bookmark]);
  });

  it('logs nothing at start when the bundled pack is used and none was passed over', async () => {
    // The spies of beforeEach keep earlier tests' calls.
    vi.mocked(console.warn).mockClear();
    vi.mocked(console.error).mockClear();
    await startMain();
    expect((await loadPack()).ok).toBe(true);
    expect(console.warn).not.toHaveBeenCalled();
    expect(console.error).not.toHaveBeenCalled();
  });

  it('ignores a "page listens" from a frame already gone, holding messages still', async () => {
    await startMain();
    const window = electron.windows[0]!;
    // Electron gives senderFrame as null when the frame has navigated or been destroyed.
    electron.ipcListeners.get(HOST_READY_CHANNEL)!({
      sender: window.webContents,
      senderFrame: null,
    });
    electron.app.fire('open-url', 'cica://faq');
    expect(window.webContents.send).not.toHaveBeenCalled();
    pageListens();
    expect(window.webContents.send).toHaveBeenCalledWith(HOST_MESSAGE_CHANNEL, {
      link: 'cica://faq',
    });
  });

  it('holds messages after the page’s renderer crashed, until the page listens again', async () => {
    await startMain();
    const window = electron.windows[0]!;
    pageListens();
    const [, onGone] = window.webContents.on.mock.calls.find(
      ([event]) => event === 'render-process-gone',
    )!;
    (onGone as () => void)();
    electron.app.fire('open-url', 'cica://faq');
    expect(window.webContents.send).not.toHaveBeenCalled();
    pageListens();
    expect(window.webContents.send).toHaveBeenCalledWith(HOST_MESSAGE_CHANNEL, {
      link: 'cica://faq',
    });
  });
});
