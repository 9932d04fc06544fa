import type { SourceRef } from '../../shared/corpus/schema';
import { isSectionId, type SectionId } from '../../shared/sections';

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

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The current route, kept in the URL hash so that back and forward work. */
export class Router {
  current = $state<Route>(parseHash(window.location.hash));
  /** Counts navigations, so that going again to the item shown brings it back into view. */
  visits = $state(0);

  constructor() {
    window.addEventListener('hashchange', () => {
      this.current = parseHash(window.location.hash);
      this.visits += 1;
    });
  }

  go(route: Route): void {
    const hash = toHash(route);
    if (hash === window.location.hash) {
      this.current = route;
      this.visits += 1;
    } else window.location.hash = hash;
  }
}
