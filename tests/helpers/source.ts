import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RELEASE_FILE, parseRelease, type PackInputs } from '../../build/pack/compile';
import { TEST_KEY } from '../../src/node/trusted-keys';

export const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_PATH = resolve(ROOT, 'resources/cica-faq-2001.txt');

function sourceBytes(): Buffer {
  return readFileSync(SOURCE_PATH);
}

export function sourceText(): string {
  return sourceBytes().toString('utf8');
}

export const CORPUS_PATH = resolve(ROOT, 'resources/corpus.json');
export const DATASET_PATH = resolve(ROOT, 'resources/cica-since-2001.json');

/** The compiler's real inputs, as `npm run build:pack` reads them, for a pack signed by the test key. */
export function packInputs(): PackInputs {
  return {
    source: sourceBytes(),
    dataset: readFileSync(DATASET_PATH),
    corpus: readFileSync(CORPUS_PATH, 'utf8'),
    release: parseRelease(readFileSync(resolve(ROOT, 'resources', RELEASE_FILE), 'utf8')),
    keyId: TEST_KEY.id,
  };
}

/** The committed test key's private half (PEM): trusted by development builds and tests only. */
export const TEST_KEY_PEM_PATH = resolve(
  ROOT,
  'tests/fixtures/pack-test-key/TEST-ONLY-private-key.pem',
);
