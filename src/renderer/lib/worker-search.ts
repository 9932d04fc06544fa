import type { Pack } from '../../shared/pack/verify';
import { searchAliases } from '../../shared/search/documents';
import type { SearchOptions, SearchResults } from '../../shared/search/results';
import type { Platform, SearchElsewhere } from '../../shared/service';

/** What the page tells the search worker. */
export type ToWorker =
  | { type: 'load'; compact: Uint8Array; aliases: [string, readonly string[]][] }
  | { type: 'search'; id: number; query: string; options: SearchOptions };

/** What the worker answers: a search's results, or why it could not run. */
export type FromWorker = { id: number; results: SearchResults } | { id: number; error: string };

/**
 * Searches in one worker, made on first use: each pack put in use is handed
 * to it (a copy of its checked compact index), and the worker answers in
 * the order asked, so a search always runs on the last pack handed over.
 * Where no worker can be made, the search stays in the page.
 */
export function workerSearch(makeWorker: () => Worker): NonNullable<Platform['searchElsewhere']> {
  let worker: Worker | undefined;
  let failed = false;
  const waiting = new Map<number, { resolve(r: SearchResults): void; reject(e: Error): void }>();
  let next = 0;
  const start = (): Worker | undefined => {
    if (worker || failed) return worker;
    try {
      worker = makeWorker();
    } catch {
      failed = true;
      return undefined;
    }
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const answer = event.data;
      const asked = waiting.get(answer.id);
      waiting.delete(answer.id);
      if ('results' in answer) asked?.resolve(answer.results);
      else asked?.reject(new Error(answer.error));
    });
    worker.addEventListener('error', () => {
      // A worker that fails once is not asked again: the page searches.
      failed = true;
      for (const asked of waiting.values()) asked.reject(new Error('the search worker failed'));
      waiting.clear();
    });
    return worker;
  };

  return (pack: Pack): SearchElsewhere | undefined => {
    const target = start();
    if (!target) return undefined;
    const load: ToWorker = {
      type: 'load',
      compact: pack.compact,
      aliases: [...searchAliases(pack.corpus)],
    };
    target.postMessage(load);
    return (query, options) => {
      if (failed) return Promise.reject(new Error('the search worker failed'));
      return new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        const ask: ToWorker = { type: 'search', id, query, options };
        target.postMessage(ask);
      });
    };
  };
}
