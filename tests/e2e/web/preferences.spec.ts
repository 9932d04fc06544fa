import type { Locator, Page } from '@playwright/test';
import { expect, test, type ReaderPage } from './reader-page';

const STORAGE_KEY = 'cica-reference:preferences';

/** The text-size buttons and theme choice in the Menu, as a reader finds them. */
class DisplayControls {
  readonly smaller: Locator;
  readonly larger: Locator;
  readonly reset: Locator;
  readonly theme: Locator;

  /** The controls, with the Menu opened to show them. */
  static async open(reader: ReaderPage): Promise<DisplayControls> {
    await reader.openMenu();
    return new DisplayControls(reader.page);
  }

  constructor(readonly page: Page) {
    this.smaller = page.getByRole('button', { name: 'Smaller text' });
    this.larger = page.getByRole('button', { name: 'Larger text' });
    this.reset = page.getByRole('button', { name: /^Text size \d+%: reset to 100%$/ });
    this.theme = page.getByRole('combobox', { name: 'Theme' });
  }
}

/** The root font size in pixels: 16 × the text size chosen. */
async function rootFontSize(reader: ReaderPage): Promise<number> {
  return parseFloat(await reader.rootStyle('fontSize'));
}

async function expectTextSize(reader: ReaderPage, percent: number): Promise<void> {
  const controls = await DisplayControls.open(reader);
  await expect(controls.reset).toHaveAccessibleName(`Text size ${percent}%: reset to 100%`);
  await expect(controls.reset).toHaveText(`${percent}%`);
  await expect.poll(() => rootFontSize(reader)).toBeCloseTo((16 * percent) / 100, 2);
}

/** The page's colours with the theme as the system has it, light and dark. */
async function systemColours(reader: ReaderPage) {
  const colours = async () => ({
    background: await reader.rootStyle('backgroundColor'),
    color: await reader.rootStyle('color'),
  });
  await reader.page.emulateMedia({ colorScheme: 'light' });
  const light = await colours();
  await reader.page.emulateMedia({ colorScheme: 'dark' });
  const dark = await colours();
  return { light, dark };
}

test.describe('theme', () => {
  test('As the system follows the system; Light and Dark override it', async ({ reader, page }) => {
    await reader.open();
    const controls = await DisplayControls.open(reader);
    await expect(controls.theme).toHaveValue('system');
    const system = await systemColours(reader);
    expect(system.light.background).not.toBe(system.dark.background);
    expect(system.light.color).not.toBe(system.dark.color);

    // Dark system, dark page.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => reader.rootStyle('backgroundColor')).toBe(system.dark.background);

    // Light chosen: a light page despite the dark system.
    await controls.theme.selectOption({ label: 'Light' });
    await expect(reader.announcement('theme')).toHaveText('Light theme');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect.poll(() => reader.rootStyle('backgroundColor')).toBe(system.light.background);
    expect(await reader.rootStyle('color')).toBe(system.light.color);

    // Dark chosen: a dark page despite a light system.
    await page.emulateMedia({ colorScheme: 'light' });
    await controls.theme.selectOption({ label: 'Dark' });
    await expect(reader.announcement('theme')).toHaveText('Dark theme');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => reader.rootStyle('backgroundColor')).toBe(system.dark.background);
    expect(await reader.rootStyle('color')).toBe(system.dark.color);

    // Back to the system: it follows the media again, both ways.
    await controls.theme.selectOption({ label: 'As the system' });
    await expect(reader.announcement('Theme')).toHaveText('Theme follows the system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    await expect.poll(() => reader.rootStyle('backgroundColor')).toBe(system.light.background);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => reader.rootStyle('backgroundColor')).toBe(system.dark.background);
  });

  test('the theme chosen carries into the content, not only the page behind it', async ({
    reader,
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await reader.open(undefined, '#/membership');
    const table = page.getByRole('table').first();
    const lightText = await table.evaluate((el) => getComputedStyle(el).color);
    await (await DisplayControls.open(reader)).theme.selectOption({ label: 'Dark' });
    await expect.poll(() => table.evaluate((el) => getComputedStyle(el).color)).not.toBe(lightText);
  });
});

test.describe('text size', () => {
  test('the buttons step the text size and stop at 80% and 200%', async ({ reader }) => {
    await reader.open();
    const controls = await DisplayControls.open(reader);
    const question = reader.questions.first().getByRole('heading').first();
    const questionSize = async () =>
      parseFloat(await question.evaluate((el) => getComputedStyle(el).fontSize));
    await expectTextSize(reader, 100);
    const baseQuestion = await questionSize();

    await controls.larger.click();
    await expect(reader.announcement('Text size')).toHaveText('Text size 110%');
    await expectTextSize(reader, 110);
    // The content grows with the root, not only the root.
    expect(await questionSize()).toBeCloseTo(baseQuestion * 1.1, 1);

    for (const percent of [125, 150, 175, 200]) {
      await expect(controls.larger).toBeEnabled();
      await controls.larger.click();
      await expectTextSize(reader, percent);
    }
    await expect(controls.larger).toBeDisabled();
    await expect(controls.smaller).toBeEnabled();

    await controls.reset.click();
    await expect(reader.announcement('Text size')).toHaveText('Text size 100%');
    await expectTextSize(reader, 100);

    await controls.smaller.click();
    await expectTextSize(reader, 90);
    await controls.smaller.click();
    await expectTextSize(reader, 80);
    await expect(controls.smaller).toBeDisabled();
    await expect(controls.larger).toBeEnabled();
  });

  test('Ctrl+= and Ctrl+- step the text size, Ctrl+0 resets it', async ({ reader, page }) => {
    await reader.open();
    await reader.tab('FAQ').focus();
    await page.keyboard.press('Control+=');
    await expect(reader.announcement('Text size')).toHaveText('Text size 110%');
    await expectTextSize(reader, 110);
    // Ctrl++ (Shift+= on most layouts) works too.
    await page.keyboard.press('Control+Shift+Equal');
    await expectTextSize(reader, 125);
    await page.keyboard.press('Control+-');
    await expectTextSize(reader, 110);
    await page.keyboard.press('Control+0');
    await expectTextSize(reader, 100);
    // Past the smallest step the size stays put.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+-');
    await expectTextSize(reader, 80);
    await expect((await DisplayControls.open(reader)).smaller).toBeDisabled();
    // The keys work with the focus in the search box as well.
    await reader.searchBox.focus();
    await page.keyboard.press('Control+0');
    await expectTextSize(reader, 100);
    await expect(reader.searchBox).toHaveValue('');
  });
});

test('the theme and text size survive a reload', async ({ reader, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await reader.open();
  const controls = await DisplayControls.open(reader);
  await controls.theme.selectOption({ label: 'Dark' });
  await controls.larger.click();
  await controls.larger.click();
  await expectTextSize(reader, 125);
  const darkBackground = await reader.rootStyle('backgroundColor');

  await page.reload();
  await expect(reader.tab('FAQ')).toBeVisible();
  await reader.openMenu();
  await expect(controls.theme).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await reader.rootStyle('backgroundColor')).toBe(darkBackground);
  await expectTextSize(reader, 125);
});

test.describe('last view', () => {
  test('opening the page without a place goes back to the last view', async ({ reader, page }) => {
    await reader.open(undefined, '#/timeline');
    await reader.tab('Documents').click();
    await page
      .getByRole('navigation', { name: 'Documents' })
      .getByRole('link', { name: /^Almaty act/ })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'Almaty act' })).toBeVisible();

    await reader.open();
    await expect(page).toHaveURL(/#\/documents\/almaty-act$/);
    await expect(reader.tab('Documents')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { level: 2, name: 'Almaty act' })).toBeVisible();
  });

  test('an explicit place in the address wins over the last view', async ({ reader, page }) => {
    await reader.open(undefined, '#/documents/declaration');
    await expect(reader.panel('Documents')).toBeVisible();
    await reader.open(undefined, '#/membership');
    await expect(reader.tab('Membership')).toHaveAttribute('aria-selected', 'true');
    await expect(reader.panel('Membership')).toBeVisible();
    // And that place is now the one remembered.
    await reader.open();
    await expect(page).toHaveURL(/#\/membership$/);
    await expect(reader.panel('Membership')).toBeVisible();
  });
});

test.describe('stored preferences that are damaged', () => {
  const CASES: [string, string][] = [
    ['half-written JSON', '{"theme":"purple","zoom":"big"'],
    ['not JSON at all', 'dark mode please'],
    ['wrong values', '{"theme":"purple","zoom":"big","lastView":"javascript:alert(1)"}'],
    ['a zoom that is not a step', '{"theme":"blue","zoom":7,"lastView":"#/nowhere at all"}'],
    ['JSON that is not an object', '[1,2,3]'],
  ];

  for (const [name, stored] of CASES) {
    test(`${name}: the page opens with the defaults and works`, async ({ reader, page }) => {
      await reader.open();
      await expect(reader.panel('FAQ')).toBeVisible();
      await page.evaluate(
        ([key, value]) => localStorage.setItem(key!, value!),
        [STORAGE_KEY, stored],
      );
      await page.reload();

      const controls = await DisplayControls.open(reader);
      await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');
      await expect(reader.panel('FAQ')).toBeVisible();
      await expect(controls.theme).toHaveValue('system');
      await expect(page.locator('html')).not.toHaveAttribute('data-theme');
      await expectTextSize(reader, 100);

      // And the preferences work again, stored as good JSON.
      await controls.larger.click();
      await expectTextSize(reader, 110);
      const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      expect(JSON.parse(saved!)).toMatchObject({ theme: 'system', zoom: 1.1 });
    });
  }

  test('one bad field does not cost the good ones', async ({ reader, page }) => {
    await reader.open();
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"theme":"dark","zoom":"big","lastView":"#/timeline"}'),
      STORAGE_KEY,
    );
    await reader.open();
    await expect((await DisplayControls.open(reader)).theme).toHaveValue('dark');
    await expectTextSize(reader, 100);
    await expect(reader.panel('Timeline')).toBeVisible();
  });
});

test.describe('?open= citation links', () => {
  test('an item link opens that item', async ({ reader, page }) => {
    await reader.openWithQuery({ open: 'cica://documents/almaty-act' });
    await expect(reader.tab('Documents')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { level: 2, name: 'Almaty act' })).toBeVisible();
    await expect(page).toHaveURL(/#\/documents\/almaty-act$/);
    // The link is used once: a reload stays where the reader is, without "?open=".
    expect(page.url()).not.toContain('open=');
  });

  test('the declaration link opens the declaration', async ({ reader, page }) => {
    await reader.openWithQuery({ open: 'cica://documents/declaration' }, '#/timeline');
    await expect(reader.tab('Documents')).toHaveAttribute('aria-selected', 'true');
    await expect(
      page.getByRole('heading', { level: 2, name: /^Declaration of principles/ }),
    ).toBeVisible();
    await expect(page).toHaveURL(/#\/documents\/declaration$/);
  });

  test('a search link shows the results of that search', async ({ reader, page }) => {
    await reader.openWithQuery({ open: 'cica://search?q=contact%20group' });
    await expect(reader.searchBox).toHaveValue('contact group');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect(results.getByRole('status')).toHaveText(/^\d+ results? for “contact group”/);
    await expect(results.getByRole('list').getByRole('link').first()).toContainText(
      /contact group/i,
    );
  });

  test('a link that is not ours is announced and the default view shown', async ({ reader }) => {
    await reader.openWithQuery({ open: 'cica://nowhere' });
    await expect(reader.announcement('link')).toHaveText('That link is not a CICA Reference link.');
    await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');
    await expect(reader.panel('FAQ')).toBeVisible();
  });

  test('a link that is not ours leaves the reader at the last view', async ({ reader }) => {
    // A link that is not ours is as if there were none (it once reset the view to the FAQ).
    await reader.open(undefined, '#/timeline');
    await expect(reader.panel('Timeline')).toBeVisible();
    await reader.openWithQuery({ open: 'https://example.com/' });
    await expect(reader.announcement('link')).toHaveText('That link is not a CICA Reference link.');
    await expect(reader.tab('Timeline')).toHaveAttribute('aria-selected', 'true');
  });
});
