import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Bookmark } from '../../../src/shared/tools/places';

/**
 * The handlers from a freshly loaded module: the size cap is set when the
 * module loads, and mutation testing credits it only to the tests that run
 * while it is set.
 */
async function handlers(folder: string, warn: (message: string) => void = vi.fn()) {
  vi.resetModules();
  const { createCollectionsHandlers } = await import('../../../electron/main/collections');
  return createCollectionsHandlers(folder, warn);
}

const folder = () => mkdtempSync(join(tmpdir(), 'cica-collections-'));

/** The longest bookmark the schema lets the app store, in characters JSON escapes to six bytes. */
const longest = (n: number): Bookmark => ({
  target: `p${String(n).padStart(4, '0')}-${'a'.repeat(194)}`,
  anchor: '999.999',
  title: '\u0001'.repeat(300),
  added: '2026-11-01T09:00:00.000Z',
  note: '\u0001'.repeat(500),
});

const CAP = 8 * 1024 * 1024;

describe('the bookmarks and dossier files’ size', () => {
  it('reads back whatever the app writes: 1,000 bookmarks, each at its longest', async () => {
    const dir = folder();
    const full = Array.from({ length: 1000 }, (_, i) => longest(i + 1));
    expect((await (await handlers(dir)).saveBookmarks(full)).notice).toBeUndefined();
    // Nearly five times the first cap (1 MiB), and well under this one.
    expect(statSync(join(dir, 'bookmarks.json')).size).toBeGreaterThan(4.5 * 1024 * 1024);
    expect(statSync(join(dir, 'bookmarks.json')).size).toBeLessThan(CAP);
    expect(await (await handlers(dir)).loadBookmarks()).toEqual({ value: full });
  });

  it('sets a file over the cap aside unread, saying so', async () => {
    const dir = folder();
    const padded = JSON.stringify({ bookmarks: [longest(1)] }).padEnd(CAP + 1, ' ');
    writeFileSync(join(dir, 'bookmarks.json'), padded);
    const loaded = await (await handlers(dir)).loadBookmarks();
    expect(loaded.value).toEqual([]);
    expect(loaded.notice).toContain(`is ${CAP + 1} bytes, more than the ${CAP} it may have`);
    expect(existsSync(join(dir, 'bookmarks.json'))).toBe(false);
  });
});

describe('a damaged dossier file', () => {
  it('is named as the dossier in the log, and kept aside under the time it was found', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'dossier.json'), '{"title": "Brief", "pieces": [');
    const warn = vi.fn();
    const before = new Date().toISOString().slice(0, 10);
    const loaded = await (await handlers(dir, warn)).loadDossier();
    expect(loaded.value).toEqual({ title: '', pieces: [] });
    expect(warn).toHaveBeenCalledExactlyOnceWith(
      expect.stringMatching(/^CICA Reference: dossier file .*dossier\.json ignored: /),
    );
    // Stamped with the real clock: today's date (or the next day's, just past midnight).
    const [aside] = readdirSync(dir).filter((name) => name.startsWith('dossier.json.corrupt-'));
    const day = aside!.slice('dossier.json.corrupt-'.length, 'dossier.json.corrupt-'.length + 10);
    expect(day >= before && day <= new Date().toISOString().slice(0, 10)).toBe(true);
  });
});
