// The router as the reader meets it, without a page: the address says where
// the reader is, a search is one history entry, and back and forward move
// between views (the browser's history is a fake that keeps its entries).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADDRESS_DELAY_MS, Router } from '../../../src/renderer/lib/route.svelte';
import type { Route } from '../../../src/shared/route';

/**
 * A tab's history as a browser keeps it: entries with a hash and a state;
 * pushState and replaceState are silent, while setting the hash or going back
 * adds or moves an entry and fires hashchange later, as a task.
 */
class FakeHistory {
  private entries: { hash: string; state: unknown }[];
  private index = 0;
  private listeners: (() => void)[] = [];
  private hiding: (() => void)[] = [];
  private changed: (() => void)[] = [];

  constructor(hash: string) {
    this.entries = [{ hash, state: null }];
  }

  get hash(): string {
    return this.entries[this.index]!.hash;
  }

  /** How many entries the history has, and which is shown. */
  get shape(): { length: number; index: number } {
    return { length: this.entries.length, index: this.index };
  }

  /** Resolves once the next hashchange has been handled. */
  hashChange(): Promise<void> {
    return new Promise((resolve) => this.changed.push(resolve));
  }

  install(): void {
    const location = Object.defineProperty({}, 'hash', {
      get: () => this.hash,
      set: (hash: string) => {
        if (hash === this.hash) return;
        this.add(hash, null);
        this.fire();
      },
    });
    vi.stubGlobal('window', {
      location,
      addEventListener: (type: string, listener: () => void) => {
        if (type === 'hashchange') this.listeners.push(listener);
        if (type === 'pagehide') this.hiding.push(listener);
      },
    });
    vi.stubGlobal(
      'history',
      Object.defineProperty(
        {
          pushState: (state: unknown, _: string, url: string) => this.add(url, state),
          replaceState: (state: unknown, _: string, url: string) => {
            this.entries[this.index] = { hash: url, state };
          },
          back: () => this.go(-1),
          forward: () => this.go(1),
        },
        'state',
        { get: () => this.entries[this.index]!.state },
      ),
    );
  }

  /** The reader closes or reloads the page. */
  hide(): void {
    for (const listener of this.hiding) listener();
  }

  /** The reader's own back or forward button. */
  go(step: -1 | 1): void {
    const before = this.hash;
    this.index += step;
    if (this.hash !== before) this.fire();
  }

  private add(hash: string, state: unknown): void {
    this.entries.splice(this.index + 1, Infinity, { hash, state });
    this.index += 1;
  }

  private fire(): void {
    setTimeout(() => {
      for (const listener of this.listeners) listener();
      for (const resolve of this.changed.splice(0)) resolve();
    });
  }
}

function open(hash: string, fallback: Route = { tab: 'faq' }) {
  const browser = new FakeHistory(hash);
  browser.install();
  return { browser, router: new Router(() => fallback) };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Router', () => {
  it('starts where the address says', () => {
    const { router } = open('#/bodies/cg');
    expect(router.current).toEqual({ tab: 'bodies', item: 'cg' });
    expect(router.search).toBeUndefined();
    expect(router.requested).toBe('#/bodies/cg');
  });

  it('opened on search results, shows them over the view it falls back to', () => {
    const { router } = open('#/search?q=summit&in=timeline', { tab: 'documents' });
    expect(router.search).toEqual({ query: 'summit', section: 'timeline' });
    expect(router.current).toEqual({ tab: 'documents' });
    expect(router.requested).toBe('#/documents');
  });

  it('going to a place writes it into the address, as a new history entry and a new visit', async () => {
    const { browser, router } = open('#/faq');
    const changed = browser.hashChange();
    router.go({ tab: 'documents', item: 'declaration' });
    await changed;
    expect(browser.hash).toBe('#/documents/declaration');
    expect(browser.shape).toEqual({ length: 2, index: 1 });
    expect(router.current).toEqual({ tab: 'documents', item: 'declaration' });
    expect(router.visits).toBe(1);
  });

  it('going again to the place shown is a visit (it comes back into view), not a history entry', () => {
    const { browser, router } = open('#/bodies/cg');
    router.go({ tab: 'bodies', item: 'cg' });
    expect(router.visits).toBe(1);
    expect(browser.shape).toEqual({ length: 1, index: 0 });
  });

  it('back and forward move between the places, each a visit', async () => {
    const { browser, router } = open('#/faq');
    let changed = browser.hashChange();
    router.go({ tab: 'timeline' });
    await changed;
    changed = browser.hashChange();
    browser.go(-1);
    await changed;
    expect(router.current).toEqual({ tab: 'faq' });
    changed = browser.hashChange();
    browser.go(1);
    await changed;
    expect(router.current).toEqual({ tab: 'timeline' });
    expect(router.visits).toBe(3);
  });

  it('an address that names no view keeps what was asked, to say what was not found', async () => {
    const { browser, router } = open('#/faq');
    const changed = browser.hashChange();
    window.location.hash = '#/treaties';
    await changed;
    expect(router.requested).toBe('#/treaties');
    expect(router.current).toEqual({ tab: 'faq' });
  });

  it('a search is one history entry: the first keystroke adds it, the next ones replace it once the reader pauses', () => {
    vi.useFakeTimers();
    const { browser, router } = open('#/bodies');
    router.showSearch({ query: 's' });
    expect(browser.hash).toBe('#/search?q=s');
    router.showSearch({ query: 'su' });
    vi.advanceTimersByTime(ADDRESS_DELAY_MS - 1);
    router.showSearch({ query: 'summit', section: 'timeline' });
    // Typing on: the address waits (a replaceState costs every keystroke 1-2 ms).
    vi.advanceTimersByTime(ADDRESS_DELAY_MS - 1);
    expect(browser.hash).toBe('#/search?q=s');
    expect(router.search).toEqual({ query: 'summit', section: 'timeline' });
    vi.advanceTimersByTime(1);
    expect(browser.shape).toEqual({ length: 2, index: 1 });
    expect(browser.hash).toBe('#/search?q=summit&in=timeline');
    expect(router.current).toEqual({ tab: 'bodies' });
  });

  it('opening a result before the pause keeps the whole query in the search’s entry, for Back', async () => {
    const { browser, router } = open('#/faq');
    router.showSearch({ query: 's' });
    router.showSearch({ query: 'summit' });
    const changed = browser.hashChange();
    router.go({ tab: 'timeline', item: 'summit-2002' });
    await changed;
    const back = browser.hashChange();
    browser.go(-1);
    await back;
    expect(browser.hash).toBe('#/search?q=summit');
    expect(router.search).toEqual({ query: 'summit' });
  });

  it('closing or reloading the page before the pause keeps the last query in the address', () => {
    vi.useFakeTimers();
    const { browser, router } = open('#/faq');
    router.showSearch({ query: 's' });
    router.showSearch({ query: 'summit' });
    browser.hide();
    expect(browser.hash).toBe('#/search?q=summit');
  });

  it('back while typing leaves the entry it lands on as it was', async () => {
    const { browser, router } = open('#/faq');
    router.showSearch({ query: 's' });
    router.showSearch({ query: 'summit' });
    const changed = browser.hashChange();
    browser.go(-1);
    await changed;
    await new Promise((resolve) => setTimeout(resolve, ADDRESS_DELAY_MS + 50));
    expect(browser.hash).toBe('#/faq');
    expect(router.search).toBeUndefined();
  });

  it('leaving the search goes back over its entry to the view under it, which is no new visit', async () => {
    const { browser, router } = open('#/bodies/cg');
    router.showSearch({ query: 'summit' });
    const changed = browser.hashChange();
    router.leaveSearch();
    await changed;
    expect(browser.hash).toBe('#/bodies/cg');
    expect(browser.shape).toEqual({ length: 2, index: 0 });
    expect(router.search).toBeUndefined();
    expect(router.visits).toBe(0);
  });

  it('leaving a search the page was opened on puts the view under it in the address', () => {
    const { browser, router } = open('#/search?q=summit', { tab: 'timeline' });
    router.leaveSearch();
    expect(router.search).toBeUndefined();
    expect(browser.hash).toBe('#/timeline');
    expect(browser.shape).toEqual({ length: 1, index: 0 });
  });

  it('back from a view to search results shows the results over the view', async () => {
    const { browser, router } = open('#/faq');
    router.showSearch({ query: 'summit' });
    let changed = browser.hashChange();
    router.go({ tab: 'timeline', item: 'summit-2002' });
    await changed;
    expect(router.search).toBeUndefined();
    changed = browser.hashChange();
    browser.go(-1);
    await changed;
    expect(router.search).toEqual({ query: 'summit' });
    expect(router.current).toEqual({ tab: 'timeline', item: 'summit-2002' });
  });
});
