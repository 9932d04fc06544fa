import type {
  CicaApi,
  PackFileInput,
  PacksApi,
  PreferencesApi,
  ServiceApi,
} from '../../shared/api';
import { browserCollections, type PageStorage } from './browser-collections';
import { INLINE_PACK_ID, TRUSTED_KEYS_ID, type InlinePack } from '../../shared/inline-pack';
import { TrustedKeysSchema, type TrustedKey } from '../../shared/pack/keys';
import { verifyPackFile, type Ed25519Verify, type PackTrust } from '../../shared/pack/signed';
import { readFromMemory, verifyPack, type PackResult } from '../../shared/pack/verify';
import { createPacksService, type Shelf, type ShelfPack } from '../../shared/packs-service';
import { APP_VERSION } from '../../shared/app';
import { readPickedFile } from './pack-files';
import {
  PreferencesPatchSchema,
  readPreferences,
  type Preferences,
} from '../../shared/preferences';
import type { Platform } from '../../shared/service';
import * as v from 'valibot';

/**
 * The web edition's implementation of the API: it reads the pack that the
 * build inlined into the page, verifies it with the same shared code the main
 * process uses (hashing and Ed25519 with Web Crypto), and serves it through
 * the same service, search included. A pack file the reader opens is checked
 * in full, as the desktop app checks it, and kept in the page's memory until
 * the page is closed.
 */
export function createBrowserApi(
  doc: Pick<Document, 'getElementById'>,
  platform: Platform = browserPlatform,
  storage: PreferencesStorage | undefined = pageStorage(),
  pickFile: () => Promise<PackFileInput | undefined> = pickWithFileInput,
): CicaApi {
  let service: Promise<ServiceApi & PacksApi> | undefined;
  const ready = () => {
    if (service) return service;
    const trust: PackTrust = {
      keys: readTrustedKeys(doc),
      verifySignature: verifyWithWebCrypto,
      sha256: sha256Hex,
      appVersion: APP_VERSION,
    };
    const verifyFile = (bytes: Uint8Array) => verifyPackFile(bytes, trust);
    return (service = createPacksService({
      shelf: new PageShelf(() => readInlinePack(doc), verifyFile),
      verifyFile,
      pickFile,
      platform,
    }));
  };
  return {
    loadPack: async () => (await ready()).loadPack(),
    search: async (query, options) => (await ready()).search(query, options),
    copy: async (request) => (await ready()).copy(request),
    save: async (request) => (await ready()).save(request),
    checkQuote: async (text) => (await ready()).checkQuote(text),
    exportDossier: async (request) => (await ready()).exportDossier(request),
    exportBookmarks: async (request) => (await ready()).exportBookmarks(request),
    listPacks: async () => (await ready()).listPacks(),
    choosePack: async () => (await ready()).choosePack(),
    checkPack: async (file) => (await ready()).checkPack(file),
    installPack: async (request) => (await ready()).installPack(request),
    usePack: async (id) => (await ready()).usePack(id),
    removePack: async (id) => (await ready()).removePack(id),
    ...browserPreferences(storage),
    ...browserCollections(storage),
  };
}

export type PreferencesStorage = PageStorage;

/**
 * The web edition's packs: the one inlined in the page, and those the reader
 * opened, held in memory (checked in full again when "installed") until the
 * page is closed.
 */
class PageShelf implements Shelf {
  private bundled: Promise<ShelfPack> | undefined;
  private readonly opened = new Map<string, ShelfPack>();

  constructor(
    private readonly readBundled: () => Promise<PackResult>,
    private readonly verifyFile: (bytes: Uint8Array) => Promise<PackResult>,
  ) {}

  private inline(): Promise<ShelfPack> {
    return (this.bundled ??= this.readBundled().then((result) => ({
      id: 'bundled',
      source: 'bundled' as const,
      edition: result.ok ? result.pack.manifest.pack.edition : 0,
      result,
    })));
  }

  async start() {
    return { pack: await this.inline() };
  }

  async list() {
    return [await this.inline(), ...this.opened.values()].sort((a, b) => b.edition - a.edition);
  }

  async load(id: string) {
    return id === 'bundled' ? this.inline() : this.opened.get(id);
  }

  async install(bytes: Uint8Array) {
    const result = await this.verifyFile(bytes);
    if (!result.ok) throw new Error(result.problem.message);
    const edition = result.pack.manifest.pack.edition;
    const id = String(edition);
    this.opened.set(id, { id, source: 'installed', edition, result });
    return id;
  }

  async remove(id: string) {
    this.opened.delete(id);
  }

  async choose() {
    // Nothing outlives the page: the next visit starts with the page's own pack.
  }
}

/** The keys the build inlined (resources/trusted-keys.json; the development copy adds the test key). */
function readTrustedKeys(doc: Pick<Document, 'getElementById'>): TrustedKey[] {
  try {
    const parsed = v.safeParse(
      TrustedKeysSchema,
      JSON.parse(doc.getElementById(TRUSTED_KEYS_ID)?.textContent ?? 'null'),
    );
    return parsed.success ? parsed.output.keys : [];
  } catch {
    return [];
  }
}

/** Ed25519 with Web Crypto (Chromium; a browser without it refuses every pack file, saying so). */
const verifyWithWebCrypto: Ed25519Verify = async (spki, signature, data) => {
  const key = await crypto.subtle.importKey(
    'spki',
    spki as Uint8Array<ArrayBuffer>,
    { name: 'Ed25519' },
    false,
    ['verify'],
  );
  return crypto.subtle.verify(
    { name: 'Ed25519' },
    key,
    signature as Uint8Array<ArrayBuffer>,
    data as Uint8Array<ArrayBuffer>,
  );
};

/** The browser's file chooser, for one .cicapack; resolves undefined when the reader cancels. */
function pickWithFileInput(): Promise<PackFileInput | undefined> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.cicapack';
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        if (!file) return resolve(undefined);
        readPickedFile(file).then(resolve, reject);
      },
      { once: true },
    );
    input.click();
  });
}

const PREFERENCES_KEY = 'cica-reference:preferences';

/** The page's localStorage, if the browser allows it (some lock file:// pages out). */
function pageStorage(): PreferencesStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Preferences in the page's storage, read as tolerantly as the desktop
 * app's settings file; without storage they last as long as the page.
 */
function browserPreferences(storage: PreferencesStorage | undefined): PreferencesApi {
  let current: Preferences = readPreferences(parseStored(storage));
  return {
    loadPreferences: async () => ({ ...current }),
    savePreferences: async (patch) => {
      const checked = v.safeParse(PreferencesPatchSchema, patch);
      if (!checked.success)
        throw new Error(`preferences: invalid change: ${checked.issues[0]!.message}`);
      current = { ...current, ...checked.output };
      try {
        storage?.setItem(PREFERENCES_KEY, JSON.stringify(current));
      } catch {
        // Storage full or denied: the choice holds for this page.
      }
      return { ...current };
    },
  };
}

function parseStored(storage: PreferencesStorage | undefined): unknown {
  try {
    return JSON.parse(storage?.getItem(PREFERENCES_KEY) ?? 'null');
  } catch {
    return null;
  }
}

/** The page's clipboard (both types in one item) and a download for saving. */
export const browserPlatform: Platform = {
  now: () => new Date(),
  writeClipboard: async ({ text, html }) => {
    const types: Record<string, Blob> = { 'text/plain': new Blob([text], { type: 'text/plain' }) };
    if (html !== undefined) types['text/html'] = new Blob([html], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(types)]);
  },
  saveFile: async ({ fileName, mime, content }) => {
    const blob =
      typeof content === 'string'
        ? new Blob([content], { type: `${mime};charset=utf-8` })
        : new Blob([new Uint8Array(content)], { type: mime });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return `your downloads (${fileName})`;
  },
};

async function readInlinePack(doc: Pick<Document, 'getElementById'>): Promise<PackResult> {
  const element = doc.getElementById(INLINE_PACK_ID);
  if (!element?.textContent) {
    return problem('missing', 'this page has no data pack; rebuild it with npm run build:web');
  }
  let inline: InlinePack;
  try {
    inline = JSON.parse(element.textContent) as InlinePack;
  } catch (error) {
    return problem('json', `the inlined pack is not valid JSON (${(error as Error).message})`);
  }
  const encoder = new TextEncoder();
  return verifyPack(
    readFromMemory((name) =>
      typeof inline.files?.[name] === 'string' ? encoder.encode(inline.files[name]) : undefined,
    ),
    sha256Hex,
    // The page's own pack, checked in full when it was built into the page.
    'run',
  );
}

function problem(check: 'missing' | 'json', detail: string): PackResult {
  return {
    ok: false,
    problem: { file: INLINE_PACK_ID, check, message: `${INLINE_PACK_ID}: ${detail}` },
  };
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
