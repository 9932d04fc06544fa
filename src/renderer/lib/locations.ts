import type { Reference } from '../../shared/reference';
import { searchDocuments } from '../../shared/search/documents';
import { itemHref, toHash } from '../../shared/route';
import { SECTIONS, isSectionId, type SectionId } from '../../shared/sections';

/**
 * The places a hash can name, beyond the views of shared/route.ts: the search
 * results (`#/search?q=contact%20group&in=bodies`), so that a search is a
 * history entry, and the titles and sections of every item, for the window's
 * title and for a link that names nothing.
 */
export interface SearchLocation {
  query: string;
  section?: SectionId;
}

const SEARCH_PREFIX = '#/search?';

export function searchHash({ query, section }: SearchLocation): string {
  const params = new URLSearchParams({ q: query });
  if (section) params.set('in', section);
  return SEARCH_PREFIX + params.toString();
}

/** The search a hash names, or undefined for any other hash. */
export function parseSearchHash(hash: string): SearchLocation | undefined {
  if (!hash.startsWith(SEARCH_PREFIX)) return undefined;
  const params = new URLSearchParams(hash.slice(SEARCH_PREFIX.length));
  const query = params.get('q') ?? '';
  if (!query.trim()) return undefined;
  const section = params.get('in') ?? '';
  return isSectionId(section) ? { query, section } : { query };
}

interface CatalogItem {
  section: SectionId;
  id: string;
  title: string;
}

/** Looks up an item a route can open, by id. */
export type Catalog = Pick<ReadonlyMap<string, CatalogItem>, 'get'>;

/**
 * Every item a route can open, by id, with the title a reader knows it by.
 * Built on the first look-up, not at start-up: a view without an item in its
 * address never needs it before the first paint.
 */
export function itemCatalog(reference: Reference): Catalog {
  let items: ReadonlyMap<string, CatalogItem> | undefined;
  return { get: (id) => (items ??= allItems(reference)).get(id) };
}

/** The search documents name every item a view shows, groups, counts and items after 2001 included. */
function allItems(reference: Reference): ReadonlyMap<string, CatalogItem> {
  const items = new Map<string, CatalogItem>();
  const add = (section: SectionId, id: string, title: string) =>
    items.has(id) || items.set(id, { section, id, title });
  const edition = reference.data.manifest.sources.faq.asOf.label;
  for (const doc of searchDocuments(reference.data.faq.entries, reference.corpus, edition))
    add(doc.section, doc.item, doc.title);
  return items;
}

export const sectionLabel = (id: SectionId): string => SECTIONS.find((s) => s.id === id)!.label;

/** What a hash names that does not exist: a view, or an item in a view. */
export interface Missing {
  /** The view asked for, when it exists. */
  section?: SectionId;
  /** The part of the address that names nothing, as written: "contact-grop". */
  name: string;
  /** Its words, to look for what was meant: "contact grop". */
  words: string;
  /** An item of that id in another view, or views of a similar name. */
  elsewhere: { href: string; title: string }[];
}

/**
 * Checks a view hash (`#/bodies/contact-grop`) against the reference: undefined
 * when it names a view and, if any, an item of that view.
 */
export function findMissing(hash: string, catalog: Catalog): Missing | undefined {
  const [tab = '', item = ''] = hash.replace(/^#\/?/, '').split('/').map(safeDecode);
  if (!tab) return undefined;
  const words = (part: string) => part.replace(/[-_+.]+/g, ' ').trim();
  if (!isSectionId(tab)) {
    const similar = SECTIONS.filter((s) => s.id.slice(0, 3) === tab.slice(0, 3).toLowerCase());
    const found = item ? catalog.get(item) : undefined;
    return {
      name: tab,
      words: words(item || tab),
      elsewhere: [
        ...(found ? [{ href: itemHref(found.section, found.id), title: found.title }] : []),
        ...similar.map((s) => ({ href: toHash({ tab: s.id }), title: s.label })),
      ],
    };
  }
  if (!item) return undefined;
  const found = catalog.get(item);
  if (found?.section === tab) return undefined;
  return {
    section: tab,
    name: item,
    words: words(item),
    elsewhere: found ? [{ href: itemHref(found.section, found.id), title: found.title }] : [],
  };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
