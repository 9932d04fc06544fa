import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test, type ReaderPage } from './reader-page';

/** The curated corpus the views are built from, read here to count without hard-coding. */
const corpus = JSON.parse(
  readFileSync(resolve(__dirname, '../../../resources/corpus.json'), 'utf8'),
) as { errata: { published: string; corrected: string }[] };

/** The body rows of a table: those with data cells, not the header row. */
function dataRows(table: Locator): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('cell') });
}

/**
 * The description that follows a term in a description list ("Date" → "14 September 1999").
 * A string names the whole term; a pattern matches it (a fact's term also holds its date).
 */
function definitionOf(scope: Locator, term: string | RegExp): Locator {
  const name = typeof term === 'string' ? new RegExp(`^${term}$`) : term;
  return scope
    .getByRole('term')
    .filter({ hasText: name })
    .locator('xpath=following-sibling::dd[1]');
}

/** The Membership view switched to the lists of September 2001, as a reader would. */
async function openMembership2001(reader: ReaderPage): Promise<void> {
  await reader.open(undefined, '#/membership');
  await reader
    .panel('Membership')
    .getByRole('radio', { name: 'In September 2001 (the FAQ)' })
    .check();
}

const MEMBER_CODES = [
  'AF',
  'AZ',
  'CN',
  'EG',
  'IL',
  'IN',
  'IR',
  'KG',
  'KZ',
  'MN',
  'PK',
  'PS',
  'RU',
  'TJ',
  'TR',
  'UZ',
];

test.describe('Membership', () => {
  test('lists members, observers and organizations as of September 2001', async ({
    reader,
    page,
  }) => {
    await openMembership2001(reader);
    const panel = reader.panel('Membership');
    await expect(reader.tab('Membership')).toHaveAttribute('aria-selected', 'true');
    await expect(panel.getByText(/These lists and counts are as of September 2001/)).toBeVisible();

    const groups = [
      ['Member states in September 2001 (16)', 16],
      ['Observer states in September 2001 (10)', 10],
      ['International organizations in September 2001 (4)', 4],
    ] as const;
    for (const [name, rows] of groups) {
      await expect(panel.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
      const table = panel.getByRole('region', { name, exact: true }).getByRole('table');
      await expect(dataRows(table)).toHaveCount(rows);
    }
    const members = panel.getByRole('region', { name: 'Member states in September 2001 (16)' });
    await expect(dataRows(members).first().getByRole('rowheader')).toHaveText('Afghanistan');
    await expect(page.getByRole('tab')).toHaveCount(7);
  });

  test('the counts table gives each count with its date', async ({ reader }) => {
    await openMembership2001(reader);
    const counts = reader.panel('Membership').getByRole('region', {
      name: 'Counts at different dates',
    });
    await expect(counts.getByRole('columnheader')).toHaveText([
      'When',
      'Member states',
      'Observers',
      'Organizations',
      'In the source’s words',
      // Each count's star: the header is for a screen reader, the star drawn by the style sheet.
      'Bookmark',
    ]);
    const firstStage = counts.getByRole('row', { name: /^First stage of the process/ });
    await expect(firstStage.getByRole('cell')).toHaveText([
      '15',
      '9',
      '4',
      /15 leading states/,
      '',
    ]);
    const september = counts.getByRole('row', { name: /September 2001/ });
    await expect(september.getByRole('rowheader')).toHaveText(
      'At the time of writing (September 2001)',
    );
    await expect(september.getByRole('cell')).toHaveText([
      '16',
      '10',
      '4',
      /16 countries.*10 countries - observers.*In the CICA participate/s,
      '',
    ]);
  });

  test('the Code column sorts member states by ISO code, and a second click reverses', async ({
    reader,
  }) => {
    await openMembership2001(reader);
    const table = reader
      .panel('Membership')
      .getByRole('region', { name: 'Member states in September 2001 (16)' })
      .getByRole('table');
    const code = table.getByRole('columnheader', { name: 'Code' });
    const codes = dataRows(table)
      .getByRole('cell')
      .filter({ hasText: /^[A-Z]{2}$/ });

    // Unsorted, the rows keep the source's order.
    await expect(code).toHaveAttribute('aria-sort', 'none');
    await expect(codes).toHaveText(['AF', 'AZ', 'EG', 'IN', ...Array<RegExp>(12).fill(/./)]);

    await table.getByRole('button', { name: 'Code' }).click();
    await expect(code).toHaveAttribute('aria-sort', 'ascending');
    await expect(codes).toHaveText(MEMBER_CODES);
    await expect(dataRows(table).first().getByRole('rowheader')).toHaveText('Afghanistan');
    await expect(table.getByRole('columnheader', { name: 'Short name' })).toHaveAttribute(
      'aria-sort',
      'none',
    );

    await table.getByRole('button', { name: 'Code' }).click();
    await expect(code).toHaveAttribute('aria-sort', 'descending');
    await expect(codes).toHaveText([...MEMBER_CODES].reverse());
    await expect(dataRows(table).first().getByRole('rowheader')).toHaveText('Uzbekistan');
  });

  test('an organization’s name is shown as published with its correction', async ({
    reader,
    page,
  }) => {
    await openMembership2001(reader);
    const organizations = reader
      .panel('Membership')
      .getByRole('region', { name: 'International organizations in September 2001 (4)' });
    const las = organizations.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: 'League of Arab States', exact: true }),
    });
    await expect(las).toHaveCount(1);
    const published = las.getByRole('cell').first();
    await expect(published).toContainText(
      /^League of the Arabian states\s*\[corrected: League of Arab States\]/,
    );
    await expect(published.getByText('[corrected: League of Arab States]')).toBeVisible();
    await expect(las.getByRole('cell').nth(1)).toHaveText('LAS');
  });
});

test.describe('every fact links to its source', () => {
  test('a body’s fact opens the FAQ paragraph it quotes, highlighted', async ({ reader, page }) => {
    await reader.open(undefined, '#/bodies/swg');
    const detail = reader.panel('Bodies').getByRole('article');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
      /^Special Working Group\s+\(SWG\)$/,
    );
    const created = definitionOf(detail, /^Created/);
    await expect(created).toContainText('created in October 1994');
    const source = created.getByRole('link', { name: /^Source:/ });
    await expect(source).toHaveAttribute(
      'href',
      '#/faq/when-was-a-special-working-group-created/1',
    );

    await source.click();
    await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/#\/faq\/when-was-a-special-working-group-created\/1$/);
    const paragraph = page.locator('#faq-when-was-a-special-working-group-created-1');
    await expect(paragraph).toHaveClass(/\bhighlight\b/);
    await expect(paragraph).toContainText('The special working group was created in October 1994');
    await expect(paragraph).toBeInViewport();
    await expect(reader.panel('FAQ').locator('.highlight')).toHaveCount(1);
  });

  test('a membership row opens the list item it comes from, highlighted', async ({
    reader,
    page,
  }) => {
    await openMembership2001(reader);
    const members = reader
      .panel('Membership')
      .getByRole('region', { name: 'Member states in September 2001 (16)' });
    const kyrgyzstan = members.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: 'Kyrgyzstan', exact: true }),
    });
    const source = kyrgyzstan.getByRole('link', { name: /^Source:/ });
    await expect(source).toHaveAttribute(
      'href',
      '#/faq/which-countries-are-members-of-the-cica/2.9',
    );

    await source.click();
    await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');
    const items = page
      .getByRole('article', { name: 'Which countries are members of the CICA?' })
      .getByRole('listitem');
    const item = items.nth(8);
    await expect(item).toHaveText('The Kirghiz Republic;');
    await expect(item).toHaveClass(/\bhighlight\b/);
    await expect(item).toBeInViewport();
    await expect(items.filter({ hasText: 'Kazakhstan' })).not.toHaveClass(/\bhighlight\b/);
    await expect(reader.panel('FAQ').locator('.highlight')).toHaveCount(1);
  });
});

test.describe('Bodies', () => {
  test('lists the seven bodies of 2001 and shows the one selected', async ({ reader, page }) => {
    await reader.open(undefined, '#/bodies');
    const list = page.getByRole('navigation', { name: 'Bodies' });
    await expect(
      list.getByRole('list', { name: 'In September 2001' }).getByRole('link'),
    ).toHaveCount(7);

    await list.getByRole('link', { name: /^Contact Group/ }).click();
    await expect(page).toHaveURL(/#\/bodies\/cg$/);
    await expect(list.getByRole('link', { name: /^Contact Group/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const detail = reader.panel('Bodies').getByRole('article');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(/^Contact Group\s+\(CG\)$/);
    await expect(detail.getByText('Working body', { exact: true })).toBeVisible();
    await expect(list.getByRole('link', { name: /^Summit .*Summit \(planned\)$/ })).toHaveCount(1);
    await expect(definitionOf(detail, /^Created/)).toContainText('Kazakhstan');
    await expect(detail.getByRole('term').filter({ hasText: /^Created/ })).toContainText(
      '3 December 1997',
    );
  });

  test('a related document opens in the Documents tab', async ({ reader, page }) => {
    await reader.open(undefined, '#/bodies');
    await page
      .getByRole('navigation', { name: 'Bodies' })
      .getByRole('link', { name: /^Meeting of the Ministers of Foreign Affairs/ })
      .click();
    const detail = reader.panel('Bodies').getByRole('article');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
      'Meeting of the Ministers of Foreign Affairs',
    );
    await expect(detail.getByRole('heading', { name: 'See also' })).toBeVisible();
    const resolution = 'Resolution on the further development of CICA process';
    await detail.getByRole('link', { name: resolution, exact: true }).click();

    await expect(reader.tab('Documents')).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/#\/documents\/resolution$/);
    const documents = reader.panel('Documents');
    await expect(documents.getByRole('heading', { level: 2 })).toHaveText(resolution);
    await expect(
      page.getByRole('navigation', { name: 'Documents' }).getByRole('link', { name: resolution }),
    ).toHaveAttribute('aria-current', 'page');
  });
});

test.describe('Documents', () => {
  test('the Declaration shows its date, place and eight principles', async ({ reader, page }) => {
    await reader.open(undefined, '#/documents/declaration');
    const detail = reader.panel('Documents').getByRole('article');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
      'Declaration of principles regulating relations between CICA member states',
    );
    await expect(definitionOf(detail, 'Date')).toHaveText('14 September 1999');
    await expect(definitionOf(detail, 'Place')).toHaveText('Almaty');

    const principles = detail.getByRole('heading', { level: 3, name: 'Principles' });
    await expect(principles).toBeVisible();
    const list = principles.locator('xpath=following-sibling::*[1]');
    await expect(list).toHaveRole('list');
    await expect(list.getByRole('listitem')).toHaveCount(8);
    await expect(
      list.getByRole('listitem').filter({ hasText: 'non-interference in internal affairs' }),
    ).toHaveCount(1);

    await expect(definitionOf(detail, 'Adopted by')).toContainText('14 September 1999');
    await definitionOf(detail, 'Adopted by')
      .getByRole('link', { name: 'Meeting of the Ministers of Foreign Affairs' })
      .click();
    await expect(reader.tab('Bodies')).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/#\/bodies\/ministers-meeting$/);
    await expect(reader.panel('Bodies').getByRole('heading', { level: 2 })).toHaveText(
      'Meeting of the Ministers of Foreign Affairs',
    );
  });

  test('the Almaty act’s status mentions the summit', async ({ reader }) => {
    await reader.open(undefined, '#/documents/almaty-act');
    const detail = reader.panel('Documents').getByRole('article');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Almaty act');
    // The summary's status, before the facts (which have Status terms of their own).
    await expect(definitionOf(detail, 'Status').first()).toContainText(
      /to be signed at the summit/,
    );
  });

  test('the Almaty act names who drafted it, who completed it and who is to sign it', async ({
    reader,
  }) => {
    await reader.open(undefined, '#/documents/almaty-act');
    const detail = reader.panel('Documents').getByRole('article');
    await expect(definitionOf(detail, 'Drafted by')).toContainText('Special Working Group');
    await expect(definitionOf(detail, 'Text completed by')).toContainText(
      'Meeting of the Senior Officials, 4–5 September 2001',
    );
    await expect(definitionOf(detail, 'To be signed by')).toContainText(
      'Summit of the heads of state and government (planned for autumn 2001)',
    );
    await expect(detail.getByText('Body', { exact: true })).toHaveCount(0);
  });

  test('a draft’s status is not dated, and the app’s own note says so', async ({ reader }) => {
    await reader.open(undefined, '#/documents/draft-declaration-mutual-relations');
    const detail = reader.panel('Documents').getByRole('article');
    const status = definitionOf(detail, 'Status').first();
    await expect(status).toContainText('the source gives no date');
    await expect(status).not.toContainText('as of September 2001');
    await expect(definitionOf(detail, /^Note \(not in the source\)$/)).toContainText(
      'the source does not say so',
    );
  });

  test('a status says “as of September 2001” once', async ({ reader }) => {
    // The view adds the edition note; the status in the corpus must not repeat it.
    await reader.open(undefined, '#/documents/almaty-act');
    const status = definitionOf(reader.panel('Documents').getByRole('article'), 'Status').first();
    await expect(status).toContainText('to be signed at the summit (as of September 2001)');
    await expect(status).not.toContainText(/as of September 2001.*as of September 2001/s, {
      timeout: 1000,
    });
  });
});

test.describe('Timeline', () => {
  test('shows the FAQ’s ten events in chronological order, its summit as planned', async ({
    reader,
  }) => {
    await reader.open(undefined, '#/timeline');
    const panel = reader.panel('Timeline');
    const faqEvents = panel
      .getByRole('listitem')
      .filter({ has: reader.page.getByText('· the FAQ of September 2001') });
    const events = faqEvents.getByRole('article');
    await expect(events).toHaveCount(10);
    await expect(faqEvents.getByRole('time')).toHaveText([
      'October 1992',
      'October 1994',
      'March 1995',
      '3 December 1997',
      'October 1998',
      '14 September 1999',
      'June 2000',
      'June 2001',
      '4–5 September 2001',
      'autumn 2001',
    ]);
    const summit = events.last();
    await expect(summit.getByRole('heading', { level: 2 })).toHaveText(/^Summit of the heads/);
    await expect(summit.getByText('planned', { exact: true })).toBeVisible();
    await expect(faqEvents.getByText('planned', { exact: true })).toHaveCount(1);
  });

  test('a deep link highlights its event', async ({ reader, page }) => {
    await reader.open(undefined, '#/timeline/senior-officials-meeting-2001');
    const panel = reader.panel('Timeline');
    const event = panel.getByRole('listitem').filter({
      has: page.getByRole('heading', {
        level: 2,
        name: "Senior Officials' meeting completes work on the final document",
      }),
    });
    await expect(event).toHaveCount(1);
    await expect(event).toHaveClass(/\bhighlight\b/);
    await expect(event).toBeInViewport();
    await expect(event.getByRole('time')).toHaveText('4–5 September 2001');
    await expect(panel.locator('.highlight')).toHaveCount(1);
  });
});

test.describe('corrections', () => {
  test('the Overview lists every erratum of the corpus', async ({ reader, page }) => {
    await reader.open(undefined, '#/overview');
    const table = reader
      .panel('Overview')
      .getByRole('region', { name: 'Corrections to the published text' })
      .getByRole('table');
    expect(corpus.errata.length).toBeGreaterThan(0);
    await expect(dataRows(table)).toHaveCount(corpus.errata.length);
    const ofCica = dataRows(table).filter({
      has: page.getByRole('cell', { name: 'ofCICA', exact: true }),
    });
    await expect(ofCica).toHaveCount(1);
    await expect(ofCica.getByRole('cell').nth(1)).toHaveText('of CICA');
  });

  test('the Overview claims only the corrections made so far', async ({ reader }) => {
    await reader.open(undefined, '#/overview');
    const region = reader
      .panel('Overview')
      .getByRole('region', { name: 'Corrections to the published text' });
    await expect(region).toContainText('The corrections made so far are listed here');
    await expect(region).not.toContainText('all of them');
  });

  test('the figures show the normalised value beside the published one', async ({ reader }) => {
    await reader.open(undefined, '#/overview/total-area');
    await expect(reader.panel('Overview').getByRole('row', { name: /^Total area/ })).toContainText(
      '38,8 million sq. km. (38.8 million km²)',
    );
  });

  test('the FAQ shows a correction beside the published text', async ({ reader, page }) => {
    await reader.open(undefined, '#/faq/when-the-contact-group-was-created');
    const entry = page.getByRole('article', { name: 'When the Contact group was created?' });
    const paragraph = entry.getByRole('paragraph').first();
    await expect(paragraph).toContainText(
      /Foreign Affairs ofCICA\s*\[corrected: of CICA\]\s*member/,
    );
    await expect(paragraph.getByText('[corrected: of CICA]')).toBeVisible();
  });
});

test.describe('history', () => {
  /** FAQ, then Documents, then Timeline, chosen by clicking their tabs. */
  async function visitThreeTabs(reader: ReaderPage): Promise<void> {
    await reader.open();
    await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');
    await reader.tab('Documents').click();
    await expect(reader.panel('Documents')).toBeVisible();
    await reader.tab('Timeline').click();
    await expect(reader.panel('Timeline')).toBeVisible();
  }

  async function walkBackAndForward(reader: ReaderPage): Promise<void> {
    const { keyboard } = reader.page;
    await keyboard.press('Alt+ArrowLeft');
    await expect(reader.tab('Documents')).toHaveAttribute('aria-selected', 'true');
    await expect(reader.panel('Documents')).toBeVisible();
    await keyboard.press('Alt+ArrowLeft');
    await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');
    await expect(reader.questions).toHaveCount(33);
    await keyboard.press('Alt+ArrowRight');
    await expect(reader.tab('Documents')).toHaveAttribute('aria-selected', 'true');
    await expect(reader.panel('Documents')).toBeVisible();
  }

  test('Alt+Left and Alt+Right walk back and forward through the tabs', async ({ reader }) => {
    await visitThreeTabs(reader);
    // The reader reads on: focus in the panel, not on the tab strip.
    await reader.panel('Timeline').getByRole('heading', { level: 1, name: 'Timeline' }).click();
    await expect(reader.panel('Timeline')).toBeFocused();
    await walkBackAndForward(reader);
  });

  test('Alt+Left right after clicking a tab goes back', async ({ reader }) => {
    // With focus on the tab strip, Alt+Left must walk history, not move to the previous tab.
    await visitThreeTabs(reader);
    await expect(reader.tab('Timeline')).toBeFocused();
    await walkBackAndForward(reader);
  });

  test('a deep link opens its document selected', async ({ reader, page }) => {
    await reader.open(undefined, '#/documents/almaty-act');
    await expect(reader.tab('Documents')).toHaveAttribute('aria-selected', 'true');
    const list = page.getByRole('navigation', { name: 'Documents' });
    await expect(list.getByRole('link', { name: /^Almaty act/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(list.locator('[aria-current]')).toHaveCount(1);
    await expect(reader.panel('Documents').getByRole('heading', { level: 2 })).toHaveText(
      'Almaty act',
    );
  });
});
