// Finds the Electron binary that `npm start` and `npm run dev` will run, and
// fetches it through Electron's own installer when it is missing.
//
// Why this exists: Electron 45 has no install script (its index.js downloads
// the binary lazily, on the first require('electron')), and electron-vite 6
// never triggers that download: its getElectronPath reads
// node_modules/electron/path.txt itself, or ELECTRON_EXEC_PATH, and throws
// "Electron uninstall" otherwise. So the binary must be fetched before
// electron-vite starts, on every new machine.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Env = Record<string, string | undefined>;

export type Located =
  { found: true; path: string; from: string } | { found: false; problem?: string };

/** The folder of the `electron` npm package (resolved without loading it). */
export function electronPackageDir(root: string): string {
  return dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
}

/** The executable inside an Electron folder, as Electron's install.js names it. */
export function executableName(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/**
 * Where an installed Electron is, in the order the tools look: ELECTRON_EXEC_PATH
 * (electron-vite), ELECTRON_OVERRIDE_DIST_PATH (the electron package), then
 * the binary the package unpacked (path.txt + dist/). Never downloads.
 */
export function locateElectron(
  packageDir: string,
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
): Located {
  const execPath = env['ELECTRON_EXEC_PATH'];
  if (execPath) {
    return existsSync(execPath)
      ? { found: true, path: execPath, from: 'ELECTRON_EXEC_PATH' }
      : { found: false, problem: `ELECTRON_EXEC_PATH points at ${execPath}, which does not exist` };
  }
  const distOverride = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (distOverride) {
    const path = join(distOverride, executableName(platform));
    return existsSync(path)
      ? { found: true, path, from: 'ELECTRON_OVERRIDE_DIST_PATH' }
      : {
          found: false,
          problem: `ELECTRON_OVERRIDE_DIST_PATH is ${distOverride}, which holds no ${executableName(platform)}`,
        };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { found: false };
  const path = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? { found: true, path, from: 'node_modules/electron' } : { found: false };
}

/** How to get an Electron binary, for every message that finds none. */
export const HOW_TO_GET_ELECTRON =
  'connect to the network once and run `npm run electron:install` (or `npm start` again), ' +
  'or set ELECTRON_MIRROR to a mirror you can reach, ' +
  'or point ELECTRON_EXEC_PATH (the executable) or ELECTRON_OVERRIDE_DIST_PATH (its folder) ' +
  'at an Electron 45 you already have';

/** The one sentence a reader sees when there is no Electron to run. */
function missingElectronMessage(reason: string): string {
  return (
    `Cannot start the desktop app: the Electron binary is missing (${reason}); ` +
    `${HOW_TO_GET_ELECTRON}; ` +
    'the web edition needs no Electron: `npm run build:web`, then open out/web/index.html in a browser.'
  );
}

/** The first line of what a failed installer printed, without its stack. */
export function firstLine(output: string): string {
  const line = output
    .split('\n')
    .map((text) => text.trim())
    .find((text) => text !== '' && !text.startsWith('at '));
  return line ?? 'no reason given';
}

export interface Installer {
  /** Runs Electron's install.js; returns its exit status and what it printed on stderr. */
  (installScript: string, env: Env): { status: number | null; stderr: string };
}

const runElectronInstaller: Installer = (installScript, env) => {
  console.log('Electron is not installed yet: downloading it once with its own installer…');
  const result = spawnSync(process.execPath, [installScript], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  return { status: result.status, stderr: result.error ? String(result.error) : result.stderr };
};

/**
 * The Electron to run: the installed one, or one fetched now by Electron's
 * own installer (which honours ELECTRON_MIRROR, the proxy variables and its
 * cache). An explicit path that is wrong is reported, not papered over by a download.
 */
export function ensureElectron(
  packageDir: string,
  env: Env = process.env,
  install: Installer = runElectronInstaller,
): { ok: true; path: string } | { ok: false; message: string } {
  const before = locateElectron(packageDir, env);
  if (before.found) return { ok: true, path: before.path };
  if (before.problem) return { ok: false, message: missingElectronMessage(before.problem) };

  const result = install(join(packageDir, 'install.js'), env);
  if (result.status !== 0) {
    const reason = `the download failed: ${firstLine(result.stderr)}`;
    return { ok: false, message: missingElectronMessage(reason) };
  }
  const after = locateElectron(packageDir, env);
  return after.found
    ? { ok: true, path: after.path }
    : { ok: false, message: missingElectronMessage('the installer finished without a binary') };
}
