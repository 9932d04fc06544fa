import { loadPackDirectory } from '../../src/node/pack-dir';
import { createService, type Platform } from '../../src/shared/service';
import type { ServiceApi } from '../../src/shared/api';
import type { IpcHandlers } from './ipc';

/**
 * Loads and verifies the pack once, at start-up, with its search index, and
 * answers the renderer from memory. A broken pack is reported to the
 * renderer, which shows it.
 */
export async function createPackHandlers(
  packDir: string,
  platform: Platform,
): Promise<Pick<IpcHandlers, keyof ServiceApi>> {
  const result = await loadPackDirectory(packDir);
  const service = createService(result, platform);
  const loaded = await service.loadPack();
  if (!loaded.ok)
    console.error(`CICA Reference: pack in ${packDir} refused: ${loaded.problem.message}`);
  return service;
}
