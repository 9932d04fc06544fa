import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { IPC_CHANNELS } from '../../../src/shared/api';
import { ReaderPage } from '../web/reader-page';
import {
  electronPackageDir,
  HOW_TO_GET_ELECTRON,
  locateElectron,
} from '../../../build/start/electron-binary';

const ROOT = resolve(__dirname, '../../..');

// Found the way `npm start` finds it, without triggering the electron package's lazy download.
const installed = locateElectron(electronPackageDir(ROOT));
const executablePath = installed.found ? installed.path : undefined;
const SKIP_REASON = `No Electron binary on this machine${
  !installed.found && installed.problem ? ` (${installed.problem})` : ''
}: to run this spec, ${HOW_TO_GET_ELECTRON}.`;

if (!executablePath) console.warn(`electron e2e skipped: ${SKIP_REASON}`);
test.skip(!executablePath, SKIP_REASON);

/**
 * Starts the app with its own settings folder (each test its own: the app
 * keeps one instance per settings folder, and tests must not share state).
 */
function launch(configHome: string, ...extraArgs: string[]): Promise<ElectronApplication> {
  return electron.launch({
    executablePath,
    args: [ROOT, ...extraArgs],
    cwd: ROOT,
    env: { ...process.env, XDG_CONFIG_HOME: configHome, APPDATA: configHome, HOME: configHome },
  });
}

const freshSettings = () => mkdtempSync(join(tmpdir(), 'cica-e2e-'));

test('the desktop app opens on the FAQ with all 33 questions', async () => {
  const app = await launch(freshSettings());
  try {
    const window = await app.firstWindow();
    const reader = new ReaderPage(window);
    // The page names its view in the title, and the window shows it.
    await expect(window).toHaveTitle('FAQ - CICA Reference');
    expect(window.url()).toBe('app://cica/index.html');
    await expect(reader.questions).toHaveCount(33);
    // Sandboxed and isolated: the page sees no Node, only the typed API.
    const globals = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((globalThis as unknown as { cica: object }).cica),
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      api: [...Object.keys(IPC_CHANNELS), 'onHostMessage'],
    });
    // Search and copy go through main: the answer and the clipboard come from there.
    await reader.searchBox.fill('contact group');
    await expect(reader.searchHits.first()).toContainText('Contact Group');
    await window.getByRole('button', { name: 'Copy these results' }).click();
    expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toContain(
      'cica://search?q=contact%20group',
    );
  } finally {
    await app.close();
  }
});

test('the menu carries out commands in the page', async () => {
  const app = await launch(freshSettings());
  try {
    const reader = new ReaderPage(await app.firstWindow());
    await expect(reader.questions).toHaveCount(33);
    const labels = await app.evaluate(({ Menu }) =>
      Menu.getApplicationMenu()!.items.map((item) => item.label.replace('&', '')),
    );
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Go', 'Help']));
    await app.evaluate(({ Menu }) =>
      Menu.getApplicationMenu()!.getMenuItemById('tab:bodies')!.click(),
    );
    await expect(reader.tab('Bodies')).toHaveAttribute('aria-selected', 'true');
    await app.evaluate(({ Menu }) =>
      Menu.getApplicationMenu()!.getMenuItemById('shortcuts')!.click(),
    );
    await expect(reader.dialog('Keyboard shortcuts')).toBeVisible();
  } finally {
    await app.close();
  }
});

test('theme, last view and window size come back at the next start', async () => {
  const settings = freshSettings();
  const first = await launch(settings);
  try {
    const reader = new ReaderPage(await first.firstWindow());
    await reader.chooseTheme('dark');
    await reader.tab('Timeline').click();
    await first.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]!.setBounds({ width: 900, height: 650 }),
    );
    await expect
      .poll(() => first.evaluate(({ nativeTheme }) => nativeTheme.themeSource))
      .toBe('dark');
  } finally {
    await first.close();
  }
  const second = await launch(settings);
  try {
    const reader = new ReaderPage(await second.firstWindow());
    await expect(reader.tab('Timeline')).toHaveAttribute('aria-selected', 'true');
    await expect(reader.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const size = await second.evaluate(({ BrowserWindow }) => {
      const [width, height] = BrowserWindow.getAllWindows()[0]!.getSize();
      return { width, height };
    });
    expect(size).toEqual({ width: 900, height: 650 });
  } finally {
    await second.close();
  }
});

test('a cica:// link given at launch opens the place it names', async () => {
  const app = await launch(freshSettings(), 'cica://documents/declaration');
  try {
    const reader = new ReaderPage(await app.firstWindow());
    await expect(reader.tab('Documents')).toHaveAttribute('aria-selected', 'true');
    await expect(
      reader
        .panel('Documents')
        .getByRole('heading', { name: /Declaration/ })
        .first(),
    ).toBeVisible();
  } finally {
    await app.close();
  }
});
