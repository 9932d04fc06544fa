import { expect, test, type ReaderPage } from './reader-page';

// Moving around: the skip link, where the focus lands, the window's title,
// links that name nothing, and the search as a place in the history.

/** The bottom of the bar pinned at the top of the window: nothing opened may sit above it. */
function barBottom(reader: ReaderPage): Promise<number> {
  return reader.tablist.evaluate(
    (tabs) => tabs.closest('.toolbar')!.getBoundingClientRect().bottom,
  );
}

function results(reader: ReaderPage) {
  const region = reader.page.getByRole('region', { name: 'Search results' });
  return { region, hits: region.getByRole('list').getByRole('link') };
}

test('the skip link takes the keyboard past the masthead and the bar to the content', async ({
  reader,
  page,
}) => {
  await reader.open(undefined, '#/bodies');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The address is left alone: the link is not a route.
  await expect(page).toHaveURL(/#\/bodies$/);
  await page.keyboard.press('Tab');
  const inContent = await page.evaluate(() =>
    document.querySelector('main')!.contains(document.activeElement),
  );
  expect(inContent, 'the next Tab lands in the content').toBe(true);
});

const OPENED = [
  { query: 'contact group', section: 'Bodies', heading: /^Contact Group/ },
  { query: 'Thailand', section: 'Membership', heading: /^Thailand$/, context: /^Observer states/ },
  {
    query: 'declaration of principles',
    section: 'Documents',
    heading: /^Declaration of principles/,
  },
  { query: 'senior officials final document', section: 'Timeline', heading: /Senior Officials/ },
  { query: 'stages of the process', section: 'Overview', heading: /stage/i },
  {
    query: 'when the contact group was created',
    section: 'FAQ',
    heading: /Contact group was created/,
  },
] as const;

for (const opened of OPENED) {
  test(`a ${opened.section} result opens with the focus on its heading, below the bar`, async ({
    reader,
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await reader.open();
    await reader.searchBox.fill(opened.query);
    const { region, hits } = results(reader);
    await region.getByRole('button', { name: new RegExp(`^${opened.section} \\d`) }).click();
    await hits.first().click();
    await expect(reader.tab(opened.section)).toHaveAttribute('aria-selected', 'true');
    const focused = page.locator(':focus');
    await expect(focused).toHaveText(opened.heading);
    expect(await focused.evaluate((el) => /^(H[1-6]|TH)$/.test(el.tagName))).toBe(true);
    const top = (await focused.boundingBox())!.y;
    expect(top, 'heading against the pinned bar').toBeGreaterThanOrEqual(await barBottom(reader));
    await expect(focused).toBeInViewport();
    if ('context' in opened) {
      // A row comes with the heading of its table, not under the bar.
      const heading = reader.panel(opened.section).getByRole('heading', { name: opened.context });
      await expect(heading).toBeInViewport();
      expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(await barBottom(reader));
    }
  });
}

test('the window’s title names the view and the item', async ({ reader, page }) => {
  await reader.open(undefined, '#/bodies/cg');
  await expect(page).toHaveTitle('Contact Group - Bodies - CICA Reference');
  await reader.tab('Timeline').click();
  await expect(page).toHaveTitle('Timeline - CICA Reference');
  await reader.searchBox.fill('almaty');
  await expect(page).toHaveTitle('Search: almaty - CICA Reference');
  await reader.open(undefined, '#/bodies/nothing-here');
  await expect(page).toHaveTitle('Not found - CICA Reference');
});

test.describe('a link that names nothing', () => {
  test('an unknown item says not found, with the closest matches', async ({ reader, page }) => {
    await reader.open(undefined, '#/bodies/contact-grop');
    const heading = page.getByRole('heading', { level: 1, name: 'Not found' });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('main')).toContainText('Bodies has nothing called contact-grop');
    // Nothing else stands in for it.
    await expect(reader.panel('Bodies')).toBeHidden();
    const closest = page.getByRole('main').getByRole('list').getByRole('link');
    await expect(closest.first()).toHaveText('Contact Group');
    await closest.first().click();
    await expect(page).toHaveURL(/#\/bodies\/cg$/);
    await expect(
      reader.panel('Bodies').getByRole('heading', { level: 2, name: /^Contact Group/ }),
    ).toBeFocused();
  });

  test('an item asked for in the wrong view is offered where it is', async ({ reader, page }) => {
    await reader.open(undefined, '#/documents/cg');
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(
      page.getByRole('main').getByRole('list').getByRole('link').first(),
    ).toHaveAttribute('href', '#/bodies/cg');
  });

  test('an unknown view says not found and selects no tab', async ({ reader, page }) => {
    await reader.open(undefined, '#/bodys');
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('The reference has no view called bodys');
    await expect(reader.tablist.getByRole('tab', { selected: true })).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('link', { name: 'Bodies' })).toBeVisible();
  });
});

test.describe('search in the history', () => {
  test('Back after opening a result returns to the results, Back again closes them', async ({
    reader,
    page,
  }) => {
    await reader.open(undefined, '#/timeline');
    await reader.searchBox.fill('contact group');
    const { hits } = results(reader);
    await expect(hits.first()).toBeVisible();
    // Typing more replaces the entry: one Back still closes the results.
    await reader.searchBox.fill('contact group created');
    await expect(hits.first()).toBeVisible();
    await hits.first().click();
    await expect(results(reader).region).toBeHidden();

    await page.goBack();
    await expect(reader.searchBox).toHaveValue('contact group created');
    await expect(hits.first()).toBeVisible();

    await page.goBack();
    await expect(results(reader).region).toBeHidden();
    await expect(reader.searchBox).toHaveValue('');
    await expect(reader.panel('Timeline')).toBeVisible();
    await expect(page).toHaveURL(/#\/timeline$/);
  });

  test('the section filter comes back with the results', async ({ reader, page }) => {
    await reader.open();
    await reader.searchBox.fill('contact group');
    const { region, hits } = results(reader);
    await region.getByRole('button', { name: /^Bodies \d/ }).click();
    await expect(region.getByRole('button', { name: /^Bodies \d/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await hits.first().click();
    await page.goBack();
    await expect(region.getByRole('button', { name: /^Bodies \d/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('Escape leaves the results without leaving a history entry behind', async ({
    reader,
    page,
  }) => {
    await reader.open(undefined, '#/overview');
    await reader.tab('Bodies').click();
    await reader.searchBox.fill('summit');
    await expect(results(reader).hits.first()).toBeVisible();
    await reader.searchBox.press('Escape');
    await expect(reader.panel('Bodies')).toBeVisible();
    await expect(page).toHaveURL(/#\/bodies$/);
    await page.goBack();
    await expect(reader.panel('Overview')).toBeVisible();
  });

  test('typing a search from far down the page shows the results from their top', async ({
    reader,
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await reader.open(undefined, '#/faq');
    await page.mouse.wheel(0, 6000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('declaration');
    const status = results(reader).region.getByRole('status');
    await expect(status).toHaveText(/results? for “declaration”/);
    await expect(status).toBeInViewport();
    expect((await status.boundingBox())!.y).toBeGreaterThanOrEqual(await barBottom(reader));
    await expect(reader.searchBox).toBeInViewport();
  });
});
