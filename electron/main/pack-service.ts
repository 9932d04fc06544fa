import { toReaderData, type LoadResult } from '../../src/shared/api';
import { loadPackDirectory } from '../../src/node/pack-dir';
import type { IpcHandlers } from './ipc';

/**
 * Loads and verifies the pack once, at start-up, and answers the renderer
 * from memory. A broken pack is reported to the renderer, which shows it.
 */
export async function createPackHandlers(packDir: string): Promise<IpcHandlers> {
  const result = await loadPackDirectory(packDir);
  const answer: LoadResult = result.ok
    ? { ok: true, data: toReaderData(result.pack) }
    : { ok: false, problem: result.problem };
  if (!result.ok)
    console.error(`CICA Reference: pack in ${packDir} refused: ${result.problem.message}`);
  return {
    loadPack: async () => answer,
  };
}
