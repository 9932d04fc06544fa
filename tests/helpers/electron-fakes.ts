// Stand-ins for the parts of Electron the main process touches, recording
// what it does with them, for the tests under tests/electron/main. Never
// imports `electron` itself: a test mocks it with these (there is no Electron
// binary on the build machines).
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

// Electron's listeners take events of many shapes; the fakes only keep them.
type Listener = (...args: any[]) => unknown;

/** An event whose preventDefault is recorded, as Electron hands to app and page listeners. */
function preventable() {
  return { preventDefault: vi.fn() };
}

/**
 * A BrowserWindow: the options it was made with, the page it loads, its and
 * its page's listeners, and the calls made on it, in order.
 */
export class FakeBrowserWindow {
  /** Every window made, in order. */
  static readonly created: FakeBrowserWindow[] = [];
  static getFocusedWindow: () => FakeBrowserWindow | null = () => null;
  private static waiting: (() => boolean)[] = [];

  /** Forgets the windows made and the focus (before each test). */
  static reset(): void {
    FakeBrowserWindow.created.length = 0;
    FakeBrowserWindow.getFocusedWindow = () => null;
  }

  /** Resolves once `count` windows have been made (an event, not a poll). */
  static whenCreated(count = 1): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (FakeBrowserWindow.created.length < count) return false;
        resolve();
        return true;
      };
      if (!check()) FakeBrowserWindow.waiting.push(check);
    });
  }

  /** The page loaded (loadURL's argument). */
  url?: string;
  /** Window events by name, and page events as `page:<name>`. */
  readonly listeners = new Map<string, Listener>();
  /** The window's methods called, in order. */
  readonly calls: string[] = [];
  minimized = false;
  maximized = false;
  destroyed = false;
  readonly webContents = {
    on: vi.fn((event: string, listener: Listener) => {
      this.listeners.set(`page:${event}`, listener);
    }),
    send: vi.fn(),
  };

  constructor(readonly options: Record<string, unknown>) {
    FakeBrowserWindow.created.push(this);
    FakeBrowserWindow.waiting = FakeBrowserWindow.waiting.filter((check) => !check());
  }

  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, listener);
  });
  once = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, listener);
  });
  show = vi.fn(() => void this.calls.push('show'));
  focus = vi.fn(() => void this.calls.push('focus'));
  restore = vi.fn(() => void this.calls.push('restore'));
  maximize = vi.fn(() => void this.calls.push('maximize'));
  destroy = vi.fn(() => void this.calls.push('destroy'));
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  isMaximized = () => this.maximized;
  getNormalBounds = () => ({ x: 40, y: 30, width: 900, height: 700 });
  loadURL = vi.fn(async (url: string) => {
    this.url = url;
  });
}

/**
 * Electron's app: its events, folders, readiness and single-instance lock,
 * each set by the test.
 */
export class FakeApp {
  isPackaged = false;
  /** What getAppPath() answers. */
  appPath = '';
  /** What getPath('userData') answers; the other folders are under /home/reader. */
  userData = '';
  /** Whether this instance gets the single-instance lock. */
  singleInstance = true;
  /** Resolves when the app is ready; a test may hold it back. */
  ready: Promise<void> = Promise.resolve();
  readonly listeners = new Map<string, Listener>();

  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, listener);
  });
  quit = vi.fn();
  setAsDefaultProtocolClient = vi.fn();
  requestSingleInstanceLock = () => this.singleInstance;
  getAppPath = () => this.appPath;
  getPath = (name: string) => (name === 'userData' ? this.userData : `/home/reader/${name}`);
  whenReady = () => this.ready;

  /** An app event as Electron emits it; returns the event, to see whether it was prevented. */
  fire(event: string, ...args: unknown[]): ReturnType<typeof preventable> {
    const appEvent = preventable();
    this.listeners.get(event)!(appEvent, ...args);
    return appEvent;
  }

  /** Back to a fresh, unpackaged, ready app (before each test). */
  reset(): void {
    Object.assign(this, {
      isPackaged: false,
      appPath: '',
      userData: '',
      singleInstance: true,
      ready: Promise.resolve(),
    });
    this.listeners.clear();
    this.on.mockClear();
    this.quit.mockClear();
    this.setAsDefaultProtocolClient.mockClear();
  }
}

/** ipcMain: the handlers (invoke) and listeners (send) registered, by channel. */
export function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Listener) => {
      handlers.set(channel, handler);
    }),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, listener);
    }),
  };
  return { ipcMain, handlers, listeners };
}

/**
 * A web contents as `web-contents-created` hands it over: `stops` fires a
 * page event and says whether the app prevented it; `open` asks the window
 * open handler the app installed.
 */
export function fakeWebContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  });
  const stops = (event: string, ...args: unknown[]): boolean => {
    const pageEvent = preventable();
    emitter.emit(event, pageEvent, ...args);
    return pageEvent.preventDefault.mock.calls.length > 0;
  };
  return { contents, stops, open: (url: string) => openHandler!({ url }) };
}

/** A session whose permission handlers the app installs, to be asked by the test. */
export function fakeSession() {
  return { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
}
