import type { SourceRef } from './corpus/schema';
import { isSectionId, type SectionId } from './sections';

/**
 * Where the reader is: a tab, optionally an item in it, and for FAQ entries
 * a paragraph ("2") or list item ("2.5") to highlight:
 * `#/documents/declaration`, `#/faq/<entry-id>/2.5`.
 */
export interface Route {
  tab: SectionId;
  item?: string;
  anchor?: string;
}

export function parseHash(hash: string): Route {
  const [tab = '', item, anchor] = hash.replace(/^#\/?/, '').split('/').map(safeDecode);
  if (!isSectionId(tab)) return { tab: 'faq' };
  if (!item) return { tab };
  return anchor && /^\d+(\.\d+)?$/.test(anchor) ? { tab, item, anchor } : { tab, item };
}

export function toHash(route: Route): string {
  const parts = [route.tab, route.item, route.item && route.anchor].filter(Boolean) as string[];
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

export function itemHref(tab: SectionId, item: string): string {
  return toHash({ tab, item });
}

/** The link that opens the FAQ entry a fact comes from, with its paragraph highlighted. */
export function sourceHref(ref: SourceRef): string {
  const anchor = ref.item ? `${ref.paragraph}.${ref.item}` : String(ref.paragraph);
  return toHash({ tab: 'faq', item: ref.entry, anchor });
}

export const DEEP_LINK_SCHEME = 'cica';

/** What a citation's link points at: a section, an item in it, or a search. */
export interface LinkTarget {
  section: SectionId;
  /** The item's id, or the section's own id for the whole section. */
  target: string;
  query?: string;
}

/** `cica://<section>[/<item>]` or `cica://search?q=...`: opens the same place in the app. */
export function deepLink({ section, target, query }: LinkTarget): string {
  if (query !== undefined) return `${DEEP_LINK_SCHEME}://search?q=${encodeURIComponent(query)}`;
  return target === section
    ? `${DEEP_LINK_SCHEME}://${section}`
    : `${DEEP_LINK_SCHEME}://${section}/${encodeURIComponent(target)}`;
}

/** Where a deep link leads, or undefined for anything that is not one of ours. */
export type LinkDestination = { route: Route } | { query: string };

export function parseDeepLink(link: string): LinkDestination | undefined {
  const prefix = `${DEEP_LINK_SCHEME}://`;
  if (typeof link !== 'string' || !link.toLowerCase().startsWith(prefix) || link.length > 2000)
    return undefined;
  const [path = '', search = ''] = link.slice(prefix.length).split('?', 2);
  const [section = '', item] = path.replace(/\/+$/, '').split('/').map(safeDecode);
  if (section === 'search') {
    const query = new URLSearchParams(search).get('q');
    return query ? { query } : undefined;
  }
  if (!isSectionId(section)) return undefined;
  return { route: item ? { tab: section, item } : { tab: section } };
}

/** The deep link among a process's arguments (how the OS hands one to a second launch). */
export function findDeepLink(argv: readonly string[]): string | undefined {
  return argv.find((arg) => parseDeepLink(arg) !== undefined);
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
