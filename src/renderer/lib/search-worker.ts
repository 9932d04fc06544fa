// The web edition's search worker: the page hands it a pack's compact index
// (already checked there) and asks it each keystroke's search, so that the
// page's thread stays free for the reader. Built inline into the page
// (web.ts imports it with ?worker&inline).
import { readCompactIndex } from '../../shared/search/compact-index';
import { CompactSearch } from '../../shared/search/engine';
import type { ToWorker, FromWorker } from './worker-search';

let engine: CompactSearch | undefined;

const post = (message: FromWorker) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    const read = readCompactIndex(message.compact);
    engine = read.ok
      ? new CompactSearch(read.index, { aliases: new Map(message.aliases) })
      : undefined;
    return;
  }
  try {
    if (!engine) throw new Error('no index loaded');
    post({ id: message.id, results: engine.search(message.query, message.options) });
  } catch (error) {
    post({ id: message.id, error: String(error) });
  }
});
