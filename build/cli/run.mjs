// npm run cli: runs the bundled CLI (out/cli/cica.js) on plain Node, which
// starts in a fraction of the time tsx takes to compile the sources. The
// bundle and the data pack are rebuilt first when missing or older than what
// they are built from, so the command always answers as the sources would.
// Plain JavaScript: this runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const at = (path) => join(root, path);

/** The newest modification time among files and everything under folders. */
function newest(paths) {
  let time = 0;
  for (const path of paths) {
    const stat = statSync(at(path));
    if (stat.isDirectory()) {
      for (const name of readdirSync(at(path), { recursive: true })) {
        time = Math.max(time, statSync(join(at(path), name)).mtimeMs);
      }
    } else time = Math.max(time, stat.mtimeMs);
  }
  return time;
}

function builtAfter(target, sources) {
  try {
    return statSync(at(target)).mtimeMs >= newest(sources);
  } catch {
    return false;
  }
}

/** Runs a build step with its output on stderr, so stdout stays the command's own. */
function build(script, why) {
  process.stderr.write(`cica: ${why}; building it first (${script})\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', at(script)], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const shared = ['src/shared', 'src/node', 'package.json'];
if (
  !builtAfter('resources/pack/manifest.json', [
    'resources/cica-faq-2001.txt',
    'resources/corpus.json',
    'build/pack',
    ...shared,
  ])
) {
  build('build/pack/main.ts', 'the data pack is missing or older than its sources');
}
if (!builtAfter('out/cli/cica.js', ['src/cli', 'build/cli/main.mts', ...shared])) {
  build('build/cli/main.mts', 'out/cli/cica.js is missing or older than its sources');
}
// In this process: a second Node would double the start-up time.
createRequire(import.meta.url)(at('out/cli/cica.js')).main(process.argv.slice(2));
