// Packages the app with the real electron-builder config for `--linux dir`,
// offline: a stub Electron folder stands in for the Electron zip (engineering
// notes, section 4). The result does not run; it shows that app.asar and
// resources/ hold what the main process loads, and nothing else, and that the
// fuses were flipped.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { builtinModules, createRequire } from 'node:module';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackDirectory } from '../../src/node/pack-dir';
import { ROOT } from '../helpers/source';

const run = promisify(execFile);
const bin = (path: string) => join(ROOT, 'node_modules', path);
const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  main: string;
  dependencies: Record<string, string>;
};

// @electron/fuses' wire: the sentinel, a version byte (1), a length byte, then
// one ASCII '0'/'1' per fuse. Electron 45 has 9 fuses; these are its defaults:
// RunAsNode 1, CookieEncryption 0, NodeOptions 1, NodeCliInspect 1,
// EmbeddedAsarIntegrityValidation 0, OnlyLoadAppFromAsar 0,
// LoadBrowserProcessSpecificV8Snapshot 0, GrantFileProtocolExtraPrivileges 1,
// WasmTrapHandlers 1 (not named by @electron/fuses 1.8).
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_DEFAULT_FUSES = '101100001';
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

/** Not copied into the packaged project: generated or machine-local (node_modules is linked). */
const NOT_COPIED = new Set([
  '.git',
  'node_modules',
  'out',
  'dist',
  'resources/pack',
  'test-results',
  'playwright-report',
]);

let tmp: string;
let unpacked: string;
let asarPath: string;
let asarFiles: string[];
let builderLog = '';

/**
 * The stub Electron folder electron-builder copies instead of downloading the
 * Electron zip: the files it expects, no .asar, and an `electron` "binary"
 * holding a fuse wire in Electron's default state.
 */
function writeStubElectron(dir: string): void {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub Electron for packaging tests"; exit 1\n', 'latin1'),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES, 'latin1'),
    Buffer.from('\n', 'latin1'),
  ]);
  writeFileSync(join(dir, 'electron'), wire);
  chmodSync(join(dir, 'electron'), 0o755);
  const electron = JSON.parse(readFileSync(bin('electron/package.json'), 'utf8')) as {
    version: string;
  };
  writeFileSync(join(dir, 'version'), electron.version);
  writeFileSync(join(dir, 'LICENSE'), 'stub\n');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), 'stub\n');
  writeFileSync(join(dir, 'locales', 'en-US.pak'), 'stub\n');
}

/** Production dependencies and theirs, as installed (what the asar may hold in node_modules). */
function productionClosure(): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const pkg = JSON.parse(readFileSync(bin(`${name}/package.json`), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep);
  };
  for (const dep of Object.keys(rootPackage.dependencies)) visit(dep);
  return seen;
}

/** The environment for the electron-builder CLI: a release build, quiet about updates, logging. */
function builderEnv(): NodeJS.ProcessEnv {
  // electron-builder silences its log when it sees VITEST; the log is asserted on below.
  // NO_UPDATE_NOTIFIER: the CLI would otherwise ask the npm registry for a newer electron-builder.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_UPDATE_NOTIFIER: '1' };
  delete env.VITEST;
  delete env.CICA_E2E_BUILD;
  return env;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'cica-packaging-'));
  // A copy of the project (sources, tests, configs, icons; node_modules linked)
  // with a fresh `npm run build` output, so the config's `files` filter meets
  // everything it must leave out. Nothing comes from a previous run.
  const app = join(tmp, 'app');
  cpSync(ROOT, app, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(relative(ROOT, source).replaceAll('\\', '/')),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
  // `npm run build` in the copy: out/main, out/preload, out/renderer, out/cli, resources/pack.
  await run('npm', ['run', 'build'], {
    cwd: app,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  // Other build outputs that must stay out of the app: the web edition, a source map.
  for (const decoy of ['out/web/index.html', 'out/main/index.js.map']) {
    mkdirSync(dirname(join(app, decoy)), { recursive: true });
    writeFileSync(join(app, decoy), 'decoy\n');
  }

  const stub = join(tmp, 'electron-stub');
  writeStubElectron(stub);
  const { stdout, stderr } = await run(
    process.execPath,
    [
      bin('electron-builder/cli.js'),
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${stub}`,
      `-c.directories.output=${join(tmp, 'dist')}`,
    ],
    { cwd: app, env: builderEnv() },
  );
  builderLog = stdout + stderr;

  unpacked = join(tmp, 'dist', 'linux-unpacked');
  asarPath = join(unpacked, 'resources', 'app.asar');
  asarFiles = listPackage(asarPath, { isPack: false }).map((file) =>
    file.replaceAll('\\', '/').replace(/^\/?/, '/'),
  );
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('electron-builder --linux dir (offline, stub Electron)', () => {
  it('packages without downloading anything', () => {
    expect(builderLog).toContain('using custom unpacked Electron distribution');
    expect(builderLog).not.toMatch(/downloading/i);
    expect(existsSync(join(unpacked, 'cica-reference'))).toBe(true);
  });

  it('puts the built main, preload and renderer and package.json in app.asar', () => {
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
    ]) {
      expect(asarFiles).toContain(file);
    }
    expect(asarFiles.some((file) => /^\/out\/renderer\/assets\/.+\.js$/.test(file))).toBe(true);
  });

  it('includes every package the main bundle requires at run time', () => {
    const main = extractFile(asarPath, 'out/main/index.js').toString('utf8');
    const required = [...main.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
    const external = required.filter(
      (name) => name !== 'electron' && !name.startsWith('node:') && !builtinModules.includes(name),
    );
    expect(external.length).toBeGreaterThan(0);
    for (const name of external) {
      const pkg = name.startsWith('@')
        ? name.split('/').slice(0, 2).join('/')
        : name.split('/')[0]!;
      expect(asarFiles, name).toContain(`/node_modules/${pkg}/package.json`);
    }
  });

  it('holds nothing else: no sources, tests, web or CLI builds, pack, dev tools or source maps', () => {
    const topLevel = new Set(asarFiles.map((file) => file.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
    const outDirs = new Set(
      asarFiles.filter((f) => f.startsWith('/out/')).map((f) => f.split('/')[2]),
    );
    expect([...outDirs].sort()).toEqual(['main', 'preload', 'renderer']);
    expect(asarFiles.filter((file) => /\.map$/.test(file))).toEqual([]);
    expect(
      asarFiles.filter((file) => /\.m?ts$/.test(file) && !file.startsWith('/node_modules/')),
    ).toEqual([]);

    const allowed = productionClosure();
    const packages = new Set(
      asarFiles
        .filter((file) => file.startsWith('/node_modules/'))
        .map((file) => file.split('/'))
        // A scope's own folder (node_modules/@types) is not a package.
        .filter((parts) => !(parts[2]!.startsWith('@') && parts.length < 4))
        .map((parts) => (parts[2]!.startsWith('@') ? `${parts[2]}/${parts[3]}` : parts[2]!)),
    );
    for (const name of packages) expect([...allowed], `node_modules/${name}`).toContain(name);
    for (const devTool of [
      'electron',
      'electron-builder',
      'vite',
      'svelte',
      'typescript',
      'vitest',
    ]) {
      expect([...packages]).not.toContain(devTool);
    }
  });

  it('writes package.json with the app name, version and main, and desktopName for Linux', () => {
    const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8'));
    expect(pkg).toMatchObject({
      name: rootPackage.name,
      version: rootPackage.version,
      main: rootPackage.main,
      desktopName: 'cica-reference.desktop',
    });
    expect(asarFiles).toContain(`/${rootPackage.main}`);
  });

  it('ships the data pack beside app.asar, every file matching the manifest', async () => {
    const pack = join(unpacked, 'resources', 'pack');
    const manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')) as {
      files: Record<string, { sha256: string; bytes: number }>;
    };
    expect(readdirSync(pack).sort()).toEqual(
      [...Object.keys(manifest.files), 'manifest.json', 'manifest.sig'].sort(),
    );
    for (const [name, { sha256, bytes }] of Object.entries(manifest.files)) {
      const data = readFileSync(join(pack, name));
      expect(data.length, name).toBe(bytes);
      expect(createHash('sha256').update(data).digest('hex'), name).toBe(sha256);
    }
    const loaded = await loadPackDirectory(pack);
    expect(loaded.ok ? 'ok' : loaded.problem.message).toBe('ok');
  });

  it('ships the licences of the bundled third-party code beside app.asar', () => {
    const notices = readFileSync(join(unpacked, 'resources', 'THIRD_PARTY_NOTICES.txt'), 'utf8');
    // The renderer bundles Svelte (and what it uses); Lunr and the exporters run in main.
    expect(notices).toMatch(/^svelte \d+\.\d+\.\d+ \(MIT\)$/m);
    // The main process's run-time dependencies carry their own licence files.
    for (const dep of Object.keys(rootPackage.dependencies))
      expect(
        asarFiles.some((file) => file.startsWith(`/node_modules/${dep}/LICENSE`)),
        dep,
      ).toBe(true);
  });

  it('flips the release fuses in the packaged binary', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'cica-reference'));
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      nodeCliInspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: OFF,
      cookieEncryption: ON,
      nodeOptions: OFF,
      nodeCliInspect: OFF,
      asarIntegrity: ON,
      onlyAsar: ON,
      fileProtocolPrivileges: OFF,
    });
  });
});

describe('electron-builder config', () => {
  const configPath = join(ROOT, 'electron-builder.cjs');
  const load = (e2e: string | undefined) => {
    const require = createRequire(configPath);
    const saved = process.env.CICA_E2E_BUILD;
    try {
      if (e2e === undefined) delete process.env.CICA_E2E_BUILD;
      else process.env.CICA_E2E_BUILD = e2e;
      delete require.cache[configPath];
      return require(configPath);
    } finally {
      if (saved === undefined) delete process.env.CICA_E2E_BUILD;
      else process.env.CICA_E2E_BUILD = saved;
      delete require.cache[configPath];
    }
  };

  it('keeps the inspect and NODE_OPTIONS fuses on only for end-to-end builds (CICA_E2E_BUILD=1)', () => {
    const inspectFuses = (config: { electronFuses: Record<string, boolean> }) => [
      config.electronFuses.enableNodeCliInspectArguments,
      config.electronFuses.enableNodeOptionsEnvironmentVariable,
    ];
    expect(inspectFuses(load(undefined))).toEqual([false, false]);
    expect(inspectFuses(load('1'))).toEqual([true, true]);
    expect(load('1').electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true });
  });

  it('registers the cica:// scheme and builds AppImage, deb, NSIS and dmg', () => {
    const config = load(undefined);
    expect(config.protocols).toEqual([{ name: 'CICA Reference link', schemes: ['cica'] }]);
    expect([config.linux.target, config.win.target, config.mac.target]).toEqual([
      ['AppImage', 'deb'],
      ['nsis'],
      ['dmg'],
    ]);
  });
});
