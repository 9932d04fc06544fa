import { parseHash, toHash, type Route } from '../../shared/route';
import { parseSearchHash, searchHash, type SearchLocation } from './locations';

/** Marks the history entries the search pushed, so that leaving it can go back over them. */
const PUSHED_SEARCH = 'cica-search';

/**
 * Where the reader is, kept in the URL hash so that back and forward work: a
 * view (`#/bodies/cg`), or search results over it (`#/search?q=...`). A search
 * is one history entry, replaced while the reader types.
 */
export class Router {
  /** The view shown, or under the search results. */
  current = $state<Route>(parseHash(window.location.hash));
  /** The search the address names, when results are shown. */
  search = $state<SearchLocation | undefined>(parseSearchHash(window.location.hash));
  /** The hash as written, to tell a view that does not exist from one that does. */
  requested = $state(window.location.hash);
  /** Counts navigations, so that going again to the item shown brings it back into view. */
  visits = $state(0);
  /** Set while the app itself changes the hash, as opposed to back and forward. */
  private going = false;

  constructor(fallback: () => Route) {
    if (this.search) {
      this.current = fallback();
      this.requested = toHash(this.current);
    }
    window.addEventListener('hashchange', () => {
      const hash = window.location.hash;
      const fromSearch = this.search !== undefined && !this.going;
      this.going = false;
      this.search = parseSearchHash(hash);
      if (this.search) return;
      const route = parseHash(hash);
      this.requested = hash;
      // Back from the results to the view under them is not a new visit: nothing moves.
      if (fromSearch && toHash(route) === toHash(this.current)) return;
      this.current = route;
      this.visits += 1;
    });
  }

  go(route: Route): void {
    const hash = toHash(route);
    if (hash === window.location.hash) {
      this.current = route;
      this.visits += 1;
    } else {
      this.going = true;
      window.location.hash = hash;
    }
  }

  /** Shows search results: the first keystroke adds a history entry, the next ones replace it. */
  showSearch(location: SearchLocation): void {
    const hash = searchHash(location);
    if (this.search) history.replaceState(history.state, '', hash);
    else history.pushState(PUSHED_SEARCH, '', hash);
    this.search = location;
  }

  /** Closes the results: back over the entry the search added, or the view's address in its place. */
  leaveSearch(): void {
    if (!this.search) return;
    // The hashchange that going back brings clears `search`.
    if (history.state === PUSHED_SEARCH) return history.back();
    this.search = undefined;
    history.replaceState(null, '', toHash(this.current));
  }
}
