import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './reader-page';

const VIEWS = [
  ['FAQ', '#/faq'],
  ['Overview', '#/overview'],
  ['Membership', '#/membership'],
  ['Bodies', '#/bodies/swg'],
  ['Documents', '#/documents/declaration'],
  ['Timeline', '#/timeline'],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const [name, hash] of VIEWS) {
      test(`the ${name} view has no WCAG 2.2 AA violations`, async ({ reader, page }) => {
        await reader.open(undefined, hash);
        await expect(reader.panel(name)).toBeVisible();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
        );
        expect(summary).toEqual([]);
      });
    }

    test('search results have no WCAG 2.2 AA violations', async ({ reader, page }) => {
      await reader.open();
      await page.getByRole('searchbox', { name: 'Search' }).fill('declaration');
      await expect(page.locator('ol.hits a').first()).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  });
}
