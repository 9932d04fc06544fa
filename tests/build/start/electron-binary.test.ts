import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  ensureElectron,
  executableName,
  firstLine,
  locateElectron,
} from '../../../build/start/electron-binary';

/** A fake `electron` package folder, optionally with an unpacked binary. */
function packageDir(options: { pathTxt?: string; binary?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cica-electron-pkg-'));
  if (options.pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), options.pathTxt);
  if (options.binary) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', options.pathTxt ?? 'electron'), '');
  }
  return dir;
}

function executable(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cica-electron-bin-'));
  const path = join(dir, 'electron');
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

const FETCH_FAILED = 'TypeError: fetch failed\n    at node:internal/deps/undici:1:1\n';

describe('locateElectron', () => {
  it('finds the binary the electron package unpacked (path.txt + dist/)', () => {
    const dir = packageDir({ pathTxt: 'electron', binary: true });
    expect(locateElectron(dir, {})).toEqual({
      found: true,
      path: join(dir, 'dist', 'electron'),
      from: 'node_modules/electron',
    });
  });

  it('finds nothing when the package was never installed, or its dist/ is gone', () => {
    expect(locateElectron(packageDir(), {})).toEqual({ found: false });
    expect(locateElectron(packageDir({ pathTxt: 'electron' }), {})).toEqual({ found: false });
  });

  it('prefers ELECTRON_EXEC_PATH, and says so when it points at nothing', () => {
    const binary = executable();
    const dir = packageDir({ pathTxt: 'electron', binary: true });
    expect(locateElectron(dir, { ELECTRON_EXEC_PATH: binary })).toMatchObject({
      found: true,
      path: binary,
    });
    expect(locateElectron(dir, { ELECTRON_EXEC_PATH: '/nowhere/electron' })).toEqual({
      found: false,
      problem: 'ELECTRON_EXEC_PATH points at /nowhere/electron, which does not exist',
    });
  });

  it('takes the executable inside ELECTRON_OVERRIDE_DIST_PATH, named per platform', () => {
    const binary = executable();
    const folder = join(binary, '..');
    expect(locateElectron(packageDir(), { ELECTRON_OVERRIDE_DIST_PATH: folder }, 'linux')).toEqual({
      found: true,
      path: binary,
      from: 'ELECTRON_OVERRIDE_DIST_PATH',
    });
    expect(locateElectron(packageDir(), { ELECTRON_OVERRIDE_DIST_PATH: folder }, 'win32')).toEqual({
      found: false,
      problem: `ELECTRON_OVERRIDE_DIST_PATH is ${folder}, which holds no electron.exe`,
    });
    expect(executableName('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});

describe('ensureElectron', () => {
  it('runs nothing when a binary is installed', () => {
    const install = vi.fn();
    const dir = packageDir({ pathTxt: 'electron', binary: true });
    expect(ensureElectron(dir, {}, install)).toEqual({
      ok: true,
      path: join(dir, 'dist/electron'),
    });
    expect(install).not.toHaveBeenCalled();
  });

  it("runs Electron's own install.js when none is, and uses what it unpacked", () => {
    const dir = packageDir();
    const install = vi.fn((script: string, _env: Record<string, string | undefined>) => {
      expect(script).toBe(join(dir, 'install.js'));
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist', 'electron'), '');
      writeFileSync(join(dir, 'path.txt'), 'electron');
      return { status: 0, stderr: '' };
    });
    expect(
      ensureElectron(dir, { ELECTRON_MIRROR: 'https://mirror.example.org/' }, install),
    ).toEqual({ ok: true, path: join(dir, 'dist/electron') });
    // The reader's mirror and proxy settings reach the installer.
    expect(install.mock.calls[0]![1]).toMatchObject({
      ELECTRON_MIRROR: 'https://mirror.example.org/',
    });
  });

  it('gives one sentence, without the stack, when the download fails', () => {
    const result = ensureElectron(packageDir(), {}, () => ({ status: 1, stderr: FETCH_FAILED }));
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toMatch(
      /^Cannot start the desktop app: the Electron binary is missing \(the download failed: TypeError: fetch failed\); /,
    );
    expect(message).not.toContain('\n');
    expect(message).not.toContain('undici');
    for (const advice of [
      'npm run electron:install',
      'ELECTRON_MIRROR',
      'ELECTRON_EXEC_PATH',
      'ELECTRON_OVERRIDE_DIST_PATH',
      'npm run build:web',
    ])
      expect(message).toContain(advice);
  });

  it('does not download over a wrong explicit path: it reports the path', () => {
    const install = vi.fn();
    const result = ensureElectron(
      packageDir(),
      { ELECTRON_EXEC_PATH: '/nowhere/electron' },
      install,
    );
    expect(install).not.toHaveBeenCalled();
    expect(result.ok ? '' : result.message).toContain(
      '(ELECTRON_EXEC_PATH points at /nowhere/electron, which does not exist)',
    );
  });

  it('reports an installer that exits 0 without leaving a binary', () => {
    const result = ensureElectron(packageDir(), {}, () => ({ status: 0, stderr: '' }));
    expect(result.ok ? '' : result.message).toContain('the installer finished without a binary');
  });
});

describe('firstLine', () => {
  it('keeps the error line, not the stack frames', () => {
    expect(firstLine(FETCH_FAILED)).toBe('TypeError: fetch failed');
    expect(firstLine('\n   \n')).toBe('no reason given');
  });
});
