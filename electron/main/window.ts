import { BrowserWindow, dialog } from 'electron';
import { secureWebPreferences } from './security';

export interface MainWindowOptions {
  preload: string;
  /** app://cica/index.html, or the dev server's URL in development. */
  url: string;
}

export function createMainWindow({ preload, url }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 800,
    minWidth: 480,
    minHeight: 360,
    title: 'CICA Reference',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preload),
  });
  window.once('ready-to-show', () => window.show());
  // Never leave a blank window: if the app's own page cannot load, say so.
  window.webContents.on('did-fail-load', (_event, code, description, failedUrl, isMainFrame) => {
    if (!isMainFrame) return;
    dialog.showErrorBox(
      'CICA Reference cannot start',
      `The application page ${failedUrl} did not load (${description}, ${code}). Reinstalling the application should repair it.`,
    );
    window.destroy();
  });
  void window.loadURL(url);
  return window;
}
