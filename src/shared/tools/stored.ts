import * as v from 'valibot';
import {
  EMPTY_DOSSIER,
  MAX_TITLE,
  placeKey,
  type Bookmark,
  type Dossier,
  type Place,
} from './places';
import type { CollectionKind, Salvaged } from './collection';

// The checks a stored bookmark or dossier piece passes, in the settings
// folder or the browser's storage (read back from disk, or sent over IPC).

/** A paragraph ("2") or list item ("2.5") of a FAQ answer. */
export const PASSAGE_ANCHOR = v.pipe(v.string(), v.regex(/^\d{1,3}(\.\d{1,3})?$/));

const PlaceFields = {
  /** A section's id, an item's id, or a FAQ entry's id with `anchor`. */
  target: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(200)),
  anchor: v.optional(PASSAGE_ANCHOR),
  title: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(MAX_TITLE)),
  /** When it was added (ISO 8601). */
  added: v.pipe(v.string(), v.isoTimestamp()),
};

/**
 * Reads a stored list item by item: what passes its schema is kept, the rest
 * counted (the caller keeps the whole file aside, so nothing is lost), and a
 * place stored twice is kept once.
 */
function readItems<T extends Place>(
  stored: unknown,
  schema: v.GenericSchema<unknown, T>,
  max: number,
): { items: T[]; dropped: number } {
  const list = Array.isArray(stored) ? stored : [];
  const items: T[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const entry of list) {
    const parsed = v.safeParse(schema, entry);
    if (!parsed.success || seen.has(placeKey(parsed.output)) || items.length >= max) {
      dropped++;
      continue;
    }
    seen.add(placeKey(parsed.output));
    items.push(parsed.output);
  }
  return { items, dropped };
}

const MAX_NOTE = 500;
const MAX_BOOKMARKS = 1000;
const MAX_PIECES = 200;

const BookmarkSchema = v.strictObject({
  ...PlaceFields,
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE)),
});
const PieceSchema = v.strictObject(PlaceFields);

const unique = <T extends Place>(items: T[]) => new Set(items.map(placeKey)).size === items.length;

/** A whole list as the renderer sends it: every item checked, no place twice. */
export const BookmarksSchema = v.pipe(
  v.array(BookmarkSchema),
  v.maxLength(MAX_BOOKMARKS),
  v.check(unique, 'holds the same place twice'),
);
export const DossierSchema = v.strictObject({
  title: v.pipe(v.string(), v.trim(), v.maxLength(MAX_TITLE)),
  pieces: v.pipe(
    v.array(PieceSchema),
    v.maxLength(MAX_PIECES),
    v.check(unique, 'holds the same place twice'),
  ),
});

/** `{ "bookmarks": [...] }`, item by item. */
function readBookmarks(stored: unknown): Salvaged<Bookmark[]> {
  const list = isRecord(stored) ? stored['bookmarks'] : undefined;
  if (!Array.isArray(list)) return { value: [], dropped: 1 };
  const { items, dropped } = readItems(list, BookmarkSchema, MAX_BOOKMARKS);
  return { value: items, dropped };
}

/** `{ "title": "...", "pieces": [...] }`, piece by piece. */
function readDossier(stored: unknown): Salvaged<Dossier> {
  if (!isRecord(stored) || !Array.isArray(stored['pieces']))
    return { value: { ...EMPTY_DOSSIER }, dropped: 1 };
  const title = v.safeParse(DossierSchema.entries.title, stored['title']);
  const { items, dropped } = readItems(stored['pieces'], PieceSchema, MAX_PIECES);
  return {
    value: { title: title.success ? title.output : '', pieces: items },
    dropped: dropped + (title.success ? 0 : 1),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const BOOKMARKS: CollectionKind<Bookmark[]> = {
  noun: 'bookmarks',
  item: ['bookmark', 'bookmarks'],
  read: readBookmarks,
  schema: BookmarksSchema,
  toStored: (bookmarks) => ({ bookmarks }),
};

export const DOSSIER: CollectionKind<Dossier> = {
  noun: 'dossier',
  item: ['piece', 'pieces'],
  read: readDossier,
  schema: DossierSchema,
  toStored: (dossier) => dossier,
};
