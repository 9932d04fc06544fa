import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../../../src/shared/api';
import { IPC_CHANNELS } from '../../../src/shared/api';
import { writePackCopy } from '../../helpers/pack';

// The whole Electron surface the main process touches, recorded for assertions.
const electron = vi.hoisted(() => {
  const windows: { options: Record<string, unknown>; url?: string }[] = [];
  class BrowserWindow {
    static getFocusedWindow = () => null;
    webContents = { on: vi.fn() };
    record: { options: Record<string, unknown>; url?: string };
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      windows.push(this.record);
    }
    once = vi.fn();
    show = vi.fn();
    destroy = vi.fn();
    loadURL = vi.fn(async (url: string) => {
      this.record.url = url;
    });
  }
  return {
    windows,
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    appPath: '',
    app: {
      isPackaged: false,
      on: vi.fn(),
      quit: vi.fn(),
      getAppPath: () => electron.appPath,
      getPath: (name: string) => `/home/reader/${name}`,
      whenReady: () => Promise.resolve(),
    },
    BrowserWindow,
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
    clipboard: { write: vi.fn() },
    ClipboardItem: class {},
    ipcMain: { handle: vi.fn((channel: string, fn: never) => electron.handlers.set(channel, fn)) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    },
  };
});
vi.mock('electron', () => ({ ...electron, default: electron }));

/** A development app folder holding a copy of the real pack in resources/pack. */
function appFolder(): { appPath: string; packDir: string } {
  const appPath = mkdtempSync(join(tmpdir(), 'cica-app-'));
  return { appPath, packDir: writePackCopy(join(appPath, 'resources', 'pack')) };
}

/** Starts the main process as `npm start` would, from the given app folder. */
async function startMain({ appPath }: { appPath: string } = appFolder()): Promise<void> {
  electron.appPath = appPath;
  vi.resetModules();
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
}

function loadPack(senderUrl = 'app://cica/index.html'): Promise<LoadResult> {
  const handler = electron.handlers.get(IPC_CHANNELS.loadPack)!;
  return handler({ senderFrame: { url: senderUrl } }) as Promise<LoadResult>;
}

beforeEach(() => {
  electron.windows.length = 0;
  electron.handlers.clear();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('main process start-up', () => {
  it('registers app:// as a privileged scheme and serves the renderer through it', async () => {
    await startMain();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.windows[0]!.url).toBe('app://cica/index.html');
  });

  it('creates the window sandboxed, isolated and without Node integration', async () => {
    await startMain();
    expect(electron.windows[0]!.options['webPreferences']).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: expect.stringMatching(/preload[\\/]index\.js$/),
    });
  });

  it('denies permissions and locks down every web contents', async () => {
    await startMain();
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(electron.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });

  it('serves the verified pack to the app’s own page', async () => {
    await startMain();
    const result = await loadPack();
    expect(result.ok && result.data.faq.entries).toHaveLength(33);
    expect(result.ok && result.data.manifest.edition.label).toBe('September 2001');
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
