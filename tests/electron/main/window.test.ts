import { beforeEach, describe, expect, it, vi } from 'vitest';

// The BrowserWindow and dialog the window module uses, recorded for assertions.
const electron = await vi.hoisted(async () => {
  const { FakeBrowserWindow } = await import('../../helpers/electron-fakes');
  return { BrowserWindow: FakeBrowserWindow, dialog: { showErrorBox: vi.fn() } };
});
vi.mock('electron', () => ({ ...electron, default: electron }));

const { createMainWindow, focusWindow } = await import('../../../electron/main/window');

type FakeWindow = InstanceType<typeof electron.BrowserWindow>;

function open({ maximized = false } = {}): FakeWindow {
  createMainWindow({
    preload: '/app/out/preload/index.js',
    url: 'app://cica/index.html',
    bounds: { x: 10, y: 20, width: 1000, height: 700 },
    maximized,
    backgroundColor: '#16181a',
  });
  return electron.BrowserWindow.created.at(-1)!;
}

beforeEach(() => {
  electron.BrowserWindow.reset();
  electron.dialog.showErrorBox.mockClear();
});

describe('the main window', () => {
  it('opens hidden where it was, at least 480 × 360, titled, on the theme’s background, with the secure preferences', () => {
    const window = open();
    expect(window.options).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      minWidth: 480,
      minHeight: 360,
      title: 'CICA Reference',
      show: false,
      backgroundColor: '#16181a',
      webPreferences: {
        preload: '/app/out/preload/index.js',
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
      },
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://cica/index.html');
  });

  it('shows itself once the page has painted, not before', () => {
    const window = open();
    expect(window.calls).toEqual([]);
    window.listeners.get('ready-to-show')!();
    expect(window.calls).toEqual(['show']);
  });

  it('shows itself maximized when it was maximized last time', () => {
    const window = open({ maximized: true });
    window.listeners.get('ready-to-show')!();
    expect(window.calls).toEqual(['maximize', 'show']);
  });

  it('says so and closes when the app’s own page cannot load, instead of staying blank', () => {
    const window = open();
    window.listeners.get('page:did-fail-load')!(
      {},
      -6,
      'ERR_FILE_NOT_FOUND',
      'app://cica/index.html',
      true,
    );
    expect(electron.dialog.showErrorBox.mock.calls).toEqual([
      [
        'CICA Reference cannot start',
        'The application page app://cica/index.html did not load (ERR_FILE_NOT_FOUND, -6). Reinstalling the application should repair it.',
      ],
    ]);
    expect(window.calls).toEqual(['destroy']);
  });

  it('ignores a frame inside the page that fails to load', () => {
    const window = open();
    window.listeners.get('page:did-fail-load')!({}, -3, 'ERR_ABORTED', 'about:blank', false);
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(window.calls).toEqual([]);
  });
});

describe('focusWindow', () => {
  it('brings a window to the front', () => {
    const window = open();
    focusWindow(window as never);
    expect(window.calls).toEqual(['show', 'focus']);
  });

  it('restores a minimized window first', () => {
    const window = open();
    window.minimized = true;
    focusWindow(window as never);
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
  });
});
