import type { Locator, Page } from '@playwright/test';
import { expect, test, type ReaderPage, WEB_EDITION, escapeRegExp } from './reader-page';

/** The search as a reader sees it: the box, the results region and its parts. */
class Search {
  readonly box: Locator;
  readonly results: Locator;
  readonly status: Locator;
  readonly filters: Locator;
  readonly hits: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('search').getByRole('searchbox', { name: 'Search' });
    this.results = page.getByRole('region', { name: 'Search results' });
    this.status = this.results.getByRole('status');
    this.filters = this.results.getByRole('group', { name: 'Filter results by section' });
    this.hits = this.results.getByRole('list').getByRole('link');
  }

  filter(label: string): Locator {
    return this.filters.getByRole('button', { name: new RegExp(`^${label} \\d+$`) });
  }

  sectionOf(hit: Locator): Locator {
    return hit.locator('.hit-section');
  }

  titleOf(hit: Locator): Locator {
    return hit.locator('.hit-title');
  }

  /** "Section | Title" of the first `count` results, for ranking checks. */
  async top(count: number): Promise<string[]> {
    return this.hits.evaluateAll(
      (links, n) =>
        links
          .slice(0, n)
          .map(
            (a) =>
              `${a.querySelector('.hit-section')?.textContent ?? ''} | ${a.querySelector('.hit-title')?.textContent ?? ''}`,
          ),
      count,
    );
  }

  /**
   * Waits until the status quotes the box's present text: the status quotes
   * the query its results answer, so the results shown are then the box's.
   */
  async settled(): Promise<void> {
    const value = (await this.box.inputValue()).trim();
    await expect(this.status).toHaveText(
      new RegExp(`^(No|\\d+) results? for “${escapeRegExp(value)}”`),
    );
  }
}

async function openReader(reader: ReaderPage): Promise<Search> {
  await reader.open();
  const search = new Search(reader.page);
  await expect(search.box).toBeVisible();
  await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');
  return search;
}

test('results appear as the reader types, with the matched word marked', async ({
  reader,
  page,
}) => {
  const search = await openReader(reader);
  await page.keyboard.press('/');
  await expect(search.box).toBeFocused();
  await expect(search.box).toHaveValue('');

  // No Enter needed: four letters already find something.
  await search.box.pressSequentially('cont', { delay: 40 });
  await expect(search.status).toHaveText(/^\d+ results? for “cont”$/);
  await expect(search.hits.first()).toBeVisible();

  await search.box.pressSequentially('ac', { delay: 40 });
  await expect(search.box).toHaveValue('contac');
  await expect(search.status).toHaveText(/^\d+ results? for “contac”$/);
  await expect.poll(() => search.top(3)).toContain('Bodies | Contact Group');

  const contactGroup = search.hits.filter({
    has: page.locator('.hit-title', { hasText: /^Contact Group$/ }),
  });
  await expect(contactGroup).toHaveCount(1);
  await expect(search.sectionOf(contactGroup)).toHaveText('Bodies');
  await expect(search.titleOf(contactGroup).locator('mark')).toHaveText([/^Contac/i]);

  // The count in the status is the count of the "All" filter and of the list.
  const count = Number(/^(\d+)/.exec((await search.status.textContent()) ?? '')![1]);
  expect(count).toBeGreaterThan(0);
  await expect(search.filter('All')).toHaveText(`All ${count}`);
  await expect(search.hits).toHaveCount(Math.min(count, 50));
  // While searching, the results replace the tab panel.
  await expect(reader.panel('FAQ')).toBeHidden();
});

test('a reader’s questions in plain words find their answers', async ({ reader }) => {
  const search = await openReader(reader);
  const ask = async (question: string) => {
    // Whole questions: typing them key by key belongs to the as-you-type tests.
    await search.box.fill(question);
    await search.settled();
  };

  await ask('when was the contact group created');
  await expect.poll(() => search.top(3)).toContain('FAQ | When the Contact group was created?');

  await ask('who are the members');
  await expect
    .poll(async () => {
      const top = await search.top(3);
      return (
        top.includes('Membership | Member states in September 2001 (16)') ||
        top.includes('FAQ | Which countries are members of the CICA?')
      );
    })
    .toBe(true);

  await ask('arab league');
  await expect.poll(() => search.top(1)).toEqual(['Membership | League of Arab States']);

  // The city's old name finds what the source says about Almaty.
  await ask('alma-ata');
  await expect(search.status).toHaveText(/^\d+ results? for “alma-ata”$/);
  for (const index of [0, 1, 2]) await expect(search.hits.nth(index)).toContainText('Almaty');
});

test('Ctrl+K or Cmd+K focuses the search from anywhere; “/” in the box is text', async ({
  reader,
  page,
}) => {
  const search = await openReader(reader);

  await reader.tab('Bodies').click();
  await expect(reader.tab('Bodies')).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(search.box).toBeFocused();

  // From inside a panel, with the other modifier.
  await reader
    .panel('Bodies')
    .getByRole('navigation', { name: 'Bodies' })
    .getByRole('link', { name: 'Special Working Group Working body' })
    .click();
  await expect(search.box).not.toBeFocused();
  await page.keyboard.press('Meta+k');
  await expect(search.box).toBeFocused();

  // "/" inside the box is typed, not swallowed as the shortcut.
  await search.box.pressSequentially('1999/2000', { delay: 20 });
  await expect(search.box).toHaveValue('1999/2000');
  await expect(search.status).toHaveText(/ for “1999\/2000”$/);

  // From a result, Ctrl+K goes back to the box with its text selected: typing replaces it.
  await search.box.fill('contact');
  // The answer to "contact" itself: the last query's rows are replaced when it comes.
  await expect(search.status).toHaveText(/ for “contact”$/);
  await page.keyboard.press('ArrowDown');
  await expect(search.hits.first()).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(search.box).toBeFocused();
  await page.keyboard.type('league');
  await expect(search.box).toHaveValue('league');
});

test('arrows move through the results and Enter opens a FAQ paragraph', async ({
  reader,
  page,
}) => {
  const search = await openReader(reader);
  await reader.tab('Timeline').click();
  await page.keyboard.press('Control+k');
  await search.box.pressSequentially('contact group embassies', { delay: 15 });
  await search.settled();
  await expect(search.hits.nth(2)).toBeVisible();

  await page.keyboard.press('ArrowDown');
  await expect(search.hits.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(search.hits.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(search.hits.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(search.box).toBeFocused();

  // The FAQ answer is among the first three; walk down to it.
  const top = await search.top(3);
  const index = top.indexOf('FAQ | When the Contact group was created?');
  expect(index, `FAQ answer in ${JSON.stringify(top)}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  const hit = search.hits.nth(index);
  await expect(hit).toBeFocused();
  await expect(hit).toHaveAttribute('href', '#/faq/when-the-contact-group-was-created/2');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/#\/faq\/when-the-contact-group-was-created\/2$/);
  await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');
  await expect(reader.panel('FAQ')).toBeVisible();
  const entry = page.getByRole('article', { name: 'When the Contact group was created?' });
  const highlighted = entry.locator('.highlight');
  await expect(highlighted).toHaveCount(1);
  await expect(highlighted).toContainText('consists of representatives of Embassies');
  await expect(highlighted).toBeInViewport();
  await expect(page.locator('.highlight')).toHaveCount(1);
  await expect(search.results).toHaveCount(0);
  await expect(search.box).toHaveValue('');
});

test('Enter in the box opens the first result', async ({ reader, page }) => {
  const search = await openReader(reader);
  await page.keyboard.press('/');
  await search.box.pressSequentially('contact group', { delay: 15 });
  await search.settled();
  await expect.poll(() => search.top(1)).toEqual(['Bodies | Contact Group']);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/#\/bodies\/cg$/);
  await expect(reader.tab('Bodies')).toHaveAttribute('aria-selected', 'true');
  const list = reader.panel('Bodies').getByRole('navigation', { name: 'Bodies' });
  await expect(list.getByRole('link', { name: /Contact Group/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(
    reader.panel('Bodies').getByRole('heading', { level: 2, name: /Contact Group/ }),
  ).toBeVisible();
  await expect(search.results).toHaveCount(0);
});

test('Escape clears the search and gives back the tab that was open', async ({ reader, page }) => {
  const search = await openReader(reader);
  await reader.tab('Bodies').click();
  await page.keyboard.press('/');
  await search.box.pressSequentially('contact', { delay: 15 });
  await expect(search.hits.first()).toBeVisible();
  await expect(reader.panel('Bodies')).toBeHidden();
  // The results cover every tab: none is announced as selected meanwhile.
  await expect(reader.page.locator('[role="tab"][aria-selected="true"]')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(search.box).toHaveValue('');
  await expect(search.results).toHaveCount(0);
  await expect(reader.tab('Bodies')).toHaveAttribute('aria-selected', 'true');
  await expect(reader.panel('Bodies')).toBeVisible();
  await expect(page).toHaveURL(/#\/bodies$/);

  // Escape from a focused result clears the search too.
  await page.keyboard.press('Control+k');
  await search.box.pressSequentially('league', { delay: 15 });
  await page.keyboard.press('ArrowDown');
  await expect(search.hits.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search.box).toHaveValue('');
  await expect(search.results).toHaveCount(0);
  await expect(reader.panel('Bodies')).toBeVisible();
});

test('Escape returns focus to the tab panel the reader was on', async ({ reader, page }) => {
  const search = await openReader(reader);
  await reader.tab('Bodies').click();
  await page.keyboard.press('/');
  await search.box.pressSequentially('contact', { delay: 15 });
  await expect(search.hits.first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(search.results).toHaveCount(0);
  await expect(reader.panel('Bodies')).toBeFocused();
});

/** Searches "contact group" and returns the All and FAQ counts of its filter. */
async function contactGroupCounts(search: Search): Promise<{ all: number; faq: number }> {
  await search.box.pressSequentially('contact group', { delay: 15 });
  await search.settled();
  await expect(search.filter('FAQ')).toBeVisible();
  await expect(search.filter('Bodies')).toBeVisible();
  await expect(search.filter('All')).toHaveAttribute('aria-pressed', 'true');
  const all = Number((await search.filter('All').textContent())!.replace(/\D/g, ''));
  const faq = Number((await search.filter('FAQ').textContent())!.replace(/\D/g, ''));
  expect(faq).toBeGreaterThan(1);
  expect(all).toBeGreaterThan(faq);
  await expect(search.hits).toHaveCount(Math.min(all, 50));
  return { all, faq };
}

test('the section filter shows only that section’s results', async ({ reader }) => {
  const search = await openReader(reader);
  const { all, faq } = await contactGroupCounts(search);

  await search.filter('FAQ').click();
  await expect(search.filter('FAQ')).toHaveAttribute('aria-pressed', 'true');
  await expect(search.filter('All')).toHaveAttribute('aria-pressed', 'false');
  await expect(search.filter('Bodies')).toHaveAttribute('aria-pressed', 'false');
  await expect(search.hits).toHaveCount(faq);
  await expect(search.hits.locator('.hit-section')).toHaveText(Array(faq).fill('FAQ'));
  await expect(search.status).toHaveText(`${all} results for “contact group”, ${faq} in FAQ`);

  // Another section's button switches to it.
  await search.filter('Bodies').click();
  await expect(search.filter('Bodies')).toHaveAttribute('aria-pressed', 'true');
  await expect(search.filter('FAQ')).toHaveAttribute('aria-pressed', 'false');
  await expect(search.hits.locator('.hit-section').first()).toHaveText('Bodies');
  await expect(search.hits.locator('.hit-section').filter({ hasNotText: 'Bodies' })).toHaveCount(0);
});

test('“All” restores every result after a section filter', async ({ reader }) => {
  const search = await openReader(reader);
  const { all, faq } = await contactGroupCounts(search);
  await search.filter('FAQ').click();
  await expect(search.hits).toHaveCount(faq);

  await search.filter('All').click();
  await expect(search.filter('All')).toHaveAttribute('aria-pressed', 'true');
  await expect(search.filter('FAQ')).toHaveAttribute('aria-pressed', 'false');
  await expect(search.hits).toHaveCount(Math.min(all, 50));
  await expect(search.hits.locator('.hit-section').filter({ hasText: 'Bodies' })).not.toHaveCount(
    0,
  );
  await expect(search.status).toHaveText(`${all} results for “contact group”`);
});

test('Escape forgets the section filter: the next search covers every section', async ({
  reader,
  page,
}) => {
  const search = await openReader(reader);
  await contactGroupCounts(search);
  await search.filter('FAQ').click();
  await expect(search.filter('FAQ')).toHaveAttribute('aria-pressed', 'true');
  // (Escape on the filter buttons themselves does nothing: it is handled in the box and the list.)
  await search.box.focus();
  await page.keyboard.press('Escape');
  await expect(search.results).toHaveCount(0);

  await page.keyboard.press('Control+k');
  await search.box.pressSequentially('league', { delay: 15 });
  await search.settled();
  await expect(search.filter('All')).toHaveAttribute('aria-pressed', 'true');
  await expect(search.status).toHaveText(/^\d+ results? for “league”$/);
});

test('a section filter never hides the results of the next query', async ({ reader }) => {
  const search = await openReader(reader);
  await search.box.fill('contact');
  await search.filter('FAQ').click();
  await expect(search.filter('FAQ')).toHaveAttribute('aria-pressed', 'true');
  await search.box.fill('turkiye');
  await search.settled();
  await expect(search.filters.locator('[aria-pressed="true"]')).toBeVisible();
  await expect(search.hits.first()).toBeVisible();
});

const HOSTILE = [
  'foo:',
  'run~',
  '-',
  '+',
  '*',
  '"',
  'title:',
  '~',
  '^',
  '\\',
  '\\\\',
  '((((',
  'contact:group^10 +run~2 -foo',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(300),
  'contact group declaration '.repeat(12).slice(0, 300),
  'CICA 🤝 Asia 🇰🇿 😀',
  'مؤتمر التفاعل',
  'Совещание по взаимодействию',
];

test('hostile input never breaks the search', async ({ reader, page }) => {
  // Types every hostile string key by key (a search per key): 12 s on an idle
  // machine, more than the default 30 s on a busy one.
  test.setTimeout(120_000);
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  const search = await openReader(reader);
  for (const text of HOSTILE) {
    await search.box.fill('');
    await search.box.pressSequentially(text);
    const value = await search.box.inputValue();
    expect(text.startsWith(value), `the box holds what was typed: ${value}`).toBe(true);
    // Words that match nothing may be named after the count.
    await expect(search.status).toHaveText(
      new RegExp(`^(No|\\d+) results? for “${escapeRegExp(value.trim())}”(No match for .*)?$`),
    );
    await expect(search.results.locator('img')).toHaveCount(0);
  }

  // Only spaces: not a search at all, the reader keeps the tab.
  await search.box.fill('');
  await search.box.pressSequentially('     ');
  await expect(search.box).toHaveValue('     ');
  await expect(search.results).toHaveCount(0);
  await expect(search.hits).toHaveCount(0);
  await expect(reader.panel('FAQ')).toBeVisible();

  // And the search still works afterwards.
  await search.box.fill('');
  await search.box.pressSequentially('contact');
  await expect(search.hits.first()).toBeVisible();
});

test('a long query never makes the page scroll sideways', async ({ reader }) => {
  const search = await openReader(reader);
  await search.box.fill('x'.repeat(300));
  await search.settled();
  const [scrollWidth, clientWidth] = await reader.page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});

test('the results shown are always those of the final text', async ({ reader, page }) => {
  const search = await openReader(reader);

  // What a fresh search for the final text gives.
  await search.box.fill('decontact');
  await search.settled();
  await expect(search.hits.first()).toBeVisible();
  const freshStatus = await search.status.textContent();
  const freshHits = await search.hits.evaluateAll((links) =>
    links.map((a) => a.getAttribute('href')),
  );
  await search.box.fill('');
  await expect(search.results).toHaveCount(0);

  // Typed fast, with a correction: every keystroke asks again.
  await expect(search.box).toBeFocused();
  await search.box.pressSequentially('dec');
  await page.keyboard.press('Backspace');
  await search.box.pressSequentially('contact');
  await expect(search.box).toHaveValue('decontact');
  await expect(search.status).toHaveText(freshStatus!);
  await expect
    .poll(() => search.hits.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    .toEqual(freshHits);
  // Nothing left from "dec" (the Declaration).
  await expect(search.hits.filter({ hasText: 'Declaration' })).toHaveCount(0);
  // And it stays so once every answer still on its way has arrived: the results
  // are busy until then.
  await expect(search.results).toHaveAttribute('aria-busy', 'false');
  await expect(search.status).toHaveText(`${freshStatus}`);
  expect(
    await search.hits.evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  ).toEqual(freshHits);
});

test('opening the same result again brings it back into view', async ({ reader, page }) => {
  const search = await openReader(reader);
  const open = async () => {
    await page.keyboard.press('Control+k');
    await search.box.pressSequentially('embassies accredited in kazakhstan', { delay: 10 });
    await search.settled();
    await expect.poll(() => search.top(1)).toEqual(['FAQ | When the Contact group was created?']);
    // Enter on the focused result link (Enter in the box happens to work).
    await page.keyboard.press('ArrowDown');
    await expect(search.hits.first()).toBeFocused();
    await page.keyboard.press('Enter');
  };
  await open();
  await expect(page).toHaveURL(/#\/faq\/when-the-contact-group-was-created\/2$/);
  const highlighted = page.locator('#faq-when-the-contact-group-was-created-2.highlight');
  await expect(highlighted).toBeInViewport();

  // The reader scrolls back to the top, then looks the same thing up again.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(highlighted).not.toBeInViewport();
  await open();
  await expect(highlighted).toBeInViewport();
});

test('screenshot: results for “declaration”', async ({ reader, page }) => {
  const search = await openReader(reader);
  await page.keyboard.press('/');
  await search.box.pressSequentially('declaration', { delay: 15 });
  await search.settled();
  // The 1999 Declaration and the summits' declarations after 2001: both among the first two.
  const declaration =
    'Documents | Declaration of principles regulating relations between CICA member states';
  await expect.poll(() => search.top(2)).toContain(declaration);
  await expect
    .poll(() => search.top(2))
    .toContain('Documents | Summit declarations and ministerial statements');
  const hit = search.hits.filter({ hasText: 'Declaration of principles regulating' }).first();
  await expect(search.titleOf(hit).locator('mark')).toHaveText(['Declaration']);
  await page.screenshot({ path: test.info().outputPath('search.png') });
});

test('a question about the present finds today’s answer, and the dated one of 2001 beside it', async ({
  reader,
  page,
}) => {
  const search = await openReader(reader);
  await search.box.fill('how many members does cica have');
  await search.settled();
  await expect
    .poll(() => search.top(3))
    .toEqual(
      expect.arrayContaining([
        'Membership | Member states today (28), as of September 2025',
        'Membership | At the time of writing (September 2001): 16 states, 10 observers, 4 international organizations',
      ]),
    );
  await page.screenshot({ path: test.info().outputPath('search-present.png') });

  await search.box.fill('who chairs cica now');
  await search.settled();
  await expect
    .poll(() => search.top(3))
    .toContain(
      'Overview | Chair as of September 2025: Azerbaijan, since 17 December 2024, for 2024–2026',
    );

  await search.box.fill('where is the cica secretariat');
  await search.settled();
  await expect
    .poll(() => search.top(3))
    .toContain(
      'Overview | Secretariat as of September 2025: Astana; its new headquarters was inaugurated on 2 July 2025',
    );
});

/** The marked words of a result: its title's and its snippet's. */
function marks(hit: Locator): Promise<string[]> {
  return hit.locator('mark').allTextContents();
}

test('a match through another name or a typo marks what the text says', async ({ reader }) => {
  const search = await openReader(reader);
  for (const [typed, word] of [
    ['Kazakstan', 'Kazakhstan'],
    ['Alma-Ata', 'Almaty'],
    ['Alma-Atta', 'Almaty'],
  ] as const) {
    await search.box.fill(typed);
    await search.settled();
    for (const hit of (await search.hits.all()).slice(0, 3)) {
      expect(await marks(hit), `${typed}: ${await hit.textContent()}`).toContain(word);
    }
  }
});

test('a word that matches nothing is named, and the others searched', async ({ reader }) => {
  const search = await openReader(reader);
  await search.box.fill('CICA parliament');
  await expect(search.status).toHaveText(
    /^\d+ results for “CICA parliament”No match for “parliament”; showing results for “CICA”\.$/,
  );
  await expect(search.results.getByText('Nothing in the reference matches')).toHaveCount(0);
  expect(await marks(search.hits.first())).toContain('CICA');

  // Every word matched: no notice.
  await search.box.fill('CICA declaration');
  await expect(search.status).toHaveText(/^\d+ results for “CICA declaration”$/);
});

test('every keystroke finds something, from the first letter', async ({ reader }) => {
  const search = await openReader(reader);
  const word = 'mongolia';
  for (let end = 1; end <= word.length; end++) {
    await search.box.fill(word.slice(0, end));
    await expect(search.status, word.slice(0, end)).toHaveText(/^\d+ results? for /);
  }
  // Two letters already bring the item the reader is after.
  await search.box.fill('mo');
  await expect(search.hits.filter({ hasText: 'Mongolia' }).first()).toBeVisible();
});

test('searches run in a worker', async ({ reader, page }) => {
  const search = await openReader(reader);
  await search.box.fill('contact group');
  await expect(search.hits.first()).toContainText('Contact Group');
  expect(page.workers()).toHaveLength(1);
});

test('the page allows no worker but its own', async ({ page }) => {
  // Without the reader fixture, which fails on the console error the refusal logs.
  await page.goto(`file://${WEB_EDITION}`);
  await expect(page.getByRole('searchbox')).toBeVisible();
  // A worker from anything but a blob the page made (here a data: URL) is refused.
  const refused = await page.evaluate(
    () =>
      new Promise<string>((done) => {
        document.addEventListener('securitypolicyviolation', (e) => done(e.effectiveDirective), {
          once: true,
        });
        try {
          new Worker('data:text/javascript,postMessage(1)');
        } catch (error) {
          done(`refused: ${String(error)}`);
        }
      }),
  );
  expect(refused).toMatch(/worker-src|refused/);
  expect(page.workers()).toHaveLength(1);
});

test('a newer answer that replaces the focused result leaves the focus on the first new one', async ({
  reader,
  page,
}) => {
  const search = await openReader(reader);
  await search.box.fill('contact group');
  await expect(search.status).toHaveText(/ for “contact group”$/);
  await search.hits.first().focus();
  await expect(search.hits.first()).toContainText('Contact Group');
  // As when the reader arrows into the results before the answer to the last
  // key comes: the box changes while the focus is in the list.
  await search.box.evaluate((box: HTMLInputElement) => {
    box.value = 'kuwait';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(search.status).toHaveText(/ for “kuwait”$/);
  await expect(search.hits.first()).toContainText('Kuwait');
  await expect(search.hits.first()).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
});

test('only common words ask for a more specific word', async ({ reader }) => {
  const search = await openReader(reader);
  // While the last one is typed it may begin another word ("their"): every keystroke finds something.
  await search.box.fill('what is the');
  await expect(search.hits.first()).toBeVisible();
  await search.box.fill('what is the ');
  await expect(search.status).toHaveText(
    'Only common words: type a more specific word, such as a name, a place or a year.',
  );
  await expect(search.results.getByText('Nothing in the reference matches')).toHaveCount(0);
  await expect(search.hits).toHaveCount(0);

  // A word that is in nothing is another matter.
  await search.box.fill('xylophone');
  await expect(search.status).toHaveText('No results for “xylophone”');
  await expect(search.results.getByText('Nothing in the reference matches')).toBeVisible();
});

test('identical results are shown once, saying where else', async ({ reader }) => {
  const search = await openReader(reader);
  await search.box.fill('1999');
  await search.settled();
  const correction = search.hits.filter({
    has: search.page.locator('.hit-title', {
      hasText: 'Correction: “September 14,1999” should read “September 14, 1999”',
    }),
  });
  await expect(correction).toHaveCount(1);
  await expect(correction).toContainText('Same text in 2 other places');
});

test('the status announces the count of the query it quotes, never the last one’s', async ({
  reader,
  page,
}) => {
  const search = await openReader(reader);
  // Every text the status shows while the reader types, including ones
  // replaced within the same task (each mutation's old value).
  await page.evaluate(() => {
    const region = document.querySelector('#search-results');
    const seen: string[] = ((window as unknown as { statusTexts: string[] }).statusTexts = []);
    const watch = (status: Element) => {
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'characterData' && record.oldValue) seen.push(record.oldValue);
          for (const node of record.removedNodes) if (node.textContent) seen.push(node.textContent);
        }
        seen.push(status.textContent ?? '');
      }).observe(status, {
        subtree: true,
        childList: true,
        characterData: true,
        characterDataOldValue: true,
      });
    };
    if (region) watch(region.querySelector('[role=status]')!);
    else {
      // The results region appears with the first keystroke.
      new MutationObserver((_, observer) => {
        const status = document.querySelector('#search-results [role=status]');
        if (!status) return;
        observer.disconnect();
        seen.push(status.textContent ?? '');
        watch(status);
      }).observe(document.body, { subtree: true, childList: true });
    }
  });
  await search.box.pressSequentially('contact group created', { delay: 30 });
  await search.settled();

  const said = await page.evaluate(
    () => (window as unknown as { statusTexts: string[] }).statusTexts,
  );
  // Each count heard with the words it was heard with ("No" or a number).
  const heard = new Map<string, { count: string; query: string }>();
  for (const text of said) {
    const found = /^(No|\d+) results? for “(.*)”/.exec(text);
    if (found) heard.set(found[0], { count: found[1]!, query: found[2]! });
  }
  expect(heard.size).toBeGreaterThan(5);
  // Each against a fresh search for those words.
  for (const [text, { count, query }] of heard) {
    await search.box.fill(query);
    await search.settled();
    await expect(search.status, `heard “${text}”`).toHaveText(
      new RegExp(`^${count} results? for “${escapeRegExp(query)}”`),
    );
  }
});

test('screenshot: a typo and another name marked, and a word that matches nothing', async ({
  reader,
  page,
}) => {
  const search = await openReader(reader);
  await page.keyboard.press('/');
  await search.box.pressSequentially('Alma-Ata parliament', { delay: 15 });
  await search.settled();
  await expect(search.status).toContainText('No match for “parliament”');
  expect(await marks(search.hits.first())).toContain('Almaty');
  await page.screenshot({ path: test.info().outputPath('search-explained.png') });
});

test('a long answer draws its first rows as the reader types, and all of them once the typing pauses or the list is used', async ({
  reader,
  page,
}) => {
  // The page's timers wait for the test: "pauses" is then a step, not a race.
  await page.clock.install();
  const search = await openReader(reader);
  await page.clock.pauseAt(Date.now() + 60_000);
  await search.box.fill('cica');
  await search.settled();
  await expect(search.status).toHaveText(/^\d{3,} results for “cica”/);
  await expect(search.hits).toHaveCount(15);

  // Going into the list draws the rest at once: End reaches the fiftieth.
  await page.keyboard.press('ArrowDown');
  await expect(search.hits).toHaveCount(50);
  await page.keyboard.press('End');
  await expect(search.hits.nth(49)).toBeFocused();

  // A new answer starts again from its first rows, and the typing's pause draws the rest.
  await search.box.fill('cica members');
  await search.settled();
  await expect(search.hits).toHaveCount(15);
  await page.clock.runFor(250);
  await expect(search.hits).toHaveCount(50);
});
