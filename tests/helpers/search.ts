import { createService } from '../../src/shared/service';
import type { PackApi } from '../../src/shared/api';
import { readFromMemory, verifyPack } from '../../src/shared/pack/verify';
import { readCompactIndex } from '../../src/shared/search/compact-index';
import { CompactSearch, type CompactSearchOptions } from '../../src/shared/search/engine';
import { SearchEngine, type EngineOptions } from '../../src/shared/search/query';
import { sha256 } from '../../src/node/sha256';
import { packFiles } from './pack';
import { recordingPlatform } from './platform';

/** The app's search engine over the real compiled pack's compact index, as the app loads it. */
export function loadEngine(options?: CompactSearchOptions): CompactSearch {
  const files = packFiles();
  const read = readCompactIndex(Buffer.from(files.get('search-compact.txt')!, 'utf8'));
  if (!read.ok) throw new Error(read.message);
  return CompactSearch.forPack(
    { compactIndex: read.index, corpus: JSON.parse(files.get('corpus.json')!) },
    options,
  );
}

/** The Lunr reference search over the real compiled pack's Lunr index (the oracle). */
export function loadReference(options?: EngineOptions): SearchEngine {
  const files = packFiles();
  return SearchEngine.forPack(
    {
      searchIndex: JSON.parse(files.get('search-index.json')!),
      searchDocs: JSON.parse(files.get('search-docs.json')!),
      corpus: JSON.parse(files.get('corpus.json')!),
    },
    options,
  );
}

/** The shared service over the real pack, as main and the web edition build it. */
export async function realService(platform = recordingPlatform().platform): Promise<PackApi> {
  const files = packFiles();
  const result = await verifyPack(
    readFromMemory((name) => (files.has(name) ? Buffer.from(files.get(name)!, 'utf8') : undefined)),
    sha256,
  );
  return createService(result, platform);
}
