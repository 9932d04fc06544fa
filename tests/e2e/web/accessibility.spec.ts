import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './reader-page';

// An axe scan of a whole view takes 2-30 s on a loaded 2-core machine: each
// test gets its own generous budget instead of Playwright's default 30 s.
test.describe.configure({ timeout: 120_000 });

const VIEWS = [
  ['FAQ', '#/faq'],
  ['Overview', '#/overview'],
  ['Membership', '#/membership'],
  ['Bodies', '#/bodies/swg'],
  ['Documents', '#/documents/declaration'],
  ['Timeline', '#/timeline'],
  ['Then and now', '#/compare'],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const [name, hash] of VIEWS) {
      test(`the ${name} view has no WCAG 2.2 AA violations`, async ({ reader, page }) => {
        await reader.open(undefined, hash);
        await expect(reader.panel(name)).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('search results have no WCAG 2.2 AA violations', async ({ reader, page }) => {
      await reader.open();
      await page.getByRole('searchbox', { name: 'Search' }).fill('declaration');
      await expect(page.locator('ol.hits a').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

// The views after 2001 in the states a tab alone does not show: sources opened
// (with a disagreement), the lists of 2001 and of a year, a later body, a filter.
const STATES: [name: string, hash: string, act: (page: Page) => Promise<void>][] = [
  [
    'CICA today with sources that differ opened',
    '#/overview/today-chair',
    (page) =>
      page
        .getByRole('button', { name: /sources differ/ })
        .first()
        .click(),
  ],
  [
    'the Overview’s September 2001 side',
    '#/overview',
    (page) => page.getByRole('radio', { name: 'In September 2001 (the FAQ)' }).check(),
  ],
  [
    'an admission’s sources opened',
    '#/membership/admission-thailand',
    (page) =>
      page
        .getByRole('row', { name: /^17 Thailand/ })
        .getByRole('button', { name: /Sources/ })
        .click(),
  ],
  [
    'the membership at the end of 2010',
    '#/membership',
    async (page) => {
      await page.getByRole('radio', { name: 'At the end of a year' }).check();
      await page.getByRole('combobox', { name: 'Year' }).selectOption('2010');
    },
  ],
  ['the chairmanship', '#/bodies/chair-azerbaijan', async () => {}],
  [
    'the Secretariat with a fact’s sources opened',
    '#/bodies/secretariat',
    (page) =>
      page
        .getByRole('button', { name: /sources differ/ })
        .first()
        .click(),
  ],
  ['a later document', '#/documents/astana-statement-2022', async () => {}],
  [
    'the timeline filtered to summits',
    '#/timeline',
    (page) => page.getByRole('button', { name: /^Summits/ }).click(),
  ],
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme, after 2001`, () => {
    test.use({ colorScheme: scheme });

    for (const [name, hash, act] of STATES) {
      test(`${name} has no WCAG 2.2 AA violations`, async ({ reader, page }) => {
        await reader.open(undefined, hash);
        await act(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme, dialogs`, () => {
    test.use({ colorScheme: scheme });

    test('the keyboard shortcuts panel has no WCAG 2.2 AA violations', async ({ reader, page }) => {
      await reader.open();
      await reader.openMenu();
      await page.getByRole('button', { name: 'Shortcuts' }).click();
      await expect(reader.dialog('Keyboard shortcuts')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the About dialog has no WCAG 2.2 AA violations', async ({ reader, page }) => {
      await reader.open();
      await reader.openMenu();
      await page.getByRole('button', { name: 'About' }).click();
      await expect(reader.dialog('About CICA Reference')).toBeVisible();
      // With the licences open too: a long scrolling block must stay reachable.
      await page.getByText('Third-party software and licences').click();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

// The reader's choice of theme against the system's: every colour must follow the choice.
for (const [choice, media] of [
  ['Light', 'dark'],
  ['Dark', 'light'],
] as const) {
  test.describe(`${choice} chosen on a ${media} system`, () => {
    test.use({ colorScheme: media });

    for (const [name, hash] of VIEWS) {
      test(`the ${name} view has no WCAG 2.2 AA violations`, async ({ reader, page }) => {
        await reader.open(undefined, hash);
        await reader.openMenu();
        await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: choice });
        await expect(page.locator('html')).toHaveAttribute('data-theme', choice.toLowerCase());
        await expect(reader.panel(name)).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('the keyboard shortcuts panel has no WCAG 2.2 AA violations', async ({ reader, page }) => {
      await reader.open();
      await reader.openMenu();
      await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: choice });
      await page.keyboard.press('F1');
      await expect(reader.dialog('Keyboard shortcuts')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
