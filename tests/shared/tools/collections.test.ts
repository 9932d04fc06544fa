import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createCollectionsHandlers } from '../../../electron/main/collections';
import { storageBackend, NOT_KEPT } from '../../../src/renderer/lib/browser-collections';
import { Collection } from '../../../src/shared/tools/collection';
import { locate, type Bookmark } from '../../../src/shared/tools/places';
import { BOOKMARKS, DOSSIER } from '../../../src/shared/tools/stored';
import type { Reference } from '../../../src/shared/reference';
import { loadReference } from '../../helpers/reference';

const NOW = new Date('2026-11-28T10:00:00Z');
const STAMP = '2026-11-28T10-00-00-000Z';

const bookmark = (target: string, extra: Partial<Bookmark> = {}): Bookmark => ({
  target,
  title: target,
  added: '2026-11-01T09:00:00.000Z',
  note: '',
  ...extra,
});

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cica-tools-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const handlers = (dir: string, warn = vi.fn()) => createCollectionsHandlers(dir, warn, () => NOW);

describe('the bookmarks and dossier files (desktop)', () => {
  it('start empty, keep each change, and read it back in a new run', async () => {
    const dir = folder();
    const first = handlers(dir);
    expect(await first.loadBookmarks()).toEqual({ value: [] });
    expect(await first.loadDossier()).toEqual({ value: { title: '', pieces: [] } });
    await first.saveBookmarks([bookmark('cg', { note: 'Who sits on it?' })]);
    await first.saveDossier({
      title: 'Brief',
      pieces: [bookmark('declaration')].map(({ note: _, ...p }) => p),
    });
    const again = handlers(dir);
    expect((await again.loadBookmarks()).value).toEqual([
      bookmark('cg', { note: 'Who sits on it?' }),
    ]);
    expect((await again.loadDossier()).value.title).toBe('Brief');
    expect(readdirSync(dir).sort()).toEqual(['bookmarks.json', 'dossier.json']);
  });

  it('keep a damaged file aside under its own name, tell the reader, and lose nothing else', async () => {
    const dir = folder({
      'bookmarks.json': '{"bookmarks": [',
      'dossier.json': '{"title":"Kept","pieces":[]}',
    });
    const warn = vi.fn();
    const loaded = await handlers(dir, warn).loadBookmarks();
    const aside = join(dir, `bookmarks.json.corrupt-${STAMP}`);
    expect(loaded.value).toEqual([]);
    expect(loaded.notice).toMatch(/^Your stored bookmarks could not be read \(it cannot be read/);
    expect(loaded.notice).toContain(`kept as ${aside}`);
    expect(readFileSync(aside, 'utf8')).toBe('{"bookmarks": [');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('bookmarks file'));
    // The dossier, in its own file, is untouched.
    expect((await handlers(dir).loadDossier()).value.title).toBe('Kept');
  });

  it('salvage the readable items of a partly damaged file, keeping the original aside', async () => {
    const stored = {
      bookmarks: [
        bookmark('cg'),
        { target: '../../etc/passwd', title: 'x', added: 'yesterday', note: '' },
        bookmark('cg'),
        bookmark('declaration', { note: 'x'.repeat(501) }),
        bookmark('timeline'),
      ],
    };
    const dir = folder({ 'bookmarks.json': JSON.stringify(stored) });
    const loaded = await handlers(dir).loadBookmarks();
    expect(loaded.value.map((b) => b.target)).toEqual(['cg', 'timeline']);
    expect(loaded.notice).toMatch(/had 3 bookmarks that could not be read, left out/);
    expect(JSON.parse(readFileSync(join(dir, `bookmarks.json.corrupt-${STAMP}`), 'utf8'))).toEqual(
      stored,
    );
    expect(JSON.parse(readFileSync(join(dir, 'bookmarks.json'), 'utf8')).bookmarks).toHaveLength(2);
  });

  it('refuse a link in place of the file, without following it', async () => {
    const dir = folder({ 'target.json': '{"bookmarks":[]}' });
    symlinkSync(join(dir, 'target.json'), join(dir, 'bookmarks.json'));
    const loaded = await handlers(dir).loadBookmarks();
    expect(loaded.notice).toMatch(/is a symbolic link, not a regular file/);
    expect(readFileSync(join(dir, 'target.json'), 'utf8')).toBe('{"bookmarks":[]}');
  });

  it('refuse an invalid change from the renderer and keep what was stored', async () => {
    const api = handlers(folder());
    await api.saveBookmarks([bookmark('cg')]);
    for (const bad of [
      [bookmark('cg'), bookmark('cg')],
      [{ ...bookmark('cg'), html: '<b>' }],
      [bookmark('CG!')],
      'not a list',
    ]) {
      await expect(api.saveBookmarks(bad as never)).rejects.toThrow(/bookmarks: invalid change/);
    }
    expect((await api.loadBookmarks()).value).toEqual([bookmark('cg')]);
  });

  it('say so when the file cannot be written, and keep the change for the run', async () => {
    const dir = folder({ 'not-a-folder': '' });
    const api = handlers(join(dir, 'not-a-folder'));
    const saved = await api.saveBookmarks([bookmark('cg')]);
    expect(saved.value).toEqual([bookmark('cg')]);
    expect(saved.notice).toMatch(/could not be saved .*: changes last until the app is closed/);
  });
});

describe('the bookmarks and dossier in the browser', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
  };

  it('keep damaged stored text aside under its own key', () => {
    const storage = memory();
    storage.setItem('k', '{"pieces": ');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dossier = new Collection(
      storageBackend(storage, 'k', () => NOW),
      DOSSIER,
    );
    expect(dossier.load().notice).toContain(`k.corrupt-${STAMP}`);
    expect(storage.items.get(`k.corrupt-${STAMP}`)).toBe('{"pieces": ');
    warn.mockRestore();
  });

  it('without storage (a file:// page some browsers lock out), last for the page and say so', () => {
    const bookmarks = new Collection(storageBackend(undefined, 'k'), BOOKMARKS);
    expect(bookmarks.load()).toEqual({ value: [], notice: NOT_KEPT });
    expect(bookmarks.save([bookmark('cg')])).toEqual({ value: [bookmark('cg')], notice: NOT_KEPT });
  });
});

describe('places a newer pack no longer has', () => {
  let reference: Reference;
  beforeAll(async () => {
    reference = await loadReference();
  });

  it('are told apart from those it has', () => {
    expect(locate(reference, { target: 'cg' })).toEqual({
      missing: false,
      section: 'bodies',
      href: '#/bodies/cg',
    });
    expect(locate(reference, { target: 'observer-states' })).toMatchObject({
      section: 'membership',
    });
    expect(locate(reference, { target: 'timeline' })).toMatchObject({ href: '#/timeline' });
    expect(
      locate(reference, { target: 'when-and-where-the-cica-initiative-was-put', anchor: '1' }),
    ).toMatchObject({ href: '#/faq/when-and-where-the-cica-initiative-was-put/1' });
    expect(locate(reference, { target: 'secretariat-2006' })).toEqual({ missing: true });
    expect(
      locate(reference, { target: 'when-and-where-the-cica-initiative-was-put', anchor: '9' }),
    ).toEqual({ missing: true });
  });

  it('stay stored: a bookmark to one is read back like any other', () => {
    const storage = new Map<string, string>([
      ['k', JSON.stringify({ bookmarks: [bookmark('secretariat-2006', { note: 'newer pack' })] })],
    ]);
    const backend = storageBackend(
      {
        getItem: (key) => storage.get(key) ?? null,
        setItem: (key, value) => storage.set(key, value),
      },
      'k',
    );
    const loaded = new Collection(backend, BOOKMARKS).load();
    expect(loaded).toEqual({ value: [bookmark('secretariat-2006', { note: 'newer pack' })] });
  });
});
