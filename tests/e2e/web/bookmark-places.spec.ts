import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test, type ReaderPage } from './reader-page';

// Bookmarks below the level of a whole answer or view: a FAQ paragraph or
// list item, a row of a table after 2001 (an admission, a chair), and the
// items of the FAQ's own content that open from a link (a member state of
// 2001, a stage, a topic, a figure, a correction, a count), by mouse and by
// keyboard, kept over a reload and opened from the panel.

// An axe scan of a whole view takes seconds on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

const PRECONDITIONS = 'what-preconditions-for-the-cica-creation-were-available';
const QUESTION = 'What preconditions for the CICA creation were available?';
const NBSP = '\u00a0';
const KUWAIT = 'Kuwait: 28th member state, admitted 13 October 2022';
const AZERBAIJAN =
  'Chair: Azerbaijan, December 2024 – 2026 (planned); current as of September 2025';
const SECOND_STAGE =
  "Second stage: the Foreign Ministers' meeting and the Declaration of principles";
const member2001 = (name: string) => `${name} (member state in September 2001)`;

/** The Bookmarks panel opened after a reload (what was bookmarked is kept), and its links. */
async function bookmarksAfterReload(reader: ReaderPage) {
  await reader.page.reload();
  await reader.page.keyboard.press('Control+Shift+B');
  const panel = reader.dialog('Bookmarks');
  return { panel, links: panel.locator('.place-link') };
}

const star = (page: Page, label: string | RegExp) =>
  page.getByRole('button', {
    name: typeof label === 'string' ? `Bookmark ${label}` : label,
    exact: typeof label === 'string',
  });

test('a paragraph, a list item and two rows after 2001, starred by mouse and by keyboard, open from the Bookmarks panel after a reload', async ({
  reader,
  page,
}) => {
  await reader.open(undefined, `#/faq/${PRECONDITIONS}`);
  const paragraph = page.locator(`[id="faq-${PRECONDITIONS}-1"]`);
  const first = star(page, 'answer 3, paragraph 1');
  // The answer reads as text: its stars show where the pointer is.
  await expect(first).toHaveCSS('opacity', '0');
  await paragraph.hover();
  await expect(first).toHaveCSS('opacity', '1');
  await first.click();
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await expect(reader.announcement(`Bookmarked: ${QUESTION} (FAQ${NBSP}3${NBSP}¶1)`)).toBeVisible();

  // By keyboard: Tab goes from one star to the next, the list item's, and shows it.
  await first.focus();
  await page.keyboard.press('Tab');
  const item = star(page, 'answer 3, paragraph 2, item 1');
  await expect(item).toBeFocused();
  await expect(item).toHaveCSS('opacity', '1');
  await page.keyboard.press('Space');
  await expect(item).toHaveAttribute('aria-pressed', 'true');
  // A bookmarked star stays in sight when the pointer has gone.
  await page.mouse.move(0, 0);
  await expect(first).toHaveCSS('opacity', '1');

  await reader.open(undefined, '#/membership/admission-kuwait');
  await star(page, 'admission of Kuwait').click();
  await expect(reader.announcement(`Bookmarked: ${KUWAIT}`)).toBeVisible();

  // A row's star follows its Sources button in the tab order.
  await reader.open(undefined, '#/bodies/chair-azerbaijan');
  const row = page.locator('tr[data-item="chair-azerbaijan"]');
  await row.getByRole('button', { name: /Sources \(/ }).focus();
  await page.keyboard.press('Tab');
  const chair = star(page, /^Bookmark chairmanship of Azerbaijan, /);
  await expect(chair).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chair).toHaveAttribute('aria-pressed', 'true');

  const { panel, links } = await bookmarksAfterReload(reader);
  await expect(links).toHaveText([
    `${QUESTION} (FAQ${NBSP}3${NBSP}¶1)`,
    `${QUESTION} (FAQ${NBSP}3${NBSP}¶2.1)`,
    KUWAIT,
    AZERBAIJAN,
  ]);

  await links.nth(1).click();
  await expect(panel).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/faq/${PRECONDITIONS}/2\\.1$`));
  const listItem = page.locator(`[id="faq-${PRECONDITIONS}-2.1"]`);
  await expect(listItem).toHaveClass(/highlight/);
  await expect(listItem).toBeInViewport();
  await expect(item).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Control+Shift+B');
  await links.nth(2).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/membership\/admission-kuwait$/);
  const kuwait = page.locator('tr[data-item="admission-kuwait"]');
  await expect(kuwait).toHaveClass(/highlight/);
  await expect(kuwait).toBeInViewport();
  await expect(star(page, 'admission of Kuwait')).toHaveAttribute('aria-pressed', 'true');

  // Each exported with its citation: the FAQ for the paragraph, the later sources for the rows.
  await page.keyboard.press('Control+Shift+B');
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export as Markdown…' }).click();
  const markdown = readFileSync(await (await download).path(), 'utf8');
  const entries = markdown.split(/\n\n(?=\d+\. )/).slice(1);
  expect(entries).toHaveLength(4);
  expect(entries[0]).toContain(`**${QUESTION} (FAQ${NBSP}3${NBSP}¶1)**`);
  expect(entries[0]).toMatch(/as of September 2001\./);
  expect(entries[0]).toContain(`cica://faq/${PRECONDITIONS}`);
  expect(entries[2]).toContain(`**${KUWAIT}**`);
  expect(entries[2]).toMatch(/public web pages.*as of September 2025/);
  expect(entries[2]).toContain('cica://membership/admission-kuwait');
  expect(entries[3]).toContain('cica://bodies/chair-azerbaijan');
});

test('a row shown in full above it has no star of its own; starring a row twice takes it off', async ({
  reader,
  page,
}) => {
  await reader.open(undefined, '#/membership');
  // Today's observer list is the section above the table of lists: its star is there.
  const history = page.locator('section', {
    has: page.getByRole('heading', { name: 'Observer lists over time' }),
  });
  const rows = history.locator('tbody tr:not(.sources-row)');
  const stars = history.getByRole('button', { name: /^Bookmark observer list of / });
  await expect(rows).not.toHaveCount(0);
  await expect(stars).toHaveCount((await rows.count()) - 1);

  const kuwait = star(page, 'admission of Kuwait');
  await kuwait.click();
  await expect(kuwait).toHaveAttribute('aria-pressed', 'true');
  await kuwait.click();
  await expect(kuwait).toHaveAttribute('aria-pressed', 'false');
  await expect(reader.announcement(`Bookmark removed: ${KUWAIT}`)).toBeVisible();
});

test('a member state of 2001, a stage and a topic, starred by mouse and by keyboard, open from the Bookmarks panel after a reload', async ({
  reader,
  page,
}) => {
  await reader.open(undefined, '#/membership/member-states');
  const india = page.locator('tr[data-item="in"]');
  const indiaStar = star(page, member2001('India'));
  // The lists read as tables: a row's star shows where the pointer is.
  await expect(indiaStar).toHaveCSS('opacity', '0');
  await india.hover();
  await expect(indiaStar).toHaveCSS('opacity', '1');
  await indiaStar.click();
  await expect(indiaStar).toHaveAttribute('aria-pressed', 'true');
  await expect(reader.announcement('Bookmarked: India')).toBeVisible();

  // By keyboard: a row's star follows its Source link in the tab order.
  const egypt = page.locator('tr[data-item="eg"]');
  await egypt.getByRole('link', { name: /^Source: / }).focus();
  await page.keyboard.press('Tab');
  const egyptStar = star(page, member2001('Egypt'));
  await expect(egyptStar).toBeFocused();
  await expect(egyptStar).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(egyptStar).toHaveAttribute('aria-pressed', 'true');
  // Bookmarked, both stars stay in sight when the pointer and the focus have gone.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  await expect(indiaStar).toHaveCSS('opacity', '1');
  await expect(egyptStar).toHaveCSS('opacity', '1');
  await expect(star(page, member2001('Iran'))).toHaveCSS('opacity', '0');

  await reader.open(undefined, '#/overview');
  const stage = page.locator('li[data-item="stage-2"]');
  const stageStar = star(page, SECOND_STAGE);
  await expect(stageStar).toHaveCSS('opacity', '0');
  await stage.getByRole('heading', { name: SECOND_STAGE }).hover();
  await expect(stageStar).toHaveCSS('opacity', '1');
  await stageStar.click();
  await expect(reader.announcement(`Bookmarked: ${SECOND_STAGE}`)).toBeVisible();

  // The first topic's star comes after the last figure's in the tab order.
  await star(page, /^Bookmark figure: Those people as a ratio/).focus();
  await page.keyboard.press('Tab');
  const topicStar = star(page, 'What the CICA is');
  await expect(topicStar).toBeFocused();
  await expect(topicStar).toHaveCSS('opacity', '1');
  await page.keyboard.press('Space');
  await expect(topicStar).toHaveAttribute('aria-pressed', 'true');

  const { panel, links } = await bookmarksAfterReload(reader);
  await expect(links).toHaveText(['India', 'Egypt', SECOND_STAGE, 'What the CICA is']);

  await links.first().click();
  await expect(panel).toBeHidden();
  await expect(page).toHaveURL(/#\/membership\/in$/);
  await expect(india).toHaveClass(/highlight/);
  await expect(india).toBeInViewport();
  await expect(indiaStar).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Control+Shift+B');
  await links.nth(2).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/overview\/stage-2$/);
  await expect(stage).toHaveClass(/highlight/);
  await expect(stage).toBeInViewport();
  await expect(stageStar).toHaveAttribute('aria-pressed', 'true');

  // Each exported with the FAQ of September 2001 as its citation, and its link.
  await page.keyboard.press('Control+Shift+B');
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export as Markdown…' }).click();
  const markdown = readFileSync(await (await download).path(), 'utf8');
  const entries = markdown.split(/\n\n(?=\d+\. )/).slice(1);
  expect(entries).toHaveLength(4);
  const links2001 = [
    'cica://membership/in',
    'cica://membership/eg',
    'cica://overview/stage-2',
    'cica://overview/what-cica-is',
  ];
  entries.forEach((entry, i) => {
    expect(entry).toContain('Frequently asked questions about the Conference');
    expect(entry).toMatch(/as of September 2001\./);
    expect(entry).toContain(links2001[i]);
  });
  expect(entries[0]).toContain('**India**');
  expect(entries[2]).toContain(`**${SECOND_STAGE}**`);
});

test('every item of the 2001 lists and of the Overview that opens from a link has a star named for it', async ({
  reader,
  page,
}) => {
  await reader.open(undefined, '#/overview');
  const overview = reader.panel('Overview');
  const rows = (name: string) =>
    overview.getByRole('region', { name }).locator('tbody tr[data-item]');
  for (const name of ['Geography and population', 'Corrections to the published text']) {
    const count = await rows(name).count();
    expect(count, name).toBeGreaterThan(0);
    await expect(rows(name).getByRole('button', { name: /^Bookmark / }), name).toHaveCount(count);
  }
  // The same misprint is corrected in several places: each star names its passage.
  await expect(star(page, 'correction of “ofCICA” in answer 19, paragraph 1')).toHaveCount(1);
  await expect(overview.locator('ol.stages > li[data-item]')).toHaveCount(3);
  await expect(
    overview.getByRole('button', { name: /^Bookmark (First|Second|Third) stage/ }),
  ).toHaveCount(3);
  await expect(star(page, 'The method: from simple to complicated')).toHaveCount(1);

  await reader.open(undefined, '#/membership/member-states');
  const membership = reader.panel('Membership');
  const participants = membership.locator('tr[id^="participant-"]');
  await expect(participants).toHaveCount(30 + 3);
  await expect(participants.getByRole('button', { name: /^Bookmark / })).toHaveCount(33);
  await expect(star(page, 'Japan (observer state in September 2001)')).toHaveCount(1);
  await expect(
    star(page, 'League of Arab States (international organization in September 2001)'),
  ).toHaveCount(1);
  await expect(star(page, 'count: At the time of writing (September 2001)')).toHaveCount(1);
  // Named for a screen reader, the star column shows no header of its own.
  const header = membership
    .getByRole('region', { name: 'Counts at different dates' })
    .getByRole('columnheader', { name: 'Bookmark' });
  await expect(header).toHaveCount(1);
  await expect(header).toHaveText('Bookmark');
  expect(await header.evaluate((th) => th.getBoundingClientRect().width)).toBeLessThan(40);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('the stars of the 2001 lists and of the stages show without a pointer over them', async ({
    reader,
    page,
  }) => {
    await reader.open(undefined, '#/membership/member-states');
    await expect(star(page, member2001('Iran'))).toHaveCSS('opacity', '1');
    await reader.open(undefined, '#/overview');
    await expect(star(page, SECOND_STAGE)).toHaveCSS('opacity', '1');
  });
});

const VIEWS: [name: string, hash: string, label: string | RegExp][] = [
  ['an answer', `#/faq/${PRECONDITIONS}`, 'answer 3, paragraph 2, item 1'],
  ['the membership', '#/membership', 'admission of Kuwait'],
  ['the chairs', '#/bodies/chair-azerbaijan', /^Bookmark chairmanship of Azerbaijan, /],
  ['the heads of the Secretariat', '#/bodies/head-kairat-sarybay', /^Bookmark Kairat Sarybay/],
  ['Then and now', '#/compare', 'then and now: Chair'],
  ['CICA today', '#/overview', 'CICA today: Member states'],
  ['the 2001 lists', '#/membership/member-states', member2001('India')],
  ['the stages and the tables of the Overview', '#/overview/stage-2', SECOND_STAGE],
  [
    'the corrections',
    '#/overview/erratum-of-cica',
    'correction of “ofCICA” in answer 19, paragraph 1',
  ],
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, hash, label] of VIEWS) {
      test(`${name} with a star on and one focused: axe finds no violation`, async ({
        reader,
        page,
      }) => {
        await reader.open(undefined, hash);
        const button = star(page, label);
        await button.click();
        await expect(button).toHaveAttribute('aria-pressed', 'true');
        await button.focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        await expect(button).toBeFocused();
        // From the top: a target scrolled under the pinned bar would count as too small.
        await page.evaluate(() => window.scrollTo(0, 0));
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
