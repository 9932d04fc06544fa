import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { IPC_CHANNELS } from '../../../src/shared/api';

const ROOT = resolve(__dirname, '../../..');

/**
 * The installed Electron binary, if any, found without triggering the
 * `electron` package's lazy download: ELECTRON_EXEC_PATH, or the binary the
 * package already unpacked (path.txt + dist/).
 */
function findElectron(): string | undefined {
  const fromEnv = process.env['ELECTRON_EXEC_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const pkg = join(ROOT, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const executablePath = findElectron();
const SKIP_REASON =
  'No Electron binary on this machine (it is downloaded on first use, which needs the network): ' +
  'set ELECTRON_EXEC_PATH, or run `npm start` once online, to run this spec.';

if (!executablePath) console.warn(`electron e2e skipped: ${SKIP_REASON}`);
test.skip(!executablePath, SKIP_REASON);

test('the desktop app opens on the FAQ with all 33 questions', async () => {
  const app = await electron.launch({ executablePath, args: [ROOT], cwd: ROOT });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle('CICA Reference');
    expect(window.url()).toBe('app://cica/index.html');
    await expect(window.getByRole('article')).toHaveCount(33);
    // Sandboxed and isolated: the page sees no Node, only the typed API.
    const globals = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((globalThis as unknown as { cica: object }).cica),
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      api: Object.keys(IPC_CHANNELS),
    });
    // Search and copy go through main: the answer and the clipboard come from there.
    await window.getByRole('searchbox', { name: 'Search' }).fill('contact group');
    await expect(window.locator('ol.hits a').first()).toContainText('Contact Group');
    await window.getByRole('button', { name: 'Copy these results' }).click();
    expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toContain(
      'cica://search?q=contact%20group',
    );
  } finally {
    await app.close();
  }
});
