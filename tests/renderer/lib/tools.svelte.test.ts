// The reader's bookmarks as the page keeps them: what a paragraph's or a
// row's star stores, and the title the Bookmarks panel and the exports show.
import { beforeAll, describe, expect, it } from 'vitest';
import { itemCatalog } from '../../../src/renderer/lib/locations';
import { ReaderTools } from '../../../src/renderer/lib/tools.svelte';
import type { CollectionsApi } from '../../../src/shared/api';
import type { Reference } from '../../../src/shared/reference';
import { EMPTY_DOSSIER } from '../../../src/shared/tools/places';
import { loadReference } from '../../helpers/reference';

const PRECONDITIONS = 'what-preconditions-for-the-cica-creation-were-available';
const NBSP = '\u00a0';

/** A store that keeps what it is given, as the browser's storage does. */
function memoryStore(): CollectionsApi {
  return {
    loadBookmarks: async () => ({ value: [] }),
    saveBookmarks: async (bookmarks) => ({ value: bookmarks }),
    loadDossier: async () => ({ value: EMPTY_DOSSIER }),
    saveDossier: async (dossier) => ({ value: dossier }),
  };
}

describe('ReaderTools', () => {
  let reference: Reference;
  let tools: ReaderTools;
  beforeAll(async () => {
    reference = await loadReference();
    tools = new ReaderTools(
      memoryStore(),
      reference,
      itemCatalog(reference),
      () => new Date('2026-03-01T09:00:00Z'),
    );
  });

  it('names a paragraph and a list item by their question and their place', () => {
    const question = 'What preconditions for the CICA creation were available?';
    expect(tools.titleOf({ target: PRECONDITIONS, anchor: '1' })).toBe(
      `${question} (FAQ${NBSP}3${NBSP}¶1)`,
    );
    expect(tools.titleOf({ target: PRECONDITIONS, anchor: '2.1' })).toBe(
      `${question} (FAQ${NBSP}3${NBSP}¶2.1)`,
    );
  });

  it('names a row after 2001 by its dated title, as search results do', () => {
    expect(tools.titleOf({ target: 'admission-kuwait' })).toBe(
      itemCatalog(reference).get('admission-kuwait')!.title,
    );
    expect(tools.titleOf({ target: 'admission-kuwait' })).toMatch(/Kuwait/);
    expect(tools.titleOf({ target: 'chair-azerbaijan' })).toMatch(/Azerbaijan/);
  });

  it('keeps a paragraph and its answer as two bookmarks, each with its anchor and title', async () => {
    expect(await tools.toggleBookmark({ target: PRECONDITIONS, anchor: '2.1' })).toBe(
      `Bookmarked: ${tools.titleOf({ target: PRECONDITIONS, anchor: '2.1' })}`,
    );
    await tools.toggleBookmark({ target: PRECONDITIONS });
    expect(tools.bookmarks.map(({ target, anchor, added }) => ({ target, anchor, added }))).toEqual(
      [
        { target: PRECONDITIONS, anchor: '2.1', added: '2026-03-01T09:00:00.000Z' },
        { target: PRECONDITIONS, anchor: undefined, added: '2026-03-01T09:00:00.000Z' },
      ],
    );
    expect(tools.isBookmarked({ target: PRECONDITIONS, anchor: '2.1' })).toBe(true);
    expect(tools.isBookmarked({ target: PRECONDITIONS, anchor: '2.2' })).toBe(false);

    expect(await tools.toggleBookmark({ target: PRECONDITIONS, anchor: '2.1' })).toMatch(
      /^Bookmark removed: /,
    );
    expect(tools.bookmarks.map((b) => b.anchor)).toEqual([undefined]);
  });

  it('finds a row after 2001 and a paragraph where a link opens them', () => {
    expect(tools.locate({ target: 'admission-kuwait' })).toEqual({
      missing: false,
      section: 'membership',
      href: '#/membership/admission-kuwait',
    });
    expect(tools.locate({ target: 'head-kairat-sarybay' })).toMatchObject({ section: 'bodies' });
    expect(tools.locate({ target: PRECONDITIONS, anchor: '2.1' })).toMatchObject({
      missing: false,
      section: 'faq',
    });
    expect(tools.locate({ target: PRECONDITIONS, anchor: '9' })).toEqual({ missing: true });
  });
});
