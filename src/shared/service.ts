import * as v from 'valibot';
import { toReaderData, type CicaApi, type LoadResult } from './api';
import type { PackResult } from './pack/verify';
import { SearchEngine, emptyResults } from './search/query';
import { parseSearchRequest } from './search/request';

// What Lunr's serialized index must look like before Index.load may see it:
// load fails late and oddly on anything else.
const SerializedIndexSchema = v.looseObject({
  version: v.string(),
  fields: v.array(v.string()),
  fieldVectors: v.array(v.tuple([v.string(), v.array(v.number())])),
  invertedIndex: v.array(v.tuple([v.string(), v.record(v.string(), v.unknown())])),
  pipeline: v.array(v.string()),
});

/**
 * The API over a loaded pack, the same for both sides: the main process
 * serves it over IPC, the web edition calls it in the page. Arguments are
 * checked here, since over IPC they come from another process.
 */
export function createService(result: PackResult): CicaApi {
  let loaded: LoadResult;
  let engine: SearchEngine | undefined;
  if (!result.ok) {
    loaded = result;
  } else if (!v.is(SerializedIndexSchema, result.pack.searchIndex)) {
    loaded = indexProblem('it is not a Lunr index');
  } else {
    try {
      engine = SearchEngine.load(result.pack.searchIndex, result.pack.searchDocs);
      loaded = { ok: true, data: toReaderData(result.pack) };
    } catch (error) {
      loaded = indexProblem(`Lunr cannot load it (${(error as Error).message})`);
    }
  }

  return {
    loadPack: async () => loaded,
    search: async (query, options) => {
      const request = parseSearchRequest(query, options);
      if (!request.ok) throw new Error(`search: ${request.message}`);
      return engine ? engine.search(request.query, request.options) : emptyResults();
    },
  };
}

function indexProblem(reason: string): LoadResult {
  return {
    ok: false,
    problem: {
      file: 'search-index.json',
      check: 'schema',
      message: `search-index.json: ${reason}`,
    },
  };
}
