import { parseHash, toHash, type Route } from '../../shared/route';
import { parseSearchHash, searchHash, type SearchLocation } from './locations';

/** Marks the history entries the search pushed, so that leaving it can go back over them. */
const PUSHED_SEARCH = 'cica-search';

/**
 * How long the address waits for the reader to pause before it follows the
 * query typed: each replaceState costs the page 1 to 2 ms, on every keystroke.
 */
export const ADDRESS_DELAY_MS = 300;

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
  /** The search's address, not yet written (the reader is typing). */
  private pendingHash: string | undefined;
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(fallback: () => Route) {
    if (this.search) {
      this.current = fallback();
      this.requested = toHash(this.current);
    }
    // Leaving or reloading the page while typing keeps the last query in the address.
    window.addEventListener('pagehide', () => this.writeAddress());
    window.addEventListener('hashchange', () => {
      // Back or forward while typing: the entry that waited is no longer shown.
      this.dropAddress();
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
    // The search's entry keeps its whole query, for Back.
    this.writeAddress();
    const hash = toHash(route);
    if (hash === window.location.hash) {
      this.current = route;
      this.visits += 1;
    } else {
      this.going = true;
      window.location.hash = hash;
    }
  }

  /**
   * Shows search results: the first keystroke adds a history entry, the next
   * ones replace it once the reader pauses.
   */
  showSearch(location: SearchLocation): void {
    const hash = searchHash(location);
    if (this.search) {
      this.pendingHash = hash;
      clearTimeout(this.pendingTimer);
      this.pendingTimer = setTimeout(() => this.writeAddress(), ADDRESS_DELAY_MS);
    } else {
      this.dropAddress();
      history.pushState(PUSHED_SEARCH, '', hash);
    }
    this.search = location;
  }

  /** Writes the address of the query typed, if it is waiting. */
  private writeAddress(): void {
    const hash = this.pendingHash;
    this.dropAddress();
    if (hash !== undefined) history.replaceState(history.state, '', hash);
  }

  private dropAddress(): void {
    clearTimeout(this.pendingTimer);
    this.pendingTimer = undefined;
    this.pendingHash = undefined;
  }

  /** Closes the results: back over the entry the search added, or the view's address in its place. */
  leaveSearch(): void {
    if (!this.search) return;
    this.dropAddress();
    // The hashchange that going back brings clears `search`.
    if (history.state === PUSHED_SEARCH) return history.back();
    this.search = undefined;
    history.replaceState(null, '', toHash(this.current));
  }
}
