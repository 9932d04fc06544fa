import { parseDeepLink, type Route } from '../../shared/route';

/**
 * The cica:// link the page was opened with (`?open=...`), taken out of the
 * address so that reloading the page does not open it again.
 */
export function takeOpenLink(
  location: Pick<Location, 'search' | 'pathname' | 'hash'> = window.location,
  history: Pick<History, 'replaceState'> = window.history,
): string | undefined {
  const link = new URLSearchParams(location.search).get('open');
  if (!link) return undefined;
  history.replaceState(null, '', location.pathname + location.hash);
  return link;
}

/** Where a link can lead: a place, a search, or nowhere (it is not one of ours). */
export interface LinkHandlers {
  open(place: Route): void;
  search(query: string): void;
  refuse(message: string): void;
}

/** A cica:// link (from a citation) opens the place it names, or its search. */
export function followLink(link: string, handlers: LinkHandlers): void {
  const destination = parseDeepLink(link);
  if (!destination) handlers.refuse('That link is not a CICA Reference link.');
  else if ('query' in destination) handlers.search(destination.query);
  else handlers.open(destination.route);
}
