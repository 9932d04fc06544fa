import { describe, expect, it } from 'vitest';
import { readFromMemory, verifyPack, type Pack } from '../../../src/shared/pack/verify';
import { createService } from '../../../src/shared/service';
import { readCompactIndex } from '../../../src/shared/search/compact-index';
import { CompactSearch } from '../../../src/shared/search/engine';
import { sha256 } from '../../../src/node/sha256';
import {
  workerSearch,
  type FromWorker,
  type ToWorker,
} from '../../../src/renderer/lib/worker-search';
import { packFiles } from '../../helpers/pack';
import { recordingPlatform } from '../../helpers/platform';

async function realPack(): Promise<Pack> {
  const files = packFiles();
  const result = await verifyPack(
    readFromMemory((name) => (files.has(name) ? Buffer.from(files.get(name)!, 'utf8') : undefined)),
    sha256,
    'run',
  );
  if (!result.ok) throw new Error(result.problem.message);
  return result.pack;
}

/**
 * A worker in this thread that does what search-worker.ts does, over
 * structured clones of the messages, as postMessage sends them; `broken`
 * makes it fail as a worker that cannot start.
 */
class FakeWorker extends EventTarget {
  received: ToWorker[] = [];
  private engine: CompactSearch | undefined;
  constructor(private readonly broken = false) {
    super();
  }
  postMessage(message: ToWorker): void {
    const copy = structuredClone(message);
    this.received.push(copy);
    queueMicrotask(() => {
      if (this.broken) return void this.dispatchEvent(new Event('error'));
      if (copy.type === 'load') {
        const read = readCompactIndex(copy.compact);
        if (read.ok)
          this.engine = new CompactSearch(read.index, { aliases: new Map(copy.aliases) });
        return;
      }
      const answer: FromWorker = {
        id: copy.id,
        results: this.engine!.search(copy.query, copy.options),
      };
      this.dispatchEvent(new MessageEvent('message', { data: answer }));
    });
  }
}

describe('searching in the web edition’s worker', () => {
  it('hands the pack over once and answers each search from there, as the page would', async () => {
    const pack = await realPack();
    const worker = new FakeWorker();
    const search = workerSearch(() => worker as unknown as Worker)(pack)!;
    const [a, b] = await Promise.all([
      search('contact group', { limit: 5 }),
      search('declaraton', { section: 'faq' }),
    ]);
    expect(a).toEqual(pack.search.search('contact group', { limit: 5 }));
    expect(b).toEqual(pack.search.search('declaraton', { section: 'faq' }));
    expect(worker.received.map((m) => m.type)).toEqual(['load', 'search', 'search']);
  });

  it('searches in the page where no worker can be made', async () => {
    const pack = await realPack();
    const elsewhere = workerSearch(() => {
      throw new Error('Worker is not defined');
    });
    expect(elsewhere(pack)).toBeUndefined();
  });

  it('falls back to the page when the worker fails, and does not ask it again', async () => {
    const pack = await realPack();
    const worker = new FakeWorker(true);
    const host = workerSearch(() => worker as unknown as Worker);
    const service = createService(
      { ok: true, pack },
      { ...recordingPlatform().platform, searchElsewhere: host },
    );
    const results = await service.search('contact group', { limit: 5 });
    expect(results).toEqual(pack.search.search('contact group', { limit: 5 }));
    const asked = worker.received.length;
    expect(await service.search('almaty', {})).toEqual(pack.search.search('almaty', {}));
    expect(worker.received.length).toBe(asked);
  });
});
