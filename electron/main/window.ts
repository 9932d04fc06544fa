import { BrowserWindow, dialog, type Rectangle } from 'electron';
import { secureWebPreferences } from './security';

export interface MainWindowOptions {
  preload: string;
  /** app://cica/index.html, or the dev server's URL in development. */
  url: string;
  /** Where the window was last time (see window-state.ts). */
  bounds: Partial<Rectangle> & { width: number; height: number };
  maximized: boolean;
  /** Behind the page until it paints, matching the theme to avoid a white flash. */
  backgroundColor: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options.bounds,
    minWidth: 480,
    minHeight: 360,
    title: 'CICA Reference',
    show: false,
    backgroundColor: options.backgroundColor,
    webPreferences: secureWebPreferences(options.preload),
  });
  window.once('ready-to-show', () => {
    if (options.maximized) window.maximize();
    window.show();
  });
  // Never leave a blank window: if the app's own page cannot load, say so.
  window.webContents.on('did-fail-load', (_event, code, description, failedUrl, isMainFrame) => {
    if (!isMainFrame) return;
    dialog.showErrorBox(
      'CICA Reference cannot start',
      `The application page ${failedUrl} did not load (${description}, ${code}). Reinstalling the application should repair it.`,
    );
    window.destroy();
  });
  void window.loadURL(options.url);
  return window;
}

/** Brings the window to the front, as a second launch of the app expects. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
