import { parseHash, toHash, type Route } from '../../shared/route';

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
