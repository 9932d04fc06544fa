import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SOURCE_PATH = resolve(ROOT, 'resources/cica-faq-2001.txt');

export function sourceBytes(): Buffer {
  return readFileSync(SOURCE_PATH);
}

export function sourceText(): string {
  return sourceBytes().toString('utf8');
}

export const CORPUS_PATH = resolve(ROOT, 'resources/corpus.json');

/** The compiler's real inputs, as `npm run build:pack` reads them. */
export function packInputs(): { source: Buffer; corpus: string } {
  return { source: sourceBytes(), corpus: readFileSync(CORPUS_PATH, 'utf8') };
}
