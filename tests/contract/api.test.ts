import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { registerIpcHandlers } from '../../electron/main/ipc';
import { createCollectionsHandlers } from '../../electron/main/collections';
import { createPackHandlers } from '../../electron/main/pack-handlers';
import { createPreferencesHandlers } from '../../electron/main/preferences';
import { SettingsStore } from '../../electron/main/settings';
import { isAppUrl } from '../../electron/main/security';
import { createBrowserApi } from '../../src/renderer/lib/browser-api';
import { IPC_CHANNELS, type CicaApi } from '../../src/shared/api';
import { INLINE_PACK_ID, TRUSTED_KEYS_ID } from '../../src/shared/inline-pack';
import { trustedKeys } from '../../src/node/trusted-keys';
import type { PackFileInput } from '../../src/shared/api';
import {
  SWAPPED_TERMS_PROBLEM,
  craftPack,
  laterEdition,
  packFileBytes,
  packFiles,
  swapFirstTerms,
  writePack,
} from '../helpers/pack';
import { recordingPlatform } from '../helpers/platform';

// One suite, run against both implementations of the API, so they cannot drift:
// the desktop app's (main-process handlers reached over IPC, as the preload
// does) and the web edition's (in the page, from the inlined pack).

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

type Made = { api: CicaApi; recorded: ReturnType<typeof recordingPlatform> };

/** The content files' total size, as the bundled pack's manifest gives it. */
function packBytes(): number {
  const manifest = JSON.parse(packFiles().get('manifest.json')!) as {
    files: Record<string, { bytes: number }>;
  };
  return Object.values(manifest.files).reduce((sum, file) => sum + file.bytes, 0);
}

/** What the reader picks in the file chooser (the system's dialog, or the page's file input). */
let picked: PackFileInput | undefined;
const pickFile = async () => picked;

async function overIpc(options = {}, files = packFiles()): Promise<Made> {
  const recorded = recordingPlatform(options);
  const folder = mkdtempSync(join(tmpdir(), 'cica-settings-'));
  const settings = new SettingsStore(join(folder, 'settings.json'));
  const listeners = new Map<string, Listener>();
  registerIpcHandlers(
    { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) } as never,
    {
      ...(await createPackHandlers({
        bundledDir: writePack(files),
        packsDir: join(mkdtempSync(join(tmpdir(), 'cica-user-')), 'packs'),
        build: 'development',
        platform: recorded.platform,
        pickFile,
      })),
      ...createPreferencesHandlers(settings, () => {}),
      ...createCollectionsHandlers(folder),
    },
    (url) => isAppUrl(url),
  );
  const event = { senderFrame: { url: 'app://cica/index.html' } } as IpcMainInvokeEvent;
  // Structured clone, as IPC does: nothing but plain data crosses.
  const invoke = async (channel: string, ...args: unknown[]) =>
    structuredClone(await listeners.get(channel)!(event, ...structuredClone(args)));
  const api = Object.fromEntries(
    Object.entries(IPC_CHANNELS).map(([method, channel]) => [
      method,
      (...args: unknown[]) => invoke(channel, ...args),
    ]),
  ) as unknown as CicaApi;
  return { api, recorded };
}

async function inPage(options = {}, files = packFiles()): Promise<Made> {
  const recorded = recordingPlatform(options);
  const text = JSON.stringify({ files: Object.fromEntries(files) });
  // The development copy's keys: the test key signs the packs below.
  const keys = JSON.stringify({ keys: trustedKeys('development') });
  const doc = {
    getElementById: (id: string) =>
      id === INLINE_PACK_ID
        ? { textContent: text }
        : id === TRUSTED_KEYS_ID
          ? { textContent: keys }
          : null,
  };
  const stored = new Map<string, string>();
  const storage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
  };
  return {
    api: createBrowserApi(doc as never, recorded.platform, storage, pickFile),
    recorded,
  };
}

describe.each([
  ['desktop (IPC)', overIpc],
  ['web edition (in page)', inPage],
])('the API, %s', (_name, make) => {
  it('loads the verified pack', async () => {
    const { api } = await make();
    const result = await api.loadPack();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.faq.entries).toHaveLength(33);
    expect(result.data.corpus.participants).toHaveLength(30);
    expect(result.data.manifest.edition.label).toBe('September 2025');
    expect(result.data.manifest.sources.faq.asOf.label).toBe('September 2001');
  });

  it('searches, with counts, limit and section filter', async () => {
    const { api } = await make();
    const all = await api.search('contact group', { limit: 3 });
    expect(all.hits).toHaveLength(3);
    expect(all.hits[0]!.item).toBe('cg');
    expect(all.total).toBeGreaterThan(3);
    expect(Object.values(all.counts).reduce((a, b) => a + b, 0)).toBe(all.total);
    const faq = await api.search('contact group', { section: 'faq' });
    expect(faq.hits.length).toBe(all.counts.faq);
    expect(faq.hits.every((h) => h.section === 'faq')).toBe(true);
  });

  it('explains a search: other names marked, unmatched words, common words, merged copies', async () => {
    const { api } = await make();
    const alias = await api.search('Kazakstan', { limit: 1, section: 'membership' });
    expect(alias.hits[0]).toMatchObject({ item: 'kz', title: 'Kazakhstan' });
    expect(alias.hits[0]!.titleHighlights).toEqual([[0, 'Kazakhstan'.length]]);
    expect(await api.search('CICA parliament')).toMatchObject({
      terms: ['CICA'],
      unmatched: ['parliament'],
      onlyCommonWords: false,
    });
    expect(await api.search('what is the ')).toMatchObject({ total: 0, onlyCommonWords: true });
    const copies = (await api.search('1999', { limit: 50 })).hits.filter(
      (h) => h.sameAs.length > 0,
    );
    expect(copies.map((h) => [h.item, ...h.sameAs].sort())).toEqual([
      ['erratum-date-second-stage', 'erratum-date-seminar', 'erratum-date-third-stage'],
    ]);
  });

  it('answers odd input with an empty list', async () => {
    const { api } = await make();
    for (const query of ['', '   ', 'foo:', '~', '-', '"((']) {
      expect((await api.search(query)).hits).toEqual([]);
    }
  });

  it('refuses malformed requests instead of passing them on', async () => {
    const { api } = await make();
    await expect(api.search(42 as never)).rejects.toThrow(/query must be a string/);
    await expect(api.search('x', { limit: -1 })).rejects.toThrow(/invalid search options/);
    await expect(api.search('x', { section: 'secrets' as never })).rejects.toThrow(
      /invalid search options/,
    );
    await expect(api.search('x', { extra: true } as never)).rejects.toThrow(
      /invalid search options/,
    );
  });

  it('copies a group as rich text and plain text together, with the citation', async () => {
    const { api, recorded } = await make();
    const result = await api.copy({ target: 'observer-states', format: 'rich' });
    expect(result).toEqual({
      ok: true,
      message: 'Copied Observer states in September 2001 (10) as rich text',
    });
    const [content] = recorded.clipboard;
    expect(content!.html).toContain('<table');
    expect(content!.html).toContain('The Socialist Republic of Vietnam');
    expect(content!.text).toContain('The Socialist Republic of Vietnam');
    for (const type of [content!.html!, content!.text]) {
      expect(type.replace(/\s+/g, ' ')).toContain(
        'cica://membership/observer-states (accessed 2026-11-28)',
      );
    }
  });

  it('copies Markdown or plain text alone', async () => {
    const { api, recorded } = await make();
    await api.copy({ target: 'declaration', format: 'markdown' });
    await api.copy({ target: 'declaration', format: 'text' });
    expect(recorded.clipboard.map((c) => c.html)).toEqual([undefined, undefined]);
    expect(recorded.clipboard[0]!.text).toMatch(/^# Declaration of principles/);
  });

  it('copies the current search results', async () => {
    const { api, recorded } = await make();
    const result = await api.copy({ target: 'search', query: 'contact group', format: 'text' });
    expect(result.ok && result.message).toMatch(
      /^Copied Search results for “contact group” \(\d+\) as plain text$/,
    );
    expect(recorded.clipboard[0]!.text).toContain('cica://search?q=contact%20group');
  });

  it('refuses unknown ids and says a failed copy failed', async () => {
    const { api, recorded } = await make();
    expect(await api.copy({ target: 'atlantis', format: 'rich' })).toEqual({
      ok: false,
      message: 'Nothing copied: nothing to export with the id "atlantis".',
    });
    expect(recorded.clipboard).toEqual([]);
    const locked = await make({ failClipboard: true });
    const failed = await locked.api.copy({ target: 'faq', format: 'rich' });
    expect(failed).toEqual({
      ok: false,
      message: 'Could not copy CICA: frequently asked questions (clipboard is locked).',
    });
  });

  it('refuses malformed copy requests, HTML included', async () => {
    const { api } = await make();
    await expect(api.copy({ target: 'faq', format: 'html' } as never)).rejects.toThrow(
      /invalid request/,
    );
    await expect(
      api.copy({ target: 'faq', format: 'rich', html: '<b>x</b>' } as never),
    ).rejects.toThrow(/invalid request/);
  });

  it('saves the membership as CSV, and says when the reader cancelled', async () => {
    const { api, recorded } = await make();
    const saved = await api.save({ target: 'membership', format: 'csv' });
    // The citation cannot be a row of the data: the message carries it.
    expect(saved.ok).toBe(true);
    expect(saved.message).toMatch(
      /^Saved CICA participants as CSV to \/home\/reader\/cica-membership\.csv\. Cite it as: Sources: Embassy of the Republic of Kazakhstan, .* cica:\/\/membership \(accessed 2026-11-28\)\. The column sources_after_2001 .*$/,
    );
    // A header, the 30 participants of 2001, today's 28 members and 15 observers, the final line break.
    expect((recorded.files[0]!.content as string).split('\r\n')).toHaveLength(1 + 30 + 43 + 1);
    const cancelled = await make({ cancelSave: true });
    expect(await cancelled.api.save({ target: 'faq', format: 'markdown' })).toEqual({
      ok: false,
      cancelled: true,
      message: 'Not saved.',
    });
    expect((await api.save({ target: 'bodies', format: 'csv' })).ok).toBe(false);
  });

  it('starts with the default preferences and keeps each change', async () => {
    const { api } = await make();
    expect(await api.loadPreferences()).toEqual({ theme: 'system', zoom: 1 });
    expect(await api.savePreferences({ theme: 'dark' })).toEqual({ theme: 'dark', zoom: 1 });
    await api.savePreferences({ zoom: 1.25, lastView: '#/documents/declaration' });
    expect(await api.loadPreferences()).toEqual({
      theme: 'dark',
      zoom: 1.25,
      lastView: '#/documents/declaration',
    });
  });

  it('refuses a pack whose search index would break searches, with the same message', async () => {
    // Terms out of order: every lookup of a word would go astray.
    const { api } = await make({}, craftPack(swapFirstTerms));
    expect(await api.loadPack()).toEqual({
      ok: false,
      problem: { file: 'search-compact.txt', check: 'schema', message: SWAPPED_TERMS_PROBLEM },
    });
    expect((await api.search('declaration')).total).toBe(0);
  });

  it('refuses a preference it does not know or a value out of range', async () => {
    const { api } = await make();
    for (const patch of [
      { theme: 'purple' },
      { zoom: 7 },
      { zoom: '1' },
      { lastView: 'javascript:alert(1)' },
      { fontFamily: 'Comic Sans' },
    ]) {
      await expect(api.savePreferences(patch as never)).rejects.toThrow(/invalid change/);
    }
    expect(await api.loadPreferences()).toEqual({ theme: 'system', zoom: 1 });
  });

  it('checks a quote: verbatim, close with the word marked, not found; odd input answered', async () => {
    const { api } = await make();
    const sentence =
      'The basic document regulating relations between CICA member-states is the Declaration of principles.';
    const verbatim = await api.checkQuote(sentence);
    expect(verbatim.verdict).toBe('verbatim');
    expect(verbatim.matches[0]).toMatchObject({ anchor: '1', place: 'FAQ\u00a021\u00a0¶1' });
    const close = await api.checkQuote(sentence.replace('basic', 'main'));
    expect(close.matches[0]!.pastedMarked.filter((r) => r.differs)).toEqual([
      { text: 'main', differs: true },
    ]);
    expect((await api.checkQuote('Nothing like this is in the reference at all.')).verdict).toBe(
      'not found',
    );
    expect((await api.checkQuote('')).notice).toBe('Paste or type a sentence to check.');
    await expect(api.checkQuote(42 as never)).rejects.toThrow(/must be a string/);
  });

  it('copies one FAQ paragraph as published, with its citation', async () => {
    const { api, recorded } = await make();
    const result = await api.copy({
      target: 'when-and-where-the-cica-initiative-was-put',
      anchor: '1',
      format: 'text',
    });
    expect(result.ok).toBe(true);
    expect(recorded.clipboard[0]!.text).toMatch(/^When and where .* \(FAQ\u00a02\u00a0¶1\)/);
    expect(
      await api.copy({
        target: 'when-and-where-the-cica-initiative-was-put',
        anchor: '7',
        format: 'text',
      }),
    ).toMatchObject({ ok: false });
    await expect(
      api.copy({ target: 'faq', anchor: '1; rm', format: 'text' } as never),
    ).rejects.toThrow(/invalid request/);
  });

  it('keeps bookmarks and the dossier, and refuses a malformed list', async () => {
    const { api } = await make();
    expect(await api.loadBookmarks()).toEqual({ value: [] });
    const bookmark = {
      target: 'cg',
      title: 'Contact Group',
      added: '2026-11-28T10:00:00.000Z',
      note: 'n',
    };
    expect(await api.saveBookmarks([bookmark])).toEqual({ value: [bookmark] });
    expect(await api.loadBookmarks()).toEqual({ value: [bookmark] });
    await expect(api.saveBookmarks([{ ...bookmark, note: 7 }] as never)).rejects.toThrow(
      /invalid change/,
    );
    const dossier = {
      title: 'Brief',
      pieces: [{ target: 'cg', title: 'CG', added: bookmark.added }],
    };
    expect(await api.saveDossier(dossier)).toEqual({ value: dossier });
    expect(await api.loadDossier()).toEqual({ value: dossier });
  });

  it('exports the dossier as .docx bytes named after its title, and the bookmarks as Markdown', async () => {
    const { api, recorded } = await make();
    const added = '2026-11-28T10:00:00.000Z';
    const dossier = {
      title: 'Brief for Almaty',
      pieces: [
        { target: 'cg', title: 'CG', added },
        { target: 'declaration', title: 'D', added },
      ],
    };
    expect(await api.exportDossier({ dossier, format: 'docx' })).toEqual({
      ok: true,
      message: 'Saved “Brief for Almaty” as Word (.docx) to /home/reader/brief-for-almaty.docx',
    });
    const docx = recorded.files[0]!.content;
    // Bytes cross IPC as a Uint8Array; a zip starts "PK".
    expect(docx).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(...(docx as Uint8Array).slice(0, 2))).toBe('PK');
    expect(
      await api.exportDossier({ dossier: { title: '', pieces: [] }, format: 'html' }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/^The dossier is empty/) });
    const bookmarks = [{ target: 'cg', title: 'CG', added, note: 'check' }];
    expect((await api.exportBookmarks({ bookmarks, format: 'markdown' })).ok).toBe(true);
    expect(recorded.files[1]!.content).toContain('cica://bodies/cg');
    await expect(api.exportDossier({ dossier, format: 'pdf' } as never)).rejects.toThrow(
      /invalid request/,
    );
  });

  it('lists the bundled pack as the one in use', async () => {
    const { api } = await make();
    const catalog = await api.listPacks();
    expect(catalog.packs).toEqual([
      {
        id: 'bundled',
        source: 'bundled',
        edition: 1,
        active: true,
        details: expect.objectContaining({
          edition: 1,
          asOf: 'September 2025',
          bytes: packBytes(),
        }),
      },
    ]);
    expect(catalog.notice).toBeUndefined();
  });

  it('opens a chosen pack file, shows what it changes, installs it and serves it', async () => {
    const { api } = await make();
    picked = { name: 'cica-2.cicapack', bytes: packFileBytes(laterEdition(2, 1)) };
    const offer = await api.choosePack();
    expect(offer).toMatchObject({
      ok: true,
      fileName: 'cica-2.cicapack',
      relation: 'newer',
      changes: ['+1 event'],
      details: { edition: 2, whatsNew: 'Edition 2: 1 more event.' },
    });
    const installed = await api.installPack({
      token: offer.ok ? offer.token : '',
      allowOlder: false,
    });
    expect(installed).toEqual({ ok: true, message: 'Installed edition 2.' });
    const loaded = await api.loadPack();
    expect(loaded.ok && loaded.data.corpus.events.map((e) => e.title)).toContain(
      'Test event 1 of edition 2',
    );
    expect((await api.search('Test event 1 of edition 2', { limit: 1 })).hits[0]?.item).toBe(
      'test-event-2-1',
    );
    expect((await api.listPacks()).packs.map((p) => [p.id, p.source, p.active])).toEqual([
      ['2', 'installed', true],
      ['bundled', 'bundled', false],
    ]);
    expect(await api.usePack('bundled')).toEqual({
      ok: true,
      message: 'Now using the bundled pack (edition 1).',
    });
    const back = await api.search('Test event 1 of edition 2', { limit: 100 });
    expect(back.hits.map((hit) => hit.item)).not.toContain('test-event-2-1');
    expect(await api.removePack('2')).toEqual({
      ok: true,
      message: 'Removed edition 2; using the bundled pack (edition 1).',
    });
  });

  it('says when the reader chose no file', async () => {
    const { api } = await make();
    picked = undefined;
    expect(await api.choosePack()).toEqual({
      ok: false,
      cancelled: true,
      message: 'No pack file chosen.',
    });
  });

  it('refuses a tampered pack file with the reason, and keeps the pack in use', async () => {
    const { api } = await make();
    const bytes = packFileBytes(laterEdition(2, 1));
    const manifestAt = Buffer.from(bytes).indexOf('Edition 2: 1 more event.');
    bytes[manifestAt] = 'e'.charCodeAt(0);
    expect(await api.checkPack({ name: 'tampered.cicapack', bytes })).toEqual({
      ok: false,
      message:
        'tampered.cicapack was not opened: manifest.sig: the signature does not match manifest.json for key a1b8dace7bcadc89 (CICA Reference TEST key (development builds and tests only))',
    });
    const loaded = await api.loadPack();
    expect(loaded.ok && loaded.data.manifest.pack.edition).toBe(1);
  });
});
