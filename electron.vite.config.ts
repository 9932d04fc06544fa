import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { thirdPartyNotices } from './build/notices/plugin';

const root = import.meta.dirname;

// Our layout is electron/ + src/, not electron-vite's default src/main etc.,
// so every entry is named here (see docs: engineering notes, section 3).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(root, 'electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but 'electron': bundle everything else.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts') },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    publicDir: false,
    plugins: [
      svelte({ configFile: resolve(root, 'svelte.config.mjs') }),
      // The licences of what the renderer bundles: in About, and as a file for the installers.
      thirdPartyNotices({ writeFile: true }),
    ],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the page's
      // script is a third of the size, and start-up parses less.
      minify: true,
      rollupOptions: { input: resolve(root, 'src/renderer/index.html') },
    },
  },
});
