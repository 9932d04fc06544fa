import * as v from 'valibot';
import type {
  ServiceApi,
  PackCatalog,
  PackChange,
  PackDetails,
  PackFileInput,
  PackOffer,
  PacksApi,
  PackSummary,
} from './api';
import { MAX_ARCHIVE_BYTES } from './pack/archive';
import { describeChanges } from './pack/changes';
import type { Pack, PackResult } from './pack/verify';
import { createService, type Platform } from './service';

/** A pack the app has, checked when it was listed or loaded. */
export interface ShelfPack {
  id: string;
  source: PackSummary['source'];
  edition: number;
  result: PackResult;
}

/**
 * Where packs are kept: the user data folder in the desktop app
 * (src/node/pack-library.ts), the page's memory in the web edition. Every
 * pack it hands out has passed every check just before.
 */
export interface Shelf {
  /** Every pack, bundled included, each checked now. */
  list(): Promise<ShelfPack[]>;
  /** The pack to start with, and, when a pack was passed over, why. */
  start(): Promise<{ pack: ShelfPack; notice?: string }>;
  /** One pack, checked now. */
  load(id: string): Promise<ShelfPack | undefined>;
  /** Installs a checked pack file, checking it again where it is kept; resolves with its id. */
  install(bytes: Uint8Array): Promise<string>;
  remove(id: string): Promise<void>;
  /** Remembers the reader's choice of pack for the next start. */
  choose(id: string): Promise<void>;
}

export interface PacksServiceDeps {
  shelf: Shelf;
  /** The full check of a pack file: archive, signature, app version, every file. */
  verifyFile(bytes: Uint8Array): Promise<PackResult>;
  /** The reader's choice of file, or undefined when they cancelled. */
  pickFile(): Promise<PackFileInput | undefined>;
  platform: Platform;
}

const FileInputSchema = v.strictObject({
  name: v.pipe(v.string(), v.maxLength(1000)),
  bytes: v.instance(Uint8Array),
});
const InstallSchema = v.strictObject({ token: v.string(), allowOlder: v.boolean() });
const IdSchema = v.pipe(v.string(), v.maxLength(20));

/**
 * The reference API over a shelf of packs: the pack in use answers loadPack,
 * search, copy and save; the packs API opens, installs and switches packs,
 * the same in the desktop app and the web edition. Arguments are checked,
 * since over IPC they come from another process.
 */
export async function createPacksService(deps: PacksServiceDeps): Promise<ServiceApi & PacksApi> {
  const { shelf } = deps;
  const started = await shelf.start();
  let active = started.pack;
  let service = createService(active.result, deps.platform);
  /** The last file checked, kept until it is installed or another is checked. */
  let offered: { token: string; bytes: Uint8Array; edition: number } | undefined;
  let nextToken = 1;

  const use = (pack: ShelfPack) => {
    active = pack;
    service = createService(pack.result, deps.platform);
  };

  const check = async (input: unknown): Promise<PackOffer> => {
    const file = v.safeParse(FileInputSchema, input);
    if (!file.success) throw new Error(`checkPack: invalid file: ${file.issues[0]!.message}`);
    const { name, bytes } = file.output;
    offered = undefined;
    if (bytes.byteLength > MAX_ARCHIVE_BYTES) {
      return refusal(name, `is ${bytes.byteLength} bytes, more than a pack file may have`);
    }
    const result = await deps.verifyFile(bytes);
    if (!result.ok) return refusal(name, result.problem.message);
    const details = detailsOf(result.pack);
    const newest = Math.max(...(await shelf.list()).map((pack) => pack.edition));
    const token = String(nextToken++);
    offered = { token, bytes, edition: details.edition };
    return {
      ok: true,
      token,
      fileName: name,
      fileBytes: bytes.byteLength,
      details,
      changes: active.result.ok
        ? describeChanges(active.result.pack.corpus, result.pack.corpus)
        : [],
      relation: details.edition > newest ? 'newer' : details.edition < newest ? 'older' : 'same',
    };
  };

  return {
    loadPack: async () => {
      const loaded = await service.loadPack();
      return loaded.ok && started.notice && active === started.pack
        ? { ...loaded, notice: started.notice }
        : loaded;
    },
    search: (query, options) => service.search(query, options),
    copy: (request) => service.copy(request),
    save: (request) => service.save(request),
    checkQuote: (text) => service.checkQuote(text),
    exportDossier: (request) => service.exportDossier(request),
    exportBookmarks: (request) => service.exportBookmarks(request),

    listPacks: async (): Promise<PackCatalog> => ({
      packs: (await shelf.list()).map((pack) => summaryOf(pack, pack.id === active.id)),
      ...(started.notice ? { notice: started.notice } : {}),
    }),

    choosePack: async () => {
      let file: PackFileInput | undefined;
      try {
        file = await deps.pickFile();
      } catch (error) {
        return { ok: false, message: `Not opened: ${(error as Error).message}` };
      }
      if (!file) return { ok: false, cancelled: true, message: 'No pack file chosen.' };
      return check(file);
    },

    checkPack: check,

    installPack: async (input): Promise<PackChange> => {
      const request = v.safeParse(InstallSchema, input);
      if (!request.success)
        throw new Error(`installPack: invalid request: ${request.issues[0]!.message}`);
      const pending = offered;
      if (!pending || pending.token !== request.output.token) {
        return { ok: false, message: 'That pack file is no longer open; open it again.' };
      }
      const editions = (await shelf.list()).map((pack) => pack.edition);
      if (editions.includes(pending.edition)) {
        return {
          ok: false,
          message: `Edition ${pending.edition} is already here: nothing installed. Choose it in Content packs.`,
        };
      }
      const newest = Math.max(...editions);
      if (pending.edition < newest && !request.output.allowOlder) {
        return {
          ok: false,
          message: `Edition ${pending.edition} is older than edition ${newest}: nothing installed. Confirm to install an older edition.`,
        };
      }
      let id: string;
      try {
        id = await shelf.install(pending.bytes);
      } catch (error) {
        return { ok: false, message: `Nothing installed: ${(error as Error).message}` };
      }
      offered = undefined;
      return switchTo(id, 'Installed');
    },

    usePack: async (input) => {
      const id = v.parse(IdSchema, input);
      return switchTo(id, 'Now using');
    },

    removePack: async (input): Promise<PackChange> => {
      const id = v.parse(IdSchema, input);
      const packs = await shelf.list();
      const pack = packs.find((candidate) => candidate.id === id);
      if (!pack || pack.source === 'bundled') {
        return { ok: false, message: 'Only an installed pack can be removed.' };
      }
      if (id === active.id) {
        const next = packs.find((other) => other.id !== id && other.result.ok);
        if (!next) return { ok: false, message: 'No other pack to use: nothing removed.' };
        await shelf.choose(next.id);
        use(next);
      }
      try {
        await shelf.remove(id);
      } catch (error) {
        return {
          ok: false,
          message: `Edition ${pack.edition} was not removed (${(error as Error).message}).`,
        };
      }
      return { ok: true, message: `Removed edition ${pack.edition}; using ${labelOf(active)}.` };
    },
  };

  async function switchTo(id: string, verb: string): Promise<PackChange> {
    const pack = await shelf.load(id);
    if (!pack) return { ok: false, message: 'There is no such pack.' };
    if (!pack.result.ok) {
      return {
        ok: false,
        message: `${labelOf(pack)} cannot be used: ${pack.result.problem.message}`,
      };
    }
    try {
      await shelf.choose(id);
    } catch {
      // The choice is not remembered for the next start; the pack is still used now.
    }
    use(pack);
    return { ok: true, message: `${verb} ${labelOf(pack)}.` };
  }
}

function refusal(name: string, why: string): PackOffer {
  return { ok: false, message: `${name} was not opened: ${why}` };
}

function labelOf(pack: ShelfPack): string {
  return pack.source === 'bundled'
    ? `the bundled pack (edition ${pack.edition})`
    : `edition ${pack.edition}`;
}

function detailsOf({ manifest }: Pack): PackDetails {
  return {
    edition: manifest.pack.edition,
    published: manifest.pack.published,
    asOf: manifest.edition.label,
    version: manifest.version,
    whatsNew: manifest.pack.whatsNew,
    keyId: manifest.pack.keyId,
    bytes: Object.values(manifest.files).reduce((sum, file) => sum + file.bytes, 0),
  };
}

function summaryOf(pack: ShelfPack, active: boolean): PackSummary {
  return {
    id: pack.id,
    source: pack.source,
    edition: pack.edition,
    active,
    ...(pack.result.ok
      ? { details: detailsOf(pack.result.pack) }
      : { problem: pack.result.problem.message }),
  };
}
