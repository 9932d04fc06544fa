import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, WEB_EDITION } from './reader-page';

/** A copy of the web edition with its inlined pack edited by `edit`. */
function damagedCopy(edit: (html: string) => string): string {
  const html = readFileSync(WEB_EDITION, 'utf8');
  const damaged = edit(html);
  expect(damaged).not.toBe(html);
  const file = join(mkdtempSync(join(tmpdir(), 'cica-web-')), 'index.html');
  writeFileSync(file, damaged);
  return file;
}

test('an altered pack is refused with a message naming the file', async ({ page }) => {
  // Same length, one letter changed in a question that only faq.json holds.
  const file = damagedCopy((html) =>
    html.replace('What is the aim of the Group?', 'What is the aim of the Grouq?'),
  );
  await page.goto(`file://${file}`);
  await expect(
    page.getByRole('heading', { name: 'The reference data could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'faq.json: content does not match its sha256 in the manifest',
  );
  await expect(page.getByRole('article')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('damaged-pack.png') });
});

test('a page without its pack says so', async ({ page }) => {
  const file = damagedCopy((html) =>
    html.replace(/<script type="application\/json" id="cica-pack">[\s\S]*?<\/script>/, ''),
  );
  await page.goto(`file://${file}`);
  await expect(page.getByRole('alert')).toContainText('this page has no data pack');
});
