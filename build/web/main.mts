// npm run build:web: the renderer as one self-contained HTML file, out/web/index.html.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { thirdPartyNotices } from '../notices/plugin';
import { finishWebEdition } from './finish-html';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'out/web');
const packDir = join(root, 'resources/pack');

async function main(): Promise<void> {
  await build({
    configFile: false,
    root: join(root, 'src/renderer'),
    publicDir: false,
    logLevel: 'warn',
    plugins: [
      svelte({ configFile: join(root, 'svelte.config.mjs') }),
      // One file: the notices live in the page (About), not beside it.
      thirdPartyNotices({ writeFile: false }),
      viteSingleFile({ removeViteModuleLoader: true }),
    ],
    // web.html starts the renderer with the in-page API (src/renderer/web.ts).
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: join(root, 'src/renderer/web.html') },
    },
  });

  const files = new Map(
    readdirSync(packDir)
      .sort()
      .map((name) => [name, readFileSync(join(packDir, name), 'utf8')] as const),
  );
  const built = join(outDir, 'web.html');
  const page = join(outDir, 'index.html');
  const html = finishWebEdition(readFileSync(built, 'utf8'), files);
  writeFileSync(page, html);
  rmSync(built);
  console.log(`web edition: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB -> ${page}`);
}

main().catch((error: unknown) => {
  console.error(`web edition: ${(error as Error).message}`);
  process.exit(1);
});
