import { expect, test } from './reader-page';

// Full-page screenshots of every tab for a reviewer to look at, in the light
// and the dark theme; each also checks that the theme applied and that the
// page does not scroll sideways.
const TABS = ['FAQ', 'Overview', 'Membership', 'Bodies', 'Documents', 'Timeline'] as const;
const THEMES = [
  { scheme: 'light', background: 'rgb(253, 253, 252)' },
  { scheme: 'dark', background: 'rgb(22, 24, 26)' },
] as const;

for (const { scheme, background } of THEMES) {
  test.describe(`${scheme} theme`, () => {
    for (const tab of TABS) {
      test(`screenshot of the ${tab} tab`, async ({ reader, page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await reader.open();
        await reader.tab(tab).click();
        await expect(reader.tab(tab)).toHaveAttribute('aria-selected', 'true');
        await expect(reader.panel(tab)).toBeVisible();
        await expect(reader.panel(tab).getByRole('heading').first()).toBeVisible();
        await expect(page.locator('html')).toHaveCSS('background-color', background);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
        const name = scheme === 'light' ? tab.toLowerCase() : `${tab.toLowerCase()}-dark`;
        await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
      });
    }
  });
}
