import { isTabId, type TabId } from './tabs';

/** Where the reader is: a tab and, optionally, an item in it (`#/faq/<entry-id>`). */
export interface Route {
  tab: TabId;
  item?: string;
}

export function parseHash(hash: string): Route {
  const [tab = '', item] = hash.replace(/^#\/?/, '').split('/');
  if (!isTabId(tab)) return { tab: 'faq' };
  return item ? { tab, item: decodeURIComponent(item) } : { tab };
}

export function toHash(route: Route): string {
  return route.item ? `#/${route.tab}/${encodeURIComponent(route.item)}` : `#/${route.tab}`;
}

/** The current route, kept in the URL hash so that back and forward work. */
export class Router {
  current = $state<Route>(parseHash(window.location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.current = parseHash(window.location.hash);
    });
  }

  go(route: Route): void {
    const hash = toHash(route);
    if (hash === window.location.hash) this.current = route;
    else window.location.hash = hash;
  }
}
