import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { axeViolations } from './axe';
import { expect, readClipboard, test, type ReaderPage } from './reader-page';

// The reader's tools in the web edition, each by mouse and by keyboard:
// bookmarks, find in page, the quote check and the dossier.

// An axe scan of a dialog takes seconds on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

const SHOTS = process.env['CICA_SHOTS'];

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Opens one of the tools from the pinned bar's Menu. */
async function fromMenu(reader: ReaderPage, name: string): Promise<void> {
  await reader.openMenu();
  await reader.page.locator('#display-panel').getByRole('button', { name, exact: true }).click();
}

const bookmarkButton = (page: Page, label: string) =>
  page.getByRole('button', { name: `Bookmark ${label}`, exact: true });
const dossierButton = (page: Page, label: string) =>
  page.getByRole('button', { name: `Add ${label} to the dossier`, exact: true });

test.describe('bookmarks', () => {
  test('three bookmarks with notes are there after a reload, each opening its place', async ({
    reader,
    page,
  }) => {
    await reader.open(undefined, '#/documents/declaration');
    const declaration = 'Declaration of principles regulating relations between CICA member states';
    await bookmarkButton(page, declaration).click();
    await expect(bookmarkButton(page, declaration)).toHaveAttribute('aria-pressed', 'true');
    await expect(reader.announcement(`Bookmarked: ${declaration}`)).toBeVisible();

    await reader.open(undefined, '#/bodies/cg');
    await bookmarkButton(page, 'Contact Group').click();
    // The third by keyboard: Ctrl+D bookmarks what is open.
    await reader.open(undefined, '#/timeline');
    await reader.tab('Timeline').focus();
    await page.keyboard.press('Control+d');
    await expect(reader.announcement('Bookmarked: Timeline')).toBeVisible();

    await fromMenu(reader, 'Bookmarks');
    const panel = reader.dialog('Bookmarks');
    const links = panel.locator('.place-link');
    await expect(links).toHaveText([declaration, 'Contact Group', 'Timeline']);
    await panel.getByRole('textbox', { name: `Note on ${declaration}` }).fill('Cite in §2');
    await panel.getByRole('textbox', { name: 'Note on Contact Group' }).fill('Who sits on it?');
    await panel.getByRole('textbox', { name: 'Note on Timeline' }).fill('Dates for the intro');
    // A note is kept when the field is left.
    await panel.getByRole('button', { name: 'Close' }).focus();
    await shot(page, 'bookmarks-panel');

    await page.reload();
    await page.keyboard.press('Control+Shift+B');
    await expect(panel).toBeVisible();
    await expect(links).toHaveText([declaration, 'Contact Group', 'Timeline']);
    await expect(panel.getByRole('textbox', { name: `Note on ${declaration}` })).toHaveValue(
      'Cite in §2',
    );
    await expect(panel.getByRole('textbox', { name: 'Note on Contact Group' })).toHaveValue(
      'Who sits on it?',
    );
    await expect(panel.getByRole('textbox', { name: 'Note on Timeline' })).toHaveValue(
      'Dates for the intro',
    );
    await expect(panel).toContainText('added');

    // Opening one closes the panel and shows the place.
    await links.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect(panel).toBeHidden();
    await expect(page).toHaveURL(/#\/bodies\/cg$/);
    await expect(page.getByRole('heading', { name: 'Contact Group', level: 2 })).toBeVisible();
  });

  test('removing one, and exporting the list as Markdown with citations and deep links', async ({
    reader,
    page,
  }) => {
    await reader.open(undefined, '#/bodies/cg');
    await bookmarkButton(page, 'Contact Group').click();
    await reader.open(undefined, '#/faq/what-is-the-cica-and-why-was-it');
    await page.keyboard.press('Control+d');
    await page.keyboard.press('Control+Shift+B');
    const panel = reader.dialog('Bookmarks');
    await expect(panel.locator('.place-link')).toHaveCount(2);

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export as Markdown…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('cica-bookmarks.md');
    const markdown = readFileSync(await file.path(), 'utf8');
    expect(markdown).toContain('**Contact Group**');
    expect(markdown).toContain('cica://bodies/cg');
    expect(markdown).toContain('cica://faq/what-is-the-cica-and-why-was-it');
    await expect(panel.getByRole('status')).toHaveText(/^Saved your bookmarks as Markdown/);

    await panel.getByRole('button', { name: 'Remove bookmark Contact Group' }).click();
    await expect(panel.locator('.place-link')).toHaveCount(1);
    // The focus stays in the list, on what is now there.
    await expect(panel.locator('.place-link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await reader.open(undefined, '#/bodies/cg');
    await expect(bookmarkButton(page, 'Contact Group')).toHaveAttribute('aria-pressed', 'false');
  });

  test('a bookmark to something the pack no longer has stays, marked as missing', async ({
    reader,
    page,
  }) => {
    await reader.open();
    await page.evaluate(() =>
      localStorage.setItem(
        'cica-reference:bookmarks',
        JSON.stringify({
          bookmarks: [
            {
              target: 'secretariat-2006',
              title: 'CICA Secretariat',
              added: '2026-01-02T10:00:00.000Z',
              note: 'from a newer pack',
            },
          ],
        }),
      ),
    );
    await page.reload();
    await page.keyboard.press('Control+Shift+B');
    const panel = reader.dialog('Bookmarks');
    await expect(panel.locator('li')).toContainText('CICA Secretariat');
    await expect(panel.locator('li')).toContainText('Not in this data pack');
    await expect(panel.getByRole('link', { name: 'CICA Secretariat' })).toHaveCount(0);
    await expect(panel.getByRole('textbox', { name: 'Note on CICA Secretariat' })).toHaveValue(
      'from a newer pack',
    );
  });

  test('damaged stored bookmarks are kept aside and the reader is told', async ({
    reader,
    page,
  }) => {
    await reader.open();
    await page.evaluate(() => localStorage.setItem('cica-reference:bookmarks', '{"bookmarks": ['));
    await page.reload();
    await page.keyboard.press('Control+Shift+B');
    const panel = reader.dialog('Bookmarks');
    await expect(panel.getByRole('note')).toContainText('could not be read');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('cica-reference:bookmarks.corrupt-')),
    );
    expect(kept).toHaveLength(1);
  });
});

test.describe('find in page', () => {
  const findBox = (page: Page) => page.getByRole('textbox', { name: 'Find in page' });
  const count = (page: Page) => page.locator('.find-count');
  const highlighted = (page: Page) =>
    page.evaluate(() => ({
      all: CSS.highlights.get('find-match')?.size ?? 0,
      current: [...(CSS.highlights.get('find-current') ?? [])].map((r) => String(r)),
    }));

  test('by keyboard: "1 of N", Enter and Shift+Enter move, Escape closes', async ({
    reader,
    page,
  }) => {
    await reader.open(undefined, '#/documents');
    await reader.tab('Documents').focus();
    const before = await page.locator('main').innerHTML();
    await page.keyboard.press('Control+f');
    await expect(findBox(page)).toBeFocused();
    await page.keyboard.type('declaration');
    await expect(count(page)).toHaveText(/^1 of \d+$/);
    const total = Number((await count(page).textContent())!.split(' of ')[1]);
    expect(total).toBeGreaterThan(3);
    expect(await highlighted(page)).toEqual({ all: total, current: ['Declaration'] });
    await shot(page, 'find-documents');
    await page.keyboard.press('Enter');
    await expect(count(page)).toHaveText(`2 of ${total}`);
    await page.keyboard.press('Enter');
    await expect(count(page)).toHaveText(`3 of ${total}`);
    await page.keyboard.press('Shift+Enter');
    await expect(count(page)).toHaveText(`2 of ${total}`);
    // From the first, back goes round to the last.
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('Shift+Enter');
    await expect(count(page)).toHaveText(`${total} of ${total}`);
    // The current match is in the reading area, below the pinned bar.
    const inView = await page.evaluate(() => {
      const range = [...CSS.highlights.get('find-current')!][0] as Range;
      const rect = range.getBoundingClientRect();
      const bar = document.querySelector('.toolbar')!.getBoundingClientRect();
      return rect.top >= bar.bottom && rect.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    // The page's DOM is never rewritten: highlights are drawn over it.
    expect(await page.locator('main').innerHTML()).toBe(before);
    await page.keyboard.press('Escape');
    await expect(findBox(page)).toBeHidden();
    expect(await highlighted(page)).toEqual({ all: 0, current: [] });
  });

  test('by mouse, case- and accent-insensitive, found again in the next view', async ({
    reader,
    page,
  }) => {
    await reader.open(undefined, '#/bodies/cg');
    await fromMenu(reader, 'Find in page');
    await findBox(page).fill('KAZAKHSTÁN');
    await expect(count(page)).toHaveText(/^1 of \d+$/);
    expect((await highlighted(page)).current).toEqual(['Kazakhstan']);
    await page.getByRole('button', { name: 'Next match' }).click();
    await expect(count(page)).toHaveText(/^2 of \d+$/);
    await page.getByRole('button', { name: 'Previous match' }).click();
    await expect(count(page)).toHaveText(/^1 of \d+$/);
    await findBox(page).fill('no such words here');
    await expect(count(page)).toHaveText('No matches');
    await findBox(page).fill('summit');
    await reader.tab('Timeline').click();
    await expect(count(page)).toHaveText(/^1 of \d+$/);
    await page.getByRole('button', { name: 'Close find' }).click();
    await expect(findBox(page)).toBeHidden();
  });
});

const FAQ_2 =
  'The President of the Republic of Kazakhstan N.Nazarbayev presented the idea on convocation of the CICA for the first time at 47-th session of General Assembly of the United Nations in October, 1992.';

test.describe('the quote check', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('by mouse: one word changed is "close", the word marked both ways, with its paragraph', async ({
    reader,
    page,
  }) => {
    await reader.open();
    await fromMenu(reader, 'Check a quote');
    const panel = reader.dialog('Check a quote');
    await panel.getByRole('textbox').fill(FAQ_2.replace('47-th', '48-th'));
    await panel.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
      'Close: the FAQ of September 2001 says nearly this',
    );
    const match = panel.getByRole('article').first();
    await expect(match.getByRole('link', { name: 'FAQ 2 ¶1' })).toBeVisible();
    await expect(match.locator('blockquote del')).toHaveText(['47-th']);
    await expect(match.locator('.quote-pasted ins')).toHaveText(['48-th']);
    await expect(match).toContainText('similarity 95%');
    await shot(page, 'quote-close');

    await match.getByRole('button', { name: /^Copy FAQ 2 ¶1/ }).click();
    await expect(panel.getByRole('status').last()).toHaveText(/^Copied .+ as rich text$/);
    const clipboard = await readClipboard(page);
    const copied = clipboard['text/plain']!.replace(/\s+/g, ' ');
    expect(copied).toContain('at 47-th session of General Assembly of the United Nations');
    expect(copied).not.toContain('Embassies');
    expect(copied).toContain('cica://faq/when-and-where-the-cica-initiative-was-put');

    // The paragraph's link opens it, highlighted.
    await match.getByRole('link', { name: 'FAQ 2 ¶1' }).click();
    await expect(panel).toBeHidden();
    await expect(page).toHaveURL(/#\/faq\/when-and-where-the-cica-initiative-was-put\/1$/);
  });

  test('by keyboard: a verbatim sentence, a sentence not in the reference, too few words', async ({
    reader,
    page,
  }) => {
    await reader.open();
    await page.keyboard.press('Control+Shift+L');
    const panel = reader.dialog('Check a quote');
    const box = panel.getByRole('textbox');
    await expect(box).toBeFocused();
    await page.keyboard.insertText(FAQ_2);
    await page.keyboard.press('Control+Enter');
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
      'Verbatim: the FAQ of September 2001 says exactly this',
    );
    await expect(panel.getByRole('article').first()).toContainText('FAQ 2 ¶1');

    await box.fill('Bananas are grown on the slopes of Mount Kilimanjaro by farmers.');
    await page.keyboard.press('Control+Enter');
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
      'Not found: no passage of the FAQ of September 2001 says this',
    );
    await box.fill('CICA');
    await page.keyboard.press('Control+Enter');
    await expect(panel).toContainText('A quotation of at least 3 words is needed');
    await box.fill('word '.repeat(2500));
    await page.keyboard.press('Control+Enter');
    await expect(panel).toContainText('Only the first 2,000 characters were checked');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });
});

test.describe('the dossier', () => {
  test('three pieces added, reordered by keyboard, exported as a .docx holding them and their references', async ({
    reader,
    page,
  }) => {
    await reader.open(undefined, '#/documents/declaration');
    const declaration = 'Declaration of principles regulating relations between CICA member states';
    await dossierButton(page, declaration).click();
    await expect(reader.announcement(/^Added to the dossier \(1\)/)).toBeVisible();
    await reader.open(undefined, '#/bodies/cg');
    await dossierButton(page, 'Contact Group').click();
    await reader.open(undefined, '#/membership');
    await reader.tab('Membership').focus();
    await page.keyboard.press('Control+Shift+D');
    await expect(reader.announcement(/^Added to the dossier \(3\): Membership/)).toBeVisible();

    await page.keyboard.press('Control+Shift+E');
    const panel = reader.dialog('Dossier');
    const titles = panel.locator('.place-link');
    await expect(titles).toHaveText([declaration, 'Contact Group', 'Membership']);
    await panel.getByRole('textbox', { name: 'Title of the brief' }).fill('Talking points: Almaty');
    // Move the Contact Group up by keyboard: the focus stays on its button.
    await panel.getByRole('button', { name: 'Move up: Contact Group' }).focus();
    await page.keyboard.press('Enter');
    await expect(titles).toHaveText(['Contact Group', declaration, 'Membership']);
    await expect(panel.getByRole('button', { name: 'Move down: Contact Group' })).toBeFocused();
    await expect(panel.getByRole('status')).toHaveText('Contact Group: now 1 of 3');
    await shot(page, 'dossier-panel');

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Word (.docx)…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('talking-points-almaty.docx');
    const zip = unzipSync(readFileSync(await file.path()));
    const xml = strFromU8(zip['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    const order = [
      'Talking points: Almaty',
      'Contact Group',
      declaration,
      'CICA participants',
      'References',
      'cica://bodies/cg',
      'cica://documents/declaration',
      'cica://membership',
    ].map((piece) => text.indexOf(piece));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    // Kept across a reload, title and order included.
    await page.reload();
    await page.keyboard.press('Control+Shift+E');
    await expect(titles).toHaveText(['Contact Group', declaration, 'Membership']);
    await expect(panel.getByRole('textbox', { name: 'Title of the brief' })).toHaveValue(
      'Talking points: Almaty',
    );
  });
});

test.describe('looked at and scanned', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 390]) {
      test(`${scheme}, ${width} px: each tool, axe finds no violation`, async ({
        reader,
        page,
      }) => {
        test.slow();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 844 });
        await reader.open(undefined, '#/bodies/cg');
        await bookmarkButton(page, 'Contact Group').click();
        await dossierButton(page, 'Contact Group').click();
        await reader.open(undefined, '#/documents/declaration');
        await page.keyboard.press('Control+f');
        await page.keyboard.type('almaty');
        await expect(page.locator('.find-count')).toHaveText(/of/);
        expect(await axeViolations(page)).toEqual([]);
        await shot(page, `find-${scheme}-${width}`);
        await page.keyboard.press('Escape');

        const open: [string, string, Locator][] = [
          ['Bookmarks', 'Control+Shift+B', reader.dialog('Bookmarks')],
          ['Dossier', 'Control+Shift+E', reader.dialog('Dossier')],
          ['Check a quote', 'Control+Shift+L', reader.dialog('Check a quote')],
        ];
        for (const [name, keys, dialog] of open) {
          await page.keyboard.press(keys);
          await expect(dialog).toBeVisible();
          if (name === 'Check a quote') {
            await dialog.getByRole('textbox').fill(FAQ_2.replace('47-th', '48-th'));
            await dialog.getByRole('button', { name: 'Check', exact: true }).click();
            await expect(dialog.getByRole('article').first()).toBeVisible();
          }
          expect(await axeViolations(page), name).toEqual([]);
          await shot(page, `${name.replace(/ /g, '-').toLowerCase()}-${scheme}-${width}`);
          await page.keyboard.press('Escape');
          await expect(dialog).toBeHidden();
        }
        await reader.openMenu();
        expect(await axeViolations(page)).toEqual([]);
        await shot(page, `menu-${scheme}-${width}`);
      });
    }
  }
});

test('at 390 px and 200% text, the find bar and the panels fit without sideways scrolling', async ({
  reader,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Stored before the page starts, as a reader's earlier choice would be.
  await page.addInitScript(() =>
    localStorage.setItem('cica-reference:preferences', JSON.stringify({ theme: 'light', zoom: 2 })),
  );
  await reader.open(undefined, '#/documents/declaration');
  expect(await reader.rootStyle('fontSize')).toBe('32px');
  const sideways = () =>
    page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('almaty');
  await expect(page.locator('.find-count')).toHaveText(/^1 of \d+$/);
  expect(await sideways()).toBe(false);
  await shot(page, 'find-390-200');
  await page.keyboard.press('Escape');
  for (const [keys, name] of [
    ['Control+Shift+L', 'check-a-quote'],
    ['Control+Shift+E', 'dossier'],
  ] as const) {
    await page.keyboard.press(keys);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await shot(page, `${name}-390-200`);
    const fits = await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth + 1);
    expect(fits, name).toBe(true);
    await page.keyboard.press('Escape');
  }
});
