import type { CollectionsApi } from '../../shared/api';
import type { Reference } from '../../shared/reference';
import {
  EMPTY_DOSSIER,
  MAX_TITLE,
  locate,
  placeKey,
  type Bookmark,
  type Dossier,
  type Located,
  type Place,
} from '../../shared/tools/places';
import { sectionLabel, type Catalog } from './locations';
import { isSectionId } from '../../shared/sections';

/** What a bookmark or a dossier piece points at, before it has a title and a date. */
export type PlaceRef = Pick<Place, 'target' | 'anchor'>;

/**
 * The reader's bookmarks and dossier in the page: shown at once, each change
 * stored through the API (files in the settings folder, or the browser's
 * storage), and what is stored read back as the truth.
 */
export class ReaderTools {
  bookmarks = $state.raw<Bookmark[]>([]);
  dossier = $state.raw<Dossier>(EMPTY_DOSSIER);
  /** What the reader should know about where each is kept (damaged file, not kept). */
  bookmarksNotice = $state('');
  dossierNotice = $state('');

  constructor(
    private readonly api: CollectionsApi,
    private readonly reference: Reference,
    private readonly catalog: Catalog,
    // A timestamp taken once per addition, never kept as state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    private readonly now: () => Date = () => new Date(),
  ) {}

  async load(): Promise<void> {
    const [bookmarks, dossier] = await Promise.all([
      this.api.loadBookmarks(),
      this.api.loadDossier(),
    ]);
    this.bookmarks = bookmarks.value;
    this.bookmarksNotice = bookmarks.notice ?? '';
    this.dossier = dossier.value;
    this.dossierNotice = dossier.notice ?? '';
  }

  /** The title a reader knows a place by: "Contact Group", "What is CICA? (FAQ 1 ¶2)". */
  titleOf(place: PlaceRef): string {
    const { target, anchor } = place;
    if (anchor) {
      const entry = this.reference.entries.get(target);
      const [paragraph = 0, item] = anchor.split('.').map(Number);
      const where = this.reference.describeSource({ entry: target, paragraph, item }).short;
      return `${entry?.question ?? target} (${where})`;
    }
    if (isSectionId(target)) return sectionLabel(target);
    return this.catalog.get(target)?.title ?? target;
  }

  locate(place: PlaceRef): Located {
    return locate(this.reference, place);
  }

  isBookmarked(place: PlaceRef): boolean {
    const key = placeKey(place);
    return this.bookmarks.some((b) => placeKey(b) === key);
  }

  /** Adds or removes a bookmark; returns what to announce. */
  async toggleBookmark(place: PlaceRef): Promise<string> {
    const title = this.titleOf(place);
    if (this.isBookmarked(place)) {
      await this.saveBookmarks(this.bookmarks.filter((b) => placeKey(b) !== placeKey(place)));
      return `Bookmark removed: ${title}`;
    }
    await this.saveBookmarks([...this.bookmarks, { ...this.stamp(place), note: '' }]);
    return `Bookmarked: ${title}`;
  }

  async setNote(place: PlaceRef, note: string): Promise<void> {
    const key = placeKey(place);
    await this.saveBookmarks(this.bookmarks.map((b) => (placeKey(b) === key ? { ...b, note } : b)));
  }

  async removeBookmark(place: PlaceRef): Promise<void> {
    await this.saveBookmarks(this.bookmarks.filter((b) => placeKey(b) !== placeKey(place)));
  }

  inDossier(place: PlaceRef): boolean {
    const key = placeKey(place);
    return this.dossier.pieces.some((p) => placeKey(p) === key);
  }

  /** Adds a place at the end of the dossier, or takes it out; returns what to announce. */
  async toggleDossier(place: PlaceRef): Promise<string> {
    const title = this.titleOf(place);
    if (this.inDossier(place)) {
      await this.removeFromDossier(place);
      return `Taken out of the dossier: ${title}`;
    }
    const pieces = [...this.dossier.pieces, this.stamp(place)];
    await this.saveDossier({ ...this.dossier, pieces });
    return `Added to the dossier (${pieces.length}): ${title}`;
  }

  async removeFromDossier(place: PlaceRef): Promise<void> {
    const key = placeKey(place);
    const pieces = this.dossier.pieces.filter((p) => placeKey(p) !== key);
    await this.saveDossier({ ...this.dossier, pieces });
  }

  /** Moves a piece up (-1) or down (+1); returns its new position (0-based). */
  async move(place: PlaceRef, by: -1 | 1): Promise<number> {
    const pieces = [...this.dossier.pieces];
    const from = pieces.findIndex((p) => placeKey(p) === placeKey(place));
    const to = from + by;
    if (from < 0 || to < 0 || to >= pieces.length) return from;
    [pieces[from], pieces[to]] = [pieces[to]!, pieces[from]!];
    await this.saveDossier({ ...this.dossier, pieces });
    return to;
  }

  async setDossierTitle(title: string): Promise<void> {
    await this.saveDossier({ ...this.dossier, title: title.slice(0, MAX_TITLE) });
  }

  private stamp(place: PlaceRef): Place {
    return {
      target: place.target,
      ...(place.anchor ? { anchor: place.anchor } : {}),
      title: this.titleOf(place).slice(0, MAX_TITLE),
      added: this.now().toISOString(),
    };
  }

  private async saveBookmarks(bookmarks: Bookmark[]): Promise<void> {
    // Shown at once; what the store kept replaces it.
    this.bookmarks = bookmarks;
    const stored = await this.api.saveBookmarks($state.snapshot(bookmarks) as Bookmark[]);
    this.bookmarks = stored.value;
    this.bookmarksNotice = stored.notice ?? '';
  }

  private async saveDossier(dossier: Dossier): Promise<void> {
    this.dossier = dossier;
    const stored = await this.api.saveDossier($state.snapshot(dossier) as Dossier);
    this.dossier = stored.value;
    this.dossierNotice = stored.notice ?? '';
  }
}
