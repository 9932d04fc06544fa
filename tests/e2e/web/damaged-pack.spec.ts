import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
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

test('the page carries the pack files the app reads, and no others', () => {
  const html = readFileSync(WEB_EDITION, 'utf8');
  const inline = /<script type="application\/json" id="cica-pack">([\s\S]*?)<\/script>/.exec(
    html,
  )![1]!;
  const { files } = JSON.parse(inline) as { files: Record<string, string> };
  // The Lunr index and the documents are checked when the pack is built, not read by the page.
  expect(Object.keys(files).sort()).toEqual([
    'corpus.json',
    'faq.json',
    'manifest.json',
    'search-compact.txt',
  ]);
});

test('a page without its pack says so', async ({ page }) => {
  const file = damagedCopy((html) =>
    html.replace(/<script type="application\/json" id="cica-pack">[\s\S]*?<\/script>/, ''),
  );
  await page.goto(`file://${file}`);
  await expect(page.getByRole('alert')).toContainText('this page has no data pack');
});

test('a crafted search index (manifest re-hashed) is refused, as in the desktop app', async ({
  page,
}) => {
  // The first two terms swapped: every lookup of a word would go astray.
  const PACK = /(<script type="application\/json" id="cica-pack">)([\s\S]*?)(<\/script>)/;
  const file = damagedCopy((html) =>
    html.replace(PACK, (_all, open: string, inline: string, close: string) => {
      const { files } = JSON.parse(inline) as { files: Record<string, string> };
      const lines = files['search-compact.txt']!.split('\n');
      [lines[2], lines[3]] = [lines[3]!, lines[2]!];
      files['search-compact.txt'] = lines.join('\n');
      const manifest = JSON.parse(files['manifest.json']!);
      const bytes = Buffer.from(files['search-compact.txt'], 'utf8');
      manifest.files['search-compact.txt'] = {
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes: bytes.byteLength,
      };
      files['manifest.json'] = JSON.stringify(manifest);
      return `${open}${JSON.stringify({ files }).replace(/</g, '\\u003c')}${close}`;
    }),
  );
  await page.goto(`file://${file}`);
  await expect(page.getByRole('alert')).toHaveText(
    'search-compact.txt: terms: term 2 is empty, repeated or out of order',
  );
  await page.screenshot({ path: test.info().outputPath('crafted-index.png') });
});
