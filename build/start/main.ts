// npm start / npm run dev / npm run electron:install: make sure an Electron
// binary is there (see electron-binary.ts for why), then hand over to
// electron-vite with ELECTRON_EXEC_PATH set, which it reads before anything else.
//
//   tsx build/start/main.ts install          fetch Electron if missing, print where it is
//   tsx build/start/main.ts <electron-vite args…>
//
// Runs in the project it is started from (npm runs scripts in the project's root).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronPackageDir, ensureElectron } from './electron-binary';

const root = process.cwd();
const args = process.argv.slice(2);

const electron = ensureElectron(electronPackageDir(root));
if (!electron.ok) {
  console.error(electron.message);
  process.exit(1);
}

if (args[0] === 'install') {
  console.log(`Electron: ${electron.path}`);
} else {
  const require = createRequire(join(root, 'package.json'));
  const manifest = require.resolve('electron-vite/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  const cli = join(dirname(manifest), bin['electron-vite']!);
  const child = spawn(process.execPath, [cli, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: electron.path },
  });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
