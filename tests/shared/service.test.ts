import { describe, expect, it } from 'vitest';
import { readFromMemory, verifyPack } from '../../src/shared/pack/verify';
import { createService } from '../../src/shared/service';
import { sha256 } from '../../src/node/sha256';
import { packFiles } from '../helpers/pack';
import { recordingPlatform } from '../helpers/platform';

describe('the service’s search', () => {
  it('answers a query that fails inside the engine with a sentence, not an exception', async () => {
    const files = packFiles();
    const result = await verifyPack(
      readFromMemory((name) => (files.has(name) ? Buffer.from(files.get(name)!) : undefined)),
      sha256,
    );
    if (!result.ok) throw new Error(result.problem.message);
    const failing = {
      search: () => {
        throw new TypeError('Cannot read properties of undefined');
      },
    };
    const service = createService(
      { ok: true, pack: { ...result.pack, search: failing as never } },
      recordingPlatform().platform,
    );
    expect(await service.search('declaration')).toMatchObject({
      total: 0,
      hits: [],
      notice: 'The search could not run (TypeError: Cannot read properties of undefined).',
    });
  });
});
