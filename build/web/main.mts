// npm run build:web: the renderer as one self-contained HTML file, out/web/index.html,
// which trusts only resources/trusted-keys.json to sign pack files; and its development
// copy out/web-dev/index.html, which also trusts the committed test key (for the browser
// tests and for trying packs signed by npm run build:pack without a release key).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { thirdPartyNotices } from '../notices/plugin';
import { finishWebEdition } from './finish-html';
import { PACK_FILES } from '../../src/shared/pack/schema';
import { RUN_FILES } from '../../src/shared/pack/verify';
import { trustedKeys } from '../../src/node/trusted-keys';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'out/web');
const packDir = join(root, 'resources/pack');
const devDir = join(root, 'out/web-dev');

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

  // The page's own pack is checked by its manifest, as the desktop app checks its bundled
  // one: it comes with the page. The signature (manifest.sig) is for pack files. Only
  // the files the app reads go in (the Lunr index and the documents it was built from
  // are for the pack's own checks, made when it was built), so the page is lighter.
  const files = new Map(
    [PACK_FILES.manifest, ...RUN_FILES]
      .sort()
      .map((name) => [name, readFileSync(join(packDir, name), 'utf8')] as const),
  );
  const built = join(outDir, 'web.html');
  const source = readFileSync(built, 'utf8');
  rmSync(built);
  for (const [dir, build] of [
    [outDir, 'release'],
    [devDir, 'development'],
  ] as const) {
    const page = join(dir, 'index.html');
    const html = finishWebEdition(source, files, trustedKeys(build));
    mkdirSync(dir, { recursive: true });
    writeFileSync(page, html);
    console.log(
      `web edition (${build}): ${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB -> ${page}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`web edition: ${(error as Error).message}`);
  process.exit(1);
});
