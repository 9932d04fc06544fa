// The wiring of `npm start`, `npm run dev` and `npm run electron:install`, run
// for real in a scratch copy of the project whose `electron` package has no
// binary. The download is pointed at a closed port on this machine, so the
// installer fails at once and nothing is downloaded.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/source';

const SLOW = 60_000;
const scripts = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'cica-start-'));
  copyFileSync(join(ROOT, 'package.json'), join(project, 'package.json'));
  symlinkSync(join(ROOT, 'build'), join(project, 'build'));
  const modules = join(project, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(ROOT, 'node_modules')))
    if (name !== 'electron') symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  // The electron package as npm installs it: no path.txt, no dist/.
  mkdirSync(join(modules, 'electron'));
  for (const file of ['package.json', 'install.js', 'index.js', 'checksums.json'])
    copyFileSync(join(ROOT, 'node_modules/electron', file), join(modules, 'electron', file));
});

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  for (const name of Object.keys(base))
    if (/^(ELECTRON_|npm_|electron_)/i.test(name)) delete base[name];
  const result = spawnSync(command, args, {
    cwd: project,
    encoding: 'utf8',
    env: {
      ...base,
      // Port 9 on loopback refuses at once: the download fails without the network.
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: join(project, 'electron-cache'),
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const SENTENCE =
  /Cannot start the desktop app: the Electron binary is missing \(the download failed: [^\n]+\); [^\n]*npm run electron:install[^\n]*ELECTRON_MIRROR[^\n]*ELECTRON_EXEC_PATH[^\n]*ELECTRON_OVERRIDE_DIST_PATH[^\n]*web edition/;

describe('npm start without an Electron binary and without the network', () => {
  it('fetches Electron before anything else runs', () => {
    expect(scripts['start']!.split(' && ')).toEqual([
      'npm run electron:install',
      'npm run build',
      'tsx build/start/main.ts preview --skipBuild',
    ]);
    expect(scripts['dev']!.split(' && ')[0]).toBe('npm run electron:install');
    expect(scripts['electron:install']).toBe('tsx build/start/main.ts install');
  });

  it.each(['start', 'dev'])(
    '`npm %s` stops with one clear sentence, no stack trace, and builds nothing',
    (script) => {
      const { status, output } = run('npm', ['run', script]);
      expect(status).not.toBe(0);
      expect(output).toMatch(SENTENCE);
      expect(output).not.toMatch(/^\s+at /m);
      expect(output).not.toContain('Electron uninstall');
      // Neither the build nor electron-vite started (npm heads each script it runs with "> name@version script").
      expect(output).toMatch(/^> cica-reference@\S+ electron:install$/m);
      expect(output).not.toMatch(/^> cica-reference@\S+ build/m);
      expect(output).not.toContain('starting electron app');
    },
    SLOW,
  );
});

describe('npm start with an Electron binary', () => {
  it(
    'hands electron-vite the binary it found, through ELECTRON_EXEC_PATH',
    () => {
      // An Electron folder named by ELECTRON_OVERRIDE_DIST_PATH: electron-vite alone
      // does not read that variable, so only the launcher can pass the binary on.
      const dist = join(project, 'electron-dist');
      mkdirSync(dist);
      const stub = join(dist, 'electron');
      const record = join(project, 'stub-ran-with.txt');
      writeFileSync(stub, `#!/bin/sh\necho "$@" > "${record}"\n`);
      chmodSync(stub, 0o755);
      // electron-vite checks that package.json's "main" exists before it starts Electron.
      mkdirSync(join(project, 'out/main'), { recursive: true });
      writeFileSync(join(project, 'out/main/index.js'), '');

      const installed = run('npm', ['run', 'electron:install'], {
        ELECTRON_OVERRIDE_DIST_PATH: dist,
      });
      expect(installed.output).toContain(`Electron: ${stub}`);
      expect(installed.status).toBe(0);

      const started = run('npx', ['tsx', 'build/start/main.ts', 'preview', '--skipBuild'], {
        ELECTRON_OVERRIDE_DIST_PATH: dist,
      });
      expect(started.output).toContain('starting electron app');
      expect(started.status).toBe(0);
      expect(readFileSync(record, 'utf8').trim()).toBe('.');
    },
    SLOW,
  );
});
