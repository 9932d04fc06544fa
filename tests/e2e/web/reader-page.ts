import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { expect, test as base, type Locator, type Page } from '@playwright/test';

export const WEB_EDITION = resolve(__dirname, '../../../out/web/index.html');

/** The web edition as a reader sees it, found by roles and names. */
export class ReaderPage {
  readonly tablist: Locator;
  readonly questions: Locator;
  readonly searchBox: Locator;
  /** The search results' links, best first. */
  readonly searchHits: Locator;
  /** The pinned bar's Menu button: text size, theme, shortcuts and about are behind it. */
  readonly menuButton: Locator;

  constructor(readonly page: Page) {
    this.menuButton = page.getByRole('button', { name: 'Menu', exact: true });
    this.tablist = page.getByRole('tablist', { name: 'Sections' });
    this.questions = page.getByRole('article');
    this.searchBox = page.getByRole('search').getByRole('searchbox', { name: 'Search' });
    this.searchHits = page
      .getByRole('region', { name: 'Search results' })
      .getByRole('list')
      .getByRole('link');
  }

  async open(file = WEB_EDITION, hash = ''): Promise<void> {
    await this.page.goto(pathToFileURL(file).href + hash);
    await this.loaded();
  }

  /** Opens the page with a query string (`?open=cica://…`), as a citation's link would. */
  async openWithQuery(params: Record<string, string>, hash = ''): Promise<void> {
    const query = new URLSearchParams(params).toString();
    await this.page.goto(`${pathToFileURL(WEB_EDITION).href}?${query}${hash}`);
    await this.loaded();
  }

  /**
   * Waits until the pack is checked and the reference (or why it cannot be
   * shown) is on the page: the page's load event comes first, and a key
   * pressed before has nothing to act on it.
   */
  async loaded(): Promise<void> {
    await expect(
      this.page.getByRole('status').filter({ hasText: 'Loading the reference' }),
    ).toHaveCount(0);
  }

  /** A message in a live region: copy, save, theme and text-size changes are announced. */
  announcement(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** Opens the Menu, unless it is open already. */
  async openMenu(): Promise<void> {
    if ((await this.menuButton.getAttribute('aria-expanded')) !== 'true')
      await this.menuButton.click();
    await expect(this.menuButton).toHaveAttribute('aria-expanded', 'true');
  }

  /** Chooses a theme in the Menu. */
  async chooseTheme(theme: 'system' | 'light' | 'dark'): Promise<void> {
    await this.openMenu();
    await this.page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** A computed style of the page's root (<html>): its background, colour, font size. */
  rootStyle(property: 'backgroundColor' | 'color' | 'fontSize'): Promise<string> {
    return this.page.evaluate((p) => getComputedStyle(document.documentElement)[p], property);
  }

  tab(name: string): Locator {
    return this.tablist.getByRole('tab', { name });
  }

  panel(name: string): Locator {
    return this.page.getByRole('tabpanel', { name });
  }
}

/**
 * Every test fails on a page error, a console error, or a request that
 * leaves the page: the web edition must work from file:// with no network.
 */
export const test = base.extend<{ reader: ReaderPage; requests: string[] }>({
  requests: async ({ page }, use) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await use(requests);
    // blob: is the page's own memory (the search worker's code, inlined in the page).
    const outside = requests.filter((url) => !/^(file|data|blob):/.test(url));
    expect(outside, 'requests that left the page').toEqual([]);
  },
  reader: async ({ page, requests }, use) => {
    void requests;
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await use(new ReaderPage(page));
    expect(problems, 'errors in the page').toEqual([]);
  },
});

/** What the clipboard holds now, read back as each type. */
export async function readClipboard(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const out: Record<string, string> = {};
    for (const type of item?.types ?? []) out[type] = await (await item!.getType(type)).text();
    return out;
  });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export { expect };
