// npm run build:pack [-- <out-dir> [<packs-dir>]]: resources/ -> resources/pack/ (bundled into the
// installers) and out/packs/cica-<edition>.cicapack (the same pack as one signed file).
// Signed with CICA_PACK_SIGNING_KEY (PEM) when set, else with the committed test key,
// which only development builds and tests trust.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packArchive } from '../../src/shared/pack/archive';
import { publicEntry } from '../../src/node/pack-crypto';
import { signPack, signingKey } from '../../src/node/pack-sign';
import { DATASET_FILE } from './since-2001';
import { CORPUS_FILE, RELEASE_FILE, SOURCE_FILE, compilePack, parseRelease } from './compile';

const root = resolve(import.meta.dirname, '../..');
const resources = join(root, 'resources');
const out = resolve(process.argv[2] ?? join(resources, 'pack'));
const packs = resolve(process.argv[3] ?? join(root, 'out/packs'));
const TEST_KEY_PEM = join(root, 'tests/fixtures/pack-test-key/TEST-ONLY-private-key.pem');

try {
  const { key, from } = signingKey({ fallback: TEST_KEY_PEM });
  const release = parseRelease(readFileSync(join(resources, RELEASE_FILE), 'utf8'));
  const compiled = compilePack({
    source: readFileSync(join(resources, SOURCE_FILE)),
    dataset: readFileSync(join(resources, DATASET_FILE)),
    corpus: readFileSync(join(resources, CORPUS_FILE), 'utf8'),
    release,
    keyId: publicEntry(key, '').id,
  });
  const encoder = new TextEncoder();
  const files = signPack(
    new Map([...compiled].map(([name, text]) => [name, encoder.encode(text)])),
    key,
  );
  mkdirSync(out, { recursive: true });
  // Remove files from an older layout so the folder holds exactly this pack.
  for (const stale of readdirSync(out)) if (!files.has(stale)) rmSync(join(out, stale));
  for (const [name, bytes] of files) writeFileSync(join(out, name), bytes);
  const total = [...files.values()].reduce((sum, bytes) => sum + bytes.byteLength, 0);
  console.log(`pack: ${files.size} files, ${(total / 1024).toFixed(1)} KiB -> ${out}`);

  mkdirSync(packs, { recursive: true });
  const file = join(packs, `cica-${release.edition}.cicapack`);
  const archive = packArchive(files);
  writeFileSync(file, archive);
  const keyName = from === TEST_KEY_PEM ? 'the TEST key (development only)' : from;
  console.log(
    `pack: edition ${release.edition}, signed by ${keyName} (key ${publicEntry(key, '').id}), ` +
      `${(archive.byteLength / 1024).toFixed(1)} KiB -> ${file}`,
  );
} catch (error) {
  console.error(`pack: ${(error as Error).message}`);
  process.exit(1);
}
