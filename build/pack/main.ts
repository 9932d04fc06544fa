// npm run build:pack [-- <out-dir>]: resources/cica-faq-2001.txt -> resources/pack/
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORPUS_FILE, SOURCE_FILE, compilePack } from './compile';

const resources = resolve(import.meta.dirname, '../../resources');
const out = resolve(process.argv[2] ?? join(resources, 'pack'));

try {
  const files = compilePack({
    source: readFileSync(join(resources, SOURCE_FILE)),
    corpus: readFileSync(join(resources, CORPUS_FILE), 'utf8'),
  });
  mkdirSync(out, { recursive: true });
  // Remove files from an older layout so the folder holds exactly this pack.
  for (const stale of readdirSync(out)) if (!files.has(stale)) rmSync(join(out, stale));
  for (const [name, text] of files) writeFileSync(join(out, name), text);
  const total = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(`pack: ${files.size} files, ${(total / 1024).toFixed(1)} KiB -> ${out}`);
} catch (error) {
  console.error(`pack: ${(error as Error).message}`);
  process.exit(1);
}
