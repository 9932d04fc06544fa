import type { PackFileInput, PacksApi, ServiceApi } from '../../src/shared/api';
import { nodeTrust } from '../../src/node/pack-crypto';
import { PackLibrary } from '../../src/node/pack-library';
import type { BuildKind } from '../../src/shared/pack/keys';
import { verifyPackFile } from '../../src/shared/pack/signed';
import { createPacksService } from '../../src/shared/packs-service';
import type { Platform } from '../../src/shared/service';
import type { IpcHandlers } from './ipc';

export interface PackHandlerOptions {
  /** The pack that came with the app. */
  bundledDir: string;
  /** <user data>/packs. */
  packsDir: string;
  /** A packaged app is a release build: it trusts only resources/trusted-keys.json. */
  build: BuildKind;
  platform: Platform;
  /** The reader's choice of pack file (the system's open dialog). */
  pickFile: () => Promise<PackFileInput | undefined>;
}

/**
 * Chooses the pack at start-up (the newest installed one that passes every
 * check, else the bundled one, saying why), verifies every pack file the
 * reader opens here in the main process, and answers the renderer from
 * memory. A broken pack is reported to the renderer, which shows it.
 */
export async function createPackHandlers(
  options: PackHandlerOptions,
): Promise<Pick<IpcHandlers, keyof ServiceApi | keyof PacksApi>> {
  const trust = nodeTrust(options.build);
  const shelf = new PackLibrary({
    bundledDir: options.bundledDir,
    packsDir: options.packsDir,
    trust,
  });
  const service = await createPacksService({
    shelf,
    verifyFile: (bytes) => verifyPackFile(bytes, trust),
    pickFile: options.pickFile,
    platform: options.platform,
  });
  // The pack in use says why another was passed over; listing the packs would
  // verify each of them again, so that is left to the rare case where none loads.
  const loaded = await service.loadPack();
  const notice = loaded.ok ? loaded.notice : (await service.listPacks()).notice;
  if (!loaded.ok) console.error(`CICA Reference: no usable pack: ${loaded.problem.message}`);
  if (notice) console.warn(`CICA Reference: ${notice}`);
  return service;
}
