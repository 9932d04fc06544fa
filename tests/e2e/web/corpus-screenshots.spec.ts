import type { Page } from '@playwright/test';
import { expect, test, type ReaderPage } from './reader-page';

// Full-page screenshots of every tab, and of the views' other states (the
// lists of September 2001, a year's lists, sources opened where they differ),
// for a reviewer to look at, in the light and the dark theme and on a phone
// at 200% text; each also checks that the theme applied and that the page
// does not scroll sideways.
const TABS = ['FAQ', 'Overview', 'Membership', 'Bodies', 'Documents', 'Timeline', 'Then and now'];
const THEMES = [
  { scheme: 'light', background: 'rgb(253, 253, 252)' },
  { scheme: 'dark', background: 'rgb(22, 24, 26)' },
] as const;

/** Views in a state a tab alone does not show: a name for the file, a hash, what to do there. */
const STATES: { name: string; hash: string; act: (reader: ReaderPage) => Promise<void> }[] = [
  {
    name: 'overview-2001',
    hash: '#/overview',
    act: (reader) =>
      reader.panel('Overview').getByRole('radio', { name: 'In September 2001 (the FAQ)' }).check(),
  },
  {
    name: 'overview-sources-differ',
    hash: '#/overview/today-chair',
    act: (reader) =>
      reader
        .panel('Overview')
        .getByRole('button', { name: /sources differ/ })
        .first()
        .click(),
  },
  {
    name: 'membership-2001',
    hash: '#/membership',
    act: (reader) =>
      reader
        .panel('Membership')
        .getByRole('radio', { name: 'In September 2001 (the FAQ)' })
        .check(),
  },
  {
    name: 'membership-2010',
    hash: '#/membership',
    act: async (reader) => {
      const panel = reader.panel('Membership');
      await panel.getByRole('radio', { name: 'At the end of a year' }).check();
      await panel.getByRole('combobox', { name: 'Year' }).selectOption('2010');
    },
  },
  {
    name: 'membership-admission-sources',
    hash: '#/membership/admission-thailand',
    act: (reader) =>
      reader
        .panel('Membership')
        .getByRole('row', { name: /^17 Thailand/ })
        .getByRole('button', { name: /Sources/ })
        .click(),
  },
  {
    name: 'bodies-chairmanship',
    hash: '#/bodies/chair-azerbaijan',
    act: async () => {},
  },
  {
    name: 'bodies-secretariat',
    hash: '#/bodies/secretariat',
    act: (reader) =>
      reader
        .panel('Bodies')
        .getByRole('button', { name: /Sources/ })
        .first()
        .click(),
  },
  {
    name: 'bodies-renamed',
    hash: '#/bodies/council-of-ministers',
    act: async () => {},
  },
  {
    name: 'documents-later',
    hash: '#/documents/astana-statement-2022',
    act: async () => {},
  },
  {
    name: 'timeline-summits',
    hash: '#/timeline',
    act: (reader) =>
      reader
        .panel('Timeline')
        .getByRole('button', { name: /^Summits/ })
        .click(),
  },
  {
    name: 'compare-sources',
    hash: '#/compare',
    act: (reader) =>
      reader
        .panel('Then and now')
        .getByRole('button', { name: /sources differ/ })
        .first()
        .click(),
  },
];

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}

for (const { scheme, background } of THEMES) {
  test.describe(`${scheme} theme`, () => {
    const suffix = scheme === 'light' ? '' : '-dark';
    for (const tab of TABS) {
      test(`screenshot of the ${tab} tab`, async ({ reader, page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await reader.open();
        await reader.tab(tab).click();
        await expect(reader.tab(tab)).toHaveAttribute('aria-selected', 'true');
        await expect(reader.panel(tab)).toBeVisible();
        await expect(reader.panel(tab).getByRole('heading').first()).toBeVisible();
        await expect(page.locator('html')).toHaveCSS('background-color', background);
        await expectNoSidewaysScroll(page);
        const name = tab.toLowerCase().replaceAll(' ', '-');
        await page.screenshot({
          path: test.info().outputPath(`${name}${suffix}.png`),
          fullPage: true,
        });
      });
    }

    for (const state of STATES) {
      test(`screenshot of ${state.name}`, async ({ reader, page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await reader.open(undefined, state.hash);
        await state.act(reader);
        await expect(page.locator('html')).toHaveCSS('background-color', background);
        await expectNoSidewaysScroll(page);
        await page.screenshot({
          path: test.info().outputPath(`${state.name}${suffix}.png`),
          fullPage: true,
        });
      });
    }
  });
}

// A phone at 200% text: the views after 2001, their tables turned into cards, nothing sideways.
test.describe('390x844 at 200% text', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem(
        'cica-reference:preferences',
        JSON.stringify({ theme: 'system', zoom: 2 }),
      ),
    );
  });

  for (const state of STATES) {
    test(`screenshot of ${state.name}`, async ({ reader, page }) => {
      await reader.open(undefined, state.hash);
      await expect(reader.rootStyle('fontSize')).resolves.toBe('32px');
      await state.act(reader);
      await expectNoSidewaysScroll(page);
      await page.screenshot({
        path: test.info().outputPath(`${state.name}-390-200.png`),
        fullPage: true,
      });
    });
  }
});
