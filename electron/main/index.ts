// Main-process lifecycle only; each feature lives in its own module.
import { join } from 'node:path';
import {
  BrowserWindow,
  ClipboardItem,
  Menu,
  app,
  clipboard,
  dialog,
  ipcMain,
  nativeTheme,
  protocol,
  screen,
  session,
} from 'electron';
import { HOST_MESSAGE_CHANNEL, HOST_READY_CHANNEL, type HostMessage } from '../../src/shared/api';
import type { CommandId } from '../../src/shared/commands';
import type { Theme } from '../../src/shared/preferences';
import { DEEP_LINK_SCHEME, findDeepLink } from '../../src/shared/route';
import { HostMessenger } from './host-messages';
import { registerIpcHandlers } from './ipc';
import { menuTemplate } from './menu';
import { createCollectionsHandlers } from './collections';
import { packFilePicker } from './pack-dialog';
import { createPackHandlers } from './pack-handlers';
import { packDirectory, preloadScript, rendererDirectory } from './paths';
import { createElectronPlatform } from './platform';
import { createPreferencesHandlers } from './preferences';
import {
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appEntryUrl,
  createAppProtocolHandler,
} from './protocol';
import { denyAllPermissions, isAppUrl, lockDownWebContents } from './security';
import { SettingsStore } from './settings';
import { UserActions, watchUserActions } from './user-actions';
import { createMainWindow, focusWindow } from './window';
import { placeWindow, trackWindowState } from './window-state';

// electron-vite sets this in `npm run dev` only; a packaged app never trusts it.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

let mainWindow: BrowserWindow | undefined;
/** A cica:// link the app was opened with, before its window exists. */
let launchLink = findDeepLink(process.argv);

/** Delivers to the page once it listens: nothing sent while it loads is lost. */
const messenger = new HostMessenger((message) => {
  // Stryker disable next-line BooleanLiteral: a destroyed window means the app is quitting (window-all-closed); kept or dropped, nothing delivers the message
  if (!mainWindow || mainWindow.isDestroyed()) return false;
  mainWindow.webContents.send(HOST_MESSAGE_CHANNEL, message);
  focusWindow(mainWindow);
  return true;
});

/** Hands a message to the page, or keeps a link for the window about to open. */
function tellPage(message: HostMessage): void {
  if (!mainWindow && 'link' in message) launchLink = message.link;
  else messenger.send(message);
}

// One instance: a second launch (say, a cica:// link clicked in a document)
// hands its link to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
  if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);

  app.on('second-instance', (_event, argv) => {
    const link = findDeepLink(argv);
    if (link) tellPage({ link });
    else if (mainWindow) focusWindow(mainWindow);
  });
  // macOS delivers links as an event, possibly before the app is ready.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    tellPage({ link: url });
  });
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, devServerUrl));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start);
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDirectory(import.meta.dirname)));

  const settings = new SettingsStore(join(app.getPath('userData'), 'settings.json'));
  const mac = process.platform === 'darwin';
  const userActions = new UserActions();
  // A menu command is the reader's own action: it may copy.
  const send = (command: CommandId) => {
    userActions.note();
    tellPage({ command });
  };
  const applyTheme = (theme: Theme) => {
    nativeTheme.themeSource = theme;
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ mac, theme, send })));
  };
  applyTheme(settings.getPreferences().theme);

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
    userAsked: () => userActions.take(),
  });
  registerIpcHandlers(
    ipcMain,
    {
      ...(await createPackHandlers({
        bundledDir: packDir,
        packsDir: join(app.getPath('userData'), 'packs'),
        // Only a development build trusts the committed test key.
        build: app.isPackaged
          ? 'release'
          : // Stryker disable next-line StringLiteral: trustedKeys treats every build but 'release' as development
            'development',
        platform,
        pickFile: packFilePicker({
          dialog,
          window: () => BrowserWindow.getFocusedWindow() ?? undefined,
          startDir: app.getPath('downloads'),
        }),
      })),
      ...createPreferencesHandlers(settings, applyTheme),
      ...createCollectionsHandlers(app.getPath('userData')),
    },
    (url) => isAppUrl(url, devServerUrl),
  );

  const place = placeWindow(
    settings.getWindow(),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  mainWindow = createMainWindow({
    preload: preloadScript(import.meta.dirname),
    url: appEntryUrl(devServerUrl, launchLink),
    ...place,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181a' : '#fdfdfc',
  });
  launchLink = undefined;
  listenForPage(mainWindow);
  watchUserActions(mainWindow.webContents, userActions);
  trackWindowState(mainWindow, (state) => settings.updateWindow(state));
  // Ctrl+mouse wheel changes the reader's text size, as the keys and menu do.
  mainWindow.webContents.on('zoom-changed', (_event, direction) =>
    send(direction === 'in' ? 'zoom-in' : 'zoom-out'),
  );
}

/** The page says when it listens; a navigation, reload or crash makes main hold messages again. */
function listenForPage(window: BrowserWindow): void {
  ipcMain.on(HOST_READY_CHANNEL, (event) => {
    // Stryker disable next-line StringLiteral: any text that is not an app URL does as well as ''
    if (event.sender === window.webContents && isAppUrl(event.senderFrame?.url ?? '', devServerUrl))
      messenger.ready();
  });
  window.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) messenger.reset();
  });
  window.webContents.on('render-process-gone', () => messenger.reset());
}
