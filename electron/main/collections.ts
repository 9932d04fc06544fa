import { join } from 'node:path';
import type { CollectionsApi } from '../../src/shared/api';
import { JsonFile } from '../../src/node/json-file';
import { Collection } from '../../src/shared/tools/collection';
import { BOOKMARKS, DOSSIER } from '../../src/shared/tools/stored';
import type { IpcHandlers } from './ipc';

/**
 * The most the app itself writes is about 5.1 MB: 1,000 bookmarks with every
 * note and title at its longest, in characters JSON writes as six bytes
 * (\u0001). Anything larger is not one of ours.
 */
const MAX_COLLECTION_BYTES = 8 * 1024 * 1024;

/**
 * The bookmarks and the dossier, each in its own file beside settings.json
 * (bookmarks.json, dossier.json), so that a damaged one costs nothing else.
 */
export function createCollectionsHandlers(
  folder: string,
  warn: (message: string) => void = console.warn,
  now: () => Date = () => new Date(),
): Pick<IpcHandlers, keyof CollectionsApi> {
  // A JsonFile is a collection's backend as it is: read, set aside, write.
  const file = (name: string, what: string) =>
    new JsonFile(join(folder, name), MAX_COLLECTION_BYTES, what, warn, now);
  const bookmarks = new Collection(file('bookmarks.json', 'bookmarks file'), BOOKMARKS);
  const dossier = new Collection(file('dossier.json', 'dossier file'), DOSSIER);
  return {
    loadBookmarks: async () => bookmarks.load(),
    saveBookmarks: async (list) => bookmarks.save(list),
    loadDossier: async () => dossier.load(),
    saveDossier: async (value) => dossier.save(value),
  };
}
