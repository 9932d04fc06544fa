import type { CicaApi, PreferencesApi, ServiceApi } from '../../shared/api';
import { browserCollections, type PageStorage } from './browser-collections';
import { INLINE_PACK_ID, type InlinePack } from '../../shared/inline-pack';
import { readFromMemory, verifyPack, type PackResult } from '../../shared/pack/verify';
import {
  PreferencesPatchSchema,
  readPreferences,
  type Preferences,
} from '../../shared/preferences';
import { createService, type Platform } from '../../shared/service';
import * as v from 'valibot';

/**
 * The web edition's implementation of the API: it reads the pack that the
 * build inlined into the page, verifies it with the same shared code the main
 * process uses (hashing with Web Crypto), and serves it through the same
 * service, search included.
 */
export function createBrowserApi(
  doc: Pick<Document, 'getElementById'>,
  platform: Platform = browserPlatform,
  storage: PreferencesStorage | undefined = pageStorage(),
): CicaApi {
  let service: Promise<ServiceApi> | undefined;
  const ready = () =>
    (service ??= readInlinePack(doc).then((pack) => createService(pack, platform)));
  return {
    loadPack: async () => (await ready()).loadPack(),
    search: async (query, options) => (await ready()).search(query, options),
    copy: async (request) => (await ready()).copy(request),
    save: async (request) => (await ready()).save(request),
    checkQuote: async (text) => (await ready()).checkQuote(text),
    exportDossier: async (request) => (await ready()).exportDossier(request),
    exportBookmarks: async (request) => (await ready()).exportBookmarks(request),
    ...browserPreferences(storage),
    ...browserCollections(storage),
  };
}

export type PreferencesStorage = PageStorage;
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
const browserPlatform: Platform = {
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
