import type { CollectionsApi } from '../../shared/api';
import { Collection, type CollectionBackend } from '../../shared/tools/collection';
import { BOOKMARKS, DOSSIER } from '../../shared/tools/stored';

export type PageStorage = Pick<Storage, 'getItem' | 'setItem'>;

const KEYS = { bookmarks: 'cica-reference:bookmarks', dossier: 'cica-reference:dossier' };

/** Said in the panels when the browser keeps nothing for a page opened from a file. */
export const NOT_KEPT =
  'This browser keeps no data for a page opened from a file: your bookmarks and dossier last until the page is closed. Export them to keep them.';

/**
 * One collection in the page's storage, with the care of the desktop app's
 * files: what cannot be read is copied aside under a key of its own
 * (`<key>.corrupt-<time>`) before anything replaces it. Without storage,
 * everything lasts as long as the page, and the reader is told so.
 */
export function storageBackend(
  storage: PageStorage | undefined,
  key: string,
  now: () => Date = () => new Date(),
): CollectionBackend {
  const setAside = (why: string) => {
    const raw = storage?.getItem(key);
    if (raw === null || raw === undefined) return {};
    const aside = `${key}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
    try {
      storage!.setItem(aside, raw);
      console.warn(`CICA Reference: stored ${key} ignored: ${why}; kept as ${aside}.`);
      return { keptAs: `${aside} in this browser's storage` };
    } catch {
      return {};
    }
  };
  return {
    read: () => {
      let raw: string | null;
      try {
        raw = storage?.getItem(key) ?? null;
      } catch (error) {
        return { ok: false, why: (error as Error).message };
      }
      if (raw === null) return { ok: true, data: undefined };
      try {
        return { ok: true, data: JSON.parse(raw) as unknown };
      } catch (error) {
        const why = `it is not JSON (${(error as Error).message})`;
        return { ok: false, why, ...setAside(why) };
      }
    },
    setAside,
    write: (data) => storage?.setItem(key, JSON.stringify(data)),
    volatile: storage ? undefined : NOT_KEPT,
  };
}

export function browserCollections(storage: PageStorage | undefined): CollectionsApi {
  // Read on first use, not while the page starts.
  let bookmarks: Collection<ReturnType<typeof BOOKMARKS.read>['value']> | undefined;
  let dossier: Collection<ReturnType<typeof DOSSIER.read>['value']> | undefined;
  const b = () =>
    (bookmarks ??= new Collection(storageBackend(storage, KEYS.bookmarks), BOOKMARKS));
  const d = () => (dossier ??= new Collection(storageBackend(storage, KEYS.dossier), DOSSIER));
  return {
    loadBookmarks: async () => b().load(),
    saveBookmarks: async (list) => b().save(list),
    loadDossier: async () => d().load(),
    saveDossier: async (value) => d().save(value),
  };
}
