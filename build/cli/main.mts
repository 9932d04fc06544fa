// npm run build:cli: src/cli/main.ts -> out/cli/cica.js, the `cica` command on plain Node.
import { chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'out/cli');

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: join(root, 'src/cli/main.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      output: { format: 'cjs', entryFileNames: 'cica.js', banner: '#!/usr/bin/env node' },
    },
  },
});
chmodSync(join(outDir, 'cica.js'), 0o755);
console.log(`cli: ${join(outDir, 'cica.js')}`);
