import { readFileSync } from 'node:fs';
import { expect, test, readClipboard } from './reader-page';

const corpus = JSON.parse(readFileSync(`${__dirname}/../../../resources/corpus.json`, 'utf8'));
type Participant = { kind: string; publishedName: string; abbreviation?: string };
const participants: Participant[] = corpus.participants;

// The membership holds both periods: the FAQ's lists and today's, each with its sources.
const citation =
  /Sources: Embassy of the Republic of Kazakhstan, \[Frequently asked questions about the Conference on Interaction and Confidence-building Measures in Asia \(CICA\)\], as of September 2001; and compiled for CICA Reference from 149 public web pages, CICA after the 2001 FAQ: post-2001 facts for the offline reference pack, as of September 2025 \(the web pages behind each fact after 2001, with publisher, date and URL, are listed under “Sources”\)\. CICA Reference \d+\.\d+\.\d+, data pack [0-9a-f]{12}, cica:\/\/membership \(accessed \d{4}-\d{2}-\d{2}\)\./;

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('copying the membership puts a formatted table and plain text, both cited, on the clipboard', async ({
  reader,
  page,
}) => {
  await reader.open(undefined, '#/membership');
  await page.getByRole('button', { name: 'Copy the membership' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
    'Copied CICA participants as rich text',
  );
  const clipboard = await readClipboard(page);
  expect(Object.keys(clipboard).sort()).toEqual(['text/html', 'text/plain']);
  const html = clipboard['text/html']!;
  const text = clipboard['text/plain']!;
  expect(html).toContain('<table');
  expect(html.match(/<tr>/g)!.length).toBeGreaterThanOrEqual(30);
  // The browser re-serialises the HTML it puts on the clipboard: compare text, not entities.
  // Corrections stand beside the published name; take them out to find the name as published.
  const htmlText = html
    .replace(/ <em>\[corrected: [^\]]*\]<\/em>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  for (const p of participants) {
    expect(htmlText).toContain(p.publishedName);
    // Long organization names wrap inside their column in plain text; states fit on one line.
    expect(text).toContain(p.kind === 'organization' ? `(${p.abbreviation})` : p.publishedName);
  }
  expect(html.replace(/\s+/g, ' ')).toMatch(citation);
  expect(text.replace(/\s+/g, ' ')).toMatch(citation);
  // Corrections travel with the copy.
  expect(html).toContain(
    'League of the Arabian states <em>[corrected: League of Arab States]</em>',
  );
});

test('the menu copies Markdown alone, with a real table', async ({ reader, page }) => {
  await reader.open(undefined, '#/membership/observer-states');
  await page
    .getByRole('button', {
      name: 'More ways to copy, save or print Observer states in September 2001 (10)',
    })
    .click();
  await page.getByRole('menuitem', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
    'Copied Observer states in September 2001 (10) as Markdown',
  );
  const clipboard = await readClipboard(page);
  expect(Object.keys(clipboard)).toEqual(['text/plain']);
  expect(clipboard['text/plain']).toMatch(/^# Observer states in September 2001 \(10\)\n/);
  expect(clipboard['text/plain']).toContain('| Short name | Name as published | Code | Source |');
  expect(clipboard['text/plain']).toMatch(/^\| Japan \| Japan \| JP \| FAQ\s6\s¶2\.10 \|$/m);
});

test('the menu works from the keyboard and Escape closes it', async ({ reader, page }) => {
  await reader.open(undefined, '#/timeline');
  const more = page.getByRole('button', { name: 'More ways to copy, save or print the timeline' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Copy as Markdown' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Copy as plain text' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(more).toBeFocused();
});

test('Ctrl+Shift+C copies what is open', async ({ reader, page }) => {
  await reader.open(undefined, '#/documents/declaration');
  await page.getByRole('heading', { name: /^Declaration of principles/ }).click();
  await page.keyboard.press('Control+Shift+C');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
    'Copied Declaration of principles regulating relations between CICA member states as rich text',
  );
  const clipboard = await readClipboard(page);
  expect(clipboard['text/plain']).toContain('non-interference in internal affairs');
  expect(clipboard['text/plain']!.replace(/\s+/g, ' ')).toContain('cica://documents/declaration');
});

test('search results can be copied', async ({ reader, page }) => {
  await reader.open();
  await page.getByRole('searchbox', { name: 'Search' }).fill('contact group');
  await page.getByRole('button', { name: 'Copy these results' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
    /^Copied Search results for “contact group” \(\d+\) as rich text$/,
  );
  const clipboard = await readClipboard(page);
  expect(clipboard['text/plain']).toContain('Contact Group');
  expect(clipboard['text/html']).toContain('<ol>');
});

test('the membership saves as CSV, one dated row per participant, the citation in the message', async ({
  reader,
  page,
}) => {
  await reader.open(undefined, '#/membership');
  await page
    .getByRole('button', { name: 'More ways to copy, save or print the membership' })
    .click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Save as CSV (spreadsheet)…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('cica-membership.csv');
  const csv = readFileSync(await file.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe(
    '"id","status","status_as_of","short_name","name_as_published","iso_3166","abbreviation","source_faq_entry","sources_after_2001"',
  );
  // A header, the 30 participants of 2001 and today's 28 members and 15 observers, each row
  // dated: no citation row for a spreadsheet to sort in.
  expect(csv).toHaveLength(1 + 30 + 28 + 15);
  expect(csv).toContain(
    '"kg","member","2001-09","Kyrgyzstan","The Kirghiz Republic","KG","","which-countries-are-members-of-the-cica",""',
  );
  expect(csv).toContainEqual(
    expect.stringMatching(
      /^"members-today","member","2025-09","Kuwait","Kuwait","KW","","","[A-Z0-9 ]+"$/,
    ),
  );
  expect(csv.join('\n')).not.toContain('Source:');
  const saved = page.getByRole('status').filter({ hasText: 'Saved' });
  await expect(saved).toContainText('Saved CICA participants as CSV');
  await expect(saved).toContainText('Cite it as: Sources: Embassy of the Republic of Kazakhstan');
  await expect(saved).toContainText('The column sources_after_2001 gives the ids of the web pages');
});

test('printing drops the navigation and ends with the citation', async ({ reader, page }) => {
  await reader.open(undefined, '#/documents/declaration');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('searchbox')).toBeHidden();
  await expect(page.getByRole('tablist')).toBeHidden();
  await expect(page.locator('.print-citation')).toBeVisible();
  await expect(page.locator('.print-citation')).toContainText('cica://documents/declaration');
  await page.screenshot({ path: test.info().outputPath('print.png'), fullPage: true });
});

test('printing leaves out the bookmark stars and their column', async ({ reader, page }) => {
  // A bookmarked paragraph shows its star on screen; paper has no use for it.
  await reader.open(undefined, '#/membership/member-states');
  const star = page.getByRole('button', { name: /^Bookmark India/ });
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ media: 'print' });
  await expect(star).toBeHidden();
  await expect(page.locator('th.star-column').first()).toBeHidden();
  await expect(page.locator('tr', { hasText: 'India' }).first()).toBeVisible();
});
