// Main-process lifecycle only; each feature lives in its own module.
import {
  BrowserWindow,
  ClipboardItem,
  app,
  clipboard,
  dialog,
  ipcMain,
  protocol,
  session,
} from 'electron';
import { registerIpcHandlers } from './ipc';
import { createPackHandlers } from './pack-service';
import { packDirectory, preloadScript, rendererDirectory } from './paths';
import { createElectronPlatform } from './platform';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
} from './protocol';
import { denyAllPermissions, isAppUrl, lockDownWebContents } from './security';
import { createMainWindow } from './window';

// electron-vite sets this in `npm run dev` only; a packaged app never trusts it.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, devServerUrl));

app.on('window-all-closed', () => app.quit());

app.whenReady().then(async () => {
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDirectory(import.meta.dirname)));

  const packDir = packDirectory({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  });
  const platform = createElectronPlatform({
    clipboard,
    ClipboardItem,
    dialog,
    window: () => BrowserWindow.getFocusedWindow() ?? undefined,
    documentsDir: app.getPath('documents'),
  });
  registerIpcHandlers(ipcMain, await createPackHandlers(packDir, platform), (url) =>
    isAppUrl(url, devServerUrl),
  );

  createMainWindow({
    preload: preloadScript(import.meta.dirname),
    url: devServerUrl ?? APP_ENTRY_URL,
  });
});
