// The one typed contract between the renderer and whatever serves it: the
// Electron main process (over IPC, through the preload) or the web edition's
// in-page implementation. Every channel is declared here and nowhere else.
import type { PackProblem } from './pack/verify';
import type { ReaderData } from './reader-data';
import type { CopyRequest, SaveRequest } from './export/request';
import type { SearchOptions, SearchResults } from './search/query';
import type { CommandId } from './commands';
import type { Preferences, PreferencesPatch } from './preferences';
import type { QuoteReport } from './quote/check';
import type { Bookmark, Dossier, Stored } from './tools/places';

export type LoadResult =
  | {
      ok: true;
      data: ReaderData;
      /** Why the pack in use is not the one expected (an installed pack failed its checks at start). */
      notice?: string;
    }
  | { ok: false; problem: PackProblem };

/** The outcome of copy or save, worded for the reader (announced in a live region). */
export type ActionResult =
  { ok: true; message: string } | { ok: false; message: string; cancelled?: boolean };

/** What the pack serves: the same code answers in main and in the web edition. */
export interface PackApi {
  /** The verified pack's content, or the problem that stopped it from loading. */
  loadPack(): Promise<LoadResult>;
  /** Any text, as typed: never throws on odd input; empty input finds nothing. */
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
  /**
   * Copies a section, group, item or the search results with its citation.
   * The content is formatted where the data lives (in Electron, the main
   * process): the renderer sends an id and a format, never HTML.
   */
  copy(request: CopyRequest): Promise<ActionResult>;
  /** Saves the same to a file the reader chooses (a download in the web edition). */
  save(request: SaveRequest): Promise<ActionResult>;
}

/** The reader's choices (theme, text size, last view), kept between runs. */
export interface PreferencesApi {
  loadPreferences(): Promise<Preferences>;
  /** Stores the changed fields and returns the preferences as now stored. */
  savePreferences(patch: PreferencesPatch): Promise<Preferences>;
}

export const DOSSIER_FORMATS = ['markdown', 'html', 'docx'] as const;
export const BOOKMARKS_FORMATS = ['markdown', 'html'] as const;
export type DossierFormat = (typeof DOSSIER_FORMATS)[number];
export type BookmarksFormat = (typeof BOOKMARKS_FORMATS)[number];

/** The reader's tools that need the pack: checking a quote, exporting a dossier or the bookmarks. */
interface ReaderToolsApi {
  /** Any text, as pasted: never throws; short, empty or very long input is answered with a notice. */
  checkQuote(text: string): Promise<QuoteReport>;
  /** Saves the dossier as one brief with numbered references (a download in the web edition). */
  exportDossier(request: { dossier: Dossier; format: DossierFormat }): Promise<ActionResult>;
  /** Saves the bookmarks, each with its note, citation and deep link. */
  exportBookmarks(request: {
    bookmarks: Bookmark[];
    format: BookmarksFormat;
  }): Promise<ActionResult>;
}

/**
 * The reader's bookmarks and dossier, kept between runs (files in the
 * settings folder, or the browser's storage). Each save replaces the whole
 * list and returns it as now stored, with a notice when something could
 * not be read or kept.
 */
export interface CollectionsApi {
  loadBookmarks(): Promise<Stored<Bookmark[]>>;
  saveBookmarks(bookmarks: Bookmark[]): Promise<Stored<Bookmark[]>>;
  loadDossier(): Promise<Stored<Dossier>>;
  saveDossier(dossier: Dossier): Promise<Stored<Dossier>>;
}

/** What one loaded pack answers: the same code in main, in the web edition and in the CLI. */
export type ServiceApi = PackApi & ReaderToolsApi;

export type CicaApi = ServiceApi & PreferencesApi & CollectionsApi & PacksApi;

/** What the reader is told about a pack before using it. */
export interface PackDetails {
  edition: number;
  /** The day it was made (YYYY-MM-DD). */
  published: string;
  /** What the content describes: "September 2001". */
  asOf: string;
  /** The content hash quoted in citations. */
  version: string;
  whatsNew: string;
  keyId: string;
  /** The content files' total size. */
  bytes: number;
}

/** A pack the app has: the bundled one, or one the reader installed (in the web edition, opened). */
export interface PackSummary {
  /** "bundled", or the installed pack's edition number. */
  id: string;
  source: 'bundled' | 'installed';
  edition: number;
  active: boolean;
  /** Present when the pack passes every check now. */
  details?: PackDetails;
  /** Why it cannot be used, when it no longer passes its checks. */
  problem?: string;
}

export interface PackCatalog {
  packs: PackSummary[];
  /** Said once at start when an installed pack was passed over, and why. */
  notice?: string;
}

/** A pack file the reader opened, checked, and what installing it would do. */
export type PackOffer =
  | {
      ok: true;
      /** Names this checked file for installPack. */
      token: string;
      fileName: string;
      fileBytes: number;
      details: PackDetails;
      /** Against the pack in use: "+1 participant", "3 facts corrected". */
      changes: string[];
      /** Against the newest edition the app has: a downgrade needs the reader's say-so. */
      relation: 'newer' | 'older' | 'same';
    }
  | { ok: false; message: string; cancelled?: boolean };

export type PackChange = { ok: true; message: string } | { ok: false; message: string };

/** A file the page read (chosen in the web edition, or dropped on the window). */
export interface PackFileInput {
  name: string;
  bytes: Uint8Array;
}

/** Content packs: open a signed pack file, install it, switch, remove, go back to the bundled one. */
export interface PacksApi {
  listPacks(): Promise<PackCatalog>;
  /** Lets the reader choose a .cicapack (the system's dialog) and checks it. */
  choosePack(): Promise<PackOffer>;
  /** Checks a pack file the page has read (dropped on the window). */
  checkPack(file: PackFileInput): Promise<PackOffer>;
  /** Installs the checked pack of an offer and starts using it. */
  installPack(request: { token: string; allowOlder: boolean }): Promise<PackChange>;
  /** Uses another pack the app has ("bundled" or an edition). */
  usePack(id: string): Promise<PackChange>;
  /** Removes an installed pack (never the bundled one). */
  removePack(id: string): Promise<PackChange>;
}

/** IPC channel of each API method; the mapped type makes a missing channel a compile error. */
export const IPC_CHANNELS: { readonly [K in keyof CicaApi]: `cica:${string}` } = {
  loadPack: 'cica:load-pack',
  search: 'cica:search',
  copy: 'cica:copy',
  save: 'cica:save',
  loadPreferences: 'cica:load-preferences',
  savePreferences: 'cica:save-preferences',
  checkQuote: 'cica:check-quote',
  exportDossier: 'cica:export-dossier',
  exportBookmarks: 'cica:export-bookmarks',
  loadBookmarks: 'cica:load-bookmarks',
  saveBookmarks: 'cica:save-bookmarks',
  loadDossier: 'cica:load-dossier',
  saveDossier: 'cica:save-dossier',
  listPacks: 'cica:list-packs',
  choosePack: 'cica:choose-pack',
  checkPack: 'cica:check-pack',
  installPack: 'cica:install-pack',
  usePack: 'cica:use-pack',
  removePack: 'cica:remove-pack',
};

/**
 * What the host sends the page unasked (main to renderer, one channel): a
 * menu command, or a `cica://` link the system opened the app with.
 */
export type HostMessage = { command: CommandId } | { link: string };
export const HOST_MESSAGE_CHANNEL = 'cica:host-message';
/** The page tells the host it listens: messages held until then are delivered (fiddle's ready signal). */
export const HOST_READY_CHANNEL = 'cica:host-ready';

/** What the preload exposes: the API, and a way to hear the host's messages. */
export interface CicaBridge extends CicaApi {
  /** Listens to the host's messages; returns how to stop listening. */
  onHostMessage(listener: (message: HostMessage) => void): () => void;
}

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'cica';
