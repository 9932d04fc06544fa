/**
 * Scrolling and focus for navigation, aware of the bar pinned at the top of
 * the window (search and tabs): nothing opened may end up under it.
 */

import type { Route } from '../../shared/route';

const GAP = 8;

function bar(): DOMRect | undefined {
  return document.querySelector('.toolbar')?.getBoundingClientRect();
}

/** The top of the page where a view starts: the pinned bar stuck, nothing above the view. */
function viewTop(): number {
  const masthead = document.querySelector<HTMLElement>('.masthead');
  return masthead ? masthead.offsetTop + masthead.offsetHeight : 0;
}

/** Shows the start of what is shown now (a view, the search results) if the page is further down. */
export function scrollToViewTop(): void {
  const top = viewTop();
  if (window.scrollY > top) window.scrollTo(0, top);
}

/**
 * Brings an opened item into the reading area below the pinned bar, with the
 * heading of its section as well when both fit; leaves the page alone when
 * the item is already in sight.
 */
function reveal(target: HTMLElement, context?: HTMLElement | null): void {
  const pinned = bar()?.height ?? 0;
  const below = Math.max(bar()?.bottom ?? 0, 0);
  const room = window.innerHeight - pinned - GAP;
  const item = target.getBoundingClientRect();
  const start = context?.getBoundingClientRect();
  const from = start && start.top < item.top && item.bottom - start.top <= room ? start : item;
  // In sight: below the bar, and the item either all on screen or starting in the top quarter
  // of the room (a long item); its section's heading high up does not make a short item below
  // the window's edge in sight.
  const inSight =
    from.top >= below && (item.bottom <= window.innerHeight || item.top <= below + room / 4);
  if (inSight) return;
  window.scrollBy(0, from.top - pinned - GAP);
}

/** Moves the focus to an item's heading (or a row's header), without scrolling. */
function focusHeading(item: HTMLElement): void {
  const heading = item.matches('h1, h2, h3, h4, h5, h6')
    ? item
    : item.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6, th[scope="row"]');
  const target = heading ?? item;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/**
 * After a navigation: the item opened comes into view below the pinned bar
 * and its heading takes the focus (a paragraph named by the address comes
 * into view within it); a view opened without an item starts at its top; an
 * address that names nothing focuses what says so.
 */
export function showPlace({ tab, item, anchor }: Route, notFound: boolean): void {
  if (notFound) return document.getElementById('not-found-heading')?.focus();
  const panel = document.getElementById(`panel-${tab}`);
  const element = item && panel?.querySelector<HTMLElement>(`[data-item="${CSS.escape(item)}"]`);
  if (!element) return scrollToViewTop();
  const paragraph = anchor && document.getElementById(`faq-${item}-${anchor}`);
  if (paragraph) reveal(paragraph, element);
  else reveal(element, element.parentElement?.closest('section'));
  focusHeading(element);
}

/** Keeps `--pinned` at the pinned bar's height, for what must stop below it (the sticky item lists). */
export function trackPinnedHeight(): () => void {
  const bar = document.querySelector<HTMLElement>('.toolbar');
  if (!bar) return () => {};
  const observer = new ResizeObserver(() =>
    document.documentElement.style.setProperty('--pinned', `${bar.offsetHeight}px`),
  );
  observer.observe(bar);
  return () => observer.disconnect();
}

/** The skip link's target: what is shown, past the masthead and the bar. */
export function skipToMain(): void {
  document.getElementById('main')?.focus({ preventScroll: true });
  window.scrollTo(0, viewTop());
}
