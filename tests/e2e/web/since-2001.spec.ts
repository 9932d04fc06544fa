import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test, type ReaderPage } from './reader-page';

/** The curated items after 2001, read here to open every one without hard-coding. */
const later = JSON.parse(readFileSync(resolve(__dirname, '../../../resources/corpus.json'), 'utf8'))
  .since2001 as Record<string, { id: string }[]>;

/** The view each table's items belong in. */
const SECTION_OF_TABLE = {
  today: 'overview',
  notes: 'overview',
  admissions: 'membership',
  members: 'membership',
  observers: 'membership',
  bodies: 'bodies',
  chairs: 'bodies',
  heads: 'bodies',
  documents: 'documents',
  events: 'timeline',
  comparisons: 'compare',
} as const;

// The reference from 1992 to September 2025, as a reader meets it: today's
// answers first, each with its sources one click away, and September 2001
// one switch away, every count with its date.

/** The body rows of a table: those with data cells, not the header row. */
function dataRows(table: Locator): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('cell') });
}

/** A line of "CICA today" (or of the 2001 side), by its label. */
function glanceLine(reader: ReaderPage, label: string): Locator {
  return reader
    .panel('Overview')
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** No link in the view leaves the app: the sources' addresses are text. */
async function expectNoWebLinks(scope: Locator): Promise<void> {
  await expect(scope.locator('a[href^="http"]')).toHaveCount(0);
}

test.describe('done when: today and September 2001 within two actions, with sources', () => {
  test('Overview: members, chair and seat today, their sources, then September 2001', async ({
    reader,
    page,
  }) => {
    await reader.open();
    await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');

    // Action 1: the Overview tab opens on CICA today, dated.
    await reader.tab('Overview').click();
    const panel = reader.panel('Overview');
    await expect(
      panel.getByRole('heading', { level: 2, name: 'CICA today, as of September 2025' }),
    ).toBeVisible();
    const members = glanceLine(reader, 'Member states');
    await expect(members).toContainText('28, unchanged since Kuwait joined in October 2022');
    await expect(glanceLine(reader, 'Chair')).toContainText('Azerbaijan, since 17 December 2024');
    await expect(glanceLine(reader, 'Secretariat')).toContainText('Astana');
    await expect(page.locator('.masthead')).toContainText('CICA today, as of September 2025');

    // Action 2: the sources of the member count, with publisher, date and address as text.
    const sources = members.getByRole('button', { name: /^▸?\s*Sources \(\d+\)/ });
    await expect(sources).toHaveAttribute('aria-expanded', 'false');
    await sources.click();
    await expect(sources).toHaveAttribute('aria-expanded', 'true');
    const provenance = members.locator('.provenance');
    await expect(provenance).toContainText('Kuwait became the 28th member');
    await expect(provenance).toContainText(/High confidence; \d+ sources from \d+ independent/);
    await expect(provenance.locator('.url').first()).toHaveText(/^https?:\/\//);
    await expectNoWebLinks(panel);

    // One switch: the same lines for September 2001, dated, each citing the FAQ.
    await panel.getByRole('radio', { name: 'In September 2001 (the FAQ)' }).check();
    await expect(
      panel.getByRole('heading', { level: 2, name: 'CICA in September 2001' }),
    ).toBeVisible();
    await expect(panel.getByText(/These lines are as of September 2001/)).toBeVisible();
    const then = glanceLine(reader, 'Member states');
    await expect(then).toContainText('16');
    await expect(then.getByRole('link', { name: /^Source:/ }).first()).toHaveAttribute(
      'href',
      /^#\/faq\//,
    );
    await expect(glanceLine(reader, 'Chair')).toContainText('Kazakhstan');
    await expect(glanceLine(reader, 'Secretariat')).toContainText('Not mentioned in the FAQ');
  });

  test('Membership: the 28 of today with Kuwait, their sources, and the 16 of 2001', async ({
    reader,
  }) => {
    await reader.open();
    await reader.tab('Membership').click();
    const panel = reader.panel('Membership');
    const today = panel.getByRole('region', { name: 'Member states in September 2025 (28)' });
    await expect(dataRows(today.getByRole('table'))).toHaveCount(28);
    const kuwait = today.getByRole('row', { name: /^Kuwait/ });
    await expect(kuwait.getByRole('cell')).toHaveText('13 October 2022, the 28th member');

    const sources = today.getByRole('button', { name: /Sources \(\d+\)/ }).first();
    await sources.click();
    await expect(sources).toHaveAttribute('aria-expanded', 'true');
    await expect(today.locator('.provenance')).toContainText('CICA has 28 member states');

    await panel.getByRole('radio', { name: 'In September 2001 (the FAQ)' }).check();
    await expect(
      panel.getByRole('region', { name: 'Member states in September 2001 (16)' }),
    ).toBeVisible();
    await expect(panel.getByText(/These lists and counts are as of September 2001/)).toBeVisible();
    await expect(
      panel.getByRole('region', { name: 'Member states in September 2025 (28)' }),
    ).toHaveCount(0);
  });
});

test('a link to a line of CICA today shows today’s side, whichever was chosen', async ({
  reader,
  page,
}) => {
  await reader.open(undefined, '#/overview');
  const panel = reader.panel('Overview');
  await panel.getByRole('radio', { name: 'In September 2001 (the FAQ)' }).check();
  await expect(
    panel.getByRole('heading', { level: 2, name: 'CICA in September 2001' }),
  ).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/overview/today-chair'));
  await expect(panel.getByRole('radio', { name: 'Today (September 2025)' })).toBeChecked();
  const chair = panel.locator('[data-item="today-chair"]');
  await expect(chair).toHaveClass(/\bhighlight\b/);
  await expect(chair).toBeInViewport();
});

test.describe('Membership at a chosen date', () => {
  test('the switch works from the keyboard, and a year shows that year’s lists', async ({
    reader,
    page,
  }) => {
    await reader.open(undefined, '#/membership');
    const panel = reader.panel('Membership');
    const today = panel.getByRole('radio', { name: 'Today (September 2025)' });
    await expect(today).toBeChecked();
    await today.focus();
    await page.keyboard.press('ArrowRight');
    await expect(panel.getByRole('radio', { name: 'In September 2001 (the FAQ)' })).toBeChecked();
    await expect(
      panel.getByRole('region', { name: 'Observer states in September 2001 (10)' }),
    ).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(panel.getByRole('radio', { name: 'At the end of a year' })).toBeChecked();

    await panel.getByRole('combobox', { name: 'Year' }).selectOption('2010');
    const members = panel.getByRole('region', { name: 'Member states at the end of 2010 (22)' });
    await expect(dataRows(members.getByRole('table'))).toHaveCount(22);
    await expect(members.getByRole('row', { name: /^Iraq/ })).toContainText('8 June 2010');
    await expect(members.getByRole('row', { name: /^Bahrain/ })).toHaveCount(0);
    await expect(
      panel.getByRole('heading', { level: 2, name: 'Observers as listed in August 2008' }),
    ).toBeVisible();

    // Before the first later list, the view says so rather than guess.
    await panel.getByRole('combobox', { name: 'Year' }).selectOption('2003');
    await expect(
      panel.getByRole('region', { name: 'Member states at the end of 2003 (16)' }),
    ).toBeVisible();
    await expect(panel.getByText(/The later sources list no observers before/)).toBeVisible();
  });

  test('the admissions table gives order, state, date, place and earlier status', async ({
    reader,
  }) => {
    await reader.open(undefined, '#/membership/admission-kuwait');
    const table = reader
      .panel('Membership')
      .getByRole('region', { name: 'Admissions after 2001' })
      .getByRole('table');
    await expect(dataRows(table)).toHaveCount(12);
    const kuwait = table.getByRole('row', { name: /^28 Kuwait/ });
    await expect(kuwait).toHaveClass(/\bhighlight\b/);
    await expect(kuwait).toBeInViewport();
    await expect(kuwait.getByRole('rowheader')).toBeFocused();
    await expect(kuwait.getByRole('cell').nth(1)).toHaveText('13 October 2022');
    const thailand = table.getByRole('row', { name: /^17 Thailand/ });
    await expect(thailand.getByRole('cell').nth(3)).toContainText('yes');
  });

  test('the chart has a table for screen readers, from 16 to 28', async ({ reader }) => {
    await reader.open(undefined, '#/membership');
    const chart = reader.panel('Membership').getByRole('figure');
    await expect(chart.locator('svg')).toHaveAttribute('aria-hidden', 'true');
    const table = chart.getByRole('table', { name: 'Member states over time' });
    const rows = dataRows(table);
    await expect(rows.first().getByRole('cell').first()).toHaveText('16');
    await expect(rows.last()).toContainText('28');
    await expect(rows.last()).toContainText('Kuwait');
    await expect(chart).toContainText('from 4 June 2002 (16) to September 2025 (28)');
  });
});

test.describe('the timeline of both periods', () => {
  test('filters by kind, and a planned summit says so', async ({ reader }) => {
    await reader.open(undefined, '#/timeline');
    const panel = reader.panel('Timeline');
    const filter = panel.getByRole('group', { name: 'Show events of one kind' });
    const all = filter.getByRole('button', { name: /^All/ });
    await expect(all).toHaveAttribute('aria-pressed', 'true');
    const count = await panel.getByRole('article').count();
    await expect(panel.getByRole('time').first()).toHaveText('October 1992');
    await expect(panel.getByRole('time').last()).toHaveText('2026');

    const admissions = filter.getByRole('button', { name: /^Admissions/ });
    await admissions.click();
    await expect(admissions).toHaveAttribute('aria-pressed', 'true');
    await expect(all).toHaveAttribute('aria-pressed', 'false');
    await expect(panel.getByRole('article')).toHaveCount(12);
    await expect(panel.getByRole('status')).toHaveText('12 events: admissions');
    await expect(panel.getByRole('heading', { level: 2 }).last()).toHaveText(
      'Kuwait joins as the 28th member state',
    );

    await filter.getByRole('button', { name: /^Summits/ }).click();
    const summits = panel.getByRole('article');
    await expect(summits.first().getByRole('heading', { level: 2 })).toHaveText(
      /^Summit of the heads/,
    );
    await expect(summits.first().getByText('planned', { exact: true })).toBeVisible();
    const baku = summits.last();
    await expect(baku.getByRole('heading', { level: 2 })).toHaveText(/^Seventh summit/);
    await expect(baku.getByText('planned', { exact: true })).toBeVisible();
    await expect(baku.getByText('Baku', { exact: true })).toBeVisible();

    await all.click();
    await expect(panel.getByRole('article')).toHaveCount(count);
  });

  test('a link to an event shows it even when a filter hid it', async ({ reader, page }) => {
    await reader.open(undefined, '#/timeline');
    const panel = reader.panel('Timeline');
    await panel.getByRole('button', { name: /^Documents/ }).click();
    await page.evaluate(() => (window.location.hash = '#/timeline/joined-kuwait'));
    const kuwait = panel.getByRole('listitem').filter({ hasText: 'Kuwait joins' });
    await expect(kuwait).toHaveClass(/\bhighlight\b/);
    await expect(kuwait).toBeInViewport();
    await expect(panel.getByRole('button', { name: /^All/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

test.describe('sources one click away', () => {
  test('where sources differ, the claims, their sources and the reading chosen', async ({
    reader,
    page,
  }) => {
    await reader.open(undefined, '#/membership/admission-thailand');
    const row = reader.panel('Membership').getByRole('row', { name: /^17 Thailand/ });
    const button = row.getByRole('button', { name: /Sources \(\d+\), sources differ/ });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveAccessibleDescription('Thailand');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const panelId = await button.getAttribute('aria-controls');
    const sources = page.locator(`[id="${panelId}"]`);
    await expect(sources).toContainText('Thailand joined as the 17th member');
    await expect(sources).toContainText('Sources differ: Year Thailand joined.');
    await expect(sources.locator('.claims > li')).toHaveCount(3);
    await expect(sources.locator('.claims')).toContainText('China Daily');
    await expect(sources).toContainText(/Reading chosen: Most sources, including CICA's own/);
    await expectNoWebLinks(sources);

    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(sources).toHaveCount(0);
  });

  test('a single source says so', async ({ reader }) => {
    await reader.open(undefined, '#/bodies/head-jandos-asanov');
    const row = reader.panel('Bodies').getByRole('row', { name: /^Jandos Asanov/ });
    await row.getByRole('button', { name: 'Sources (1)' }).click();
    await expect(reader.panel('Bodies').locator('.provenance')).toContainText(
      'Single source; one source.',
    );
  });
});

test.describe('Bodies and Documents of both periods', () => {
  test('the chairmanship history marks the current chair', async ({ reader, page }) => {
    await reader.open(undefined, '#/bodies');
    const list = page.getByRole('navigation', { name: 'Bodies' });
    await list.getByRole('link', { name: /^Chairmanship/ }).click();
    const detail = reader.panel('Bodies').getByRole('article');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Chairmanship');
    const rows = dataRows(detail.getByRole('table'));
    await expect(rows).toHaveCount(6);
    await expect(rows.first().getByRole('rowheader')).toHaveText('Kazakhstan');
    await expect(rows.last().getByRole('rowheader')).toHaveText('Azerbaijan Current chair');
    await expect(detail.getByText('Current chair', { exact: true })).toHaveCount(1);
  });

  test('a renamed body stands beside the one of 2001, both ways', async ({ reader, page }) => {
    await reader.open(undefined, '#/bodies/summit');
    const detail = reader.panel('Bodies').getByRole('article');
    await expect(detail.getByText(/These facts are as of September 2001/)).toBeVisible();
    await detail.getByRole('link', { name: 'Council of Heads of State or Government' }).click();
    await expect(page).toHaveURL(/#\/bodies\/council-heads-of-state$/);
    const later = reader.panel('Bodies').getByRole('article');
    await expect(later.getByRole('heading', { level: 2 })).toHaveText(
      'Council of Heads of State or Government',
    );
    await expect(later).toContainText('After 2001 · from later sources up to September 2025');
    await expect(later.getByRole('heading', { level: 3, name: 'In September 2001' })).toBeVisible();
    await expect(later.getByRole('link', { name: /^Summit of the heads/ })).toHaveAttribute(
      'href',
      '#/bodies/summit',
    );
  });

  test('the Secretariat lists its heads, each with sources', async ({ reader, page }) => {
    await reader.open(undefined, '#/bodies/head-kairat-sarybay');
    await expect(page).toHaveTitle(
      'Kairat Sarybay (also Sarybai): Executive Director 2020-2022; Secretary General from 2022-10-13, 2020-09 to present (latest source Sept 2025) - Bodies - CICA Reference',
    );
    const detail = reader.panel('Bodies').getByRole('article');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText('CICA Secretariat');
    const row = detail.getByRole('row', { name: /^Kairat Sarybay/ });
    await expect(row).toHaveClass(/\bhighlight\b/);
    await expect(dataRows(detail.getByRole('table'))).toHaveCount(6);
  });

  test('the later documents are listed beside those of 2001', async ({ reader, page }) => {
    await reader.open(undefined, '#/documents/road-map-2023');
    const list = page.getByRole('navigation', { name: 'Documents' });
    await expect(
      list.getByRole('list', { name: 'In September 2001' }).getByRole('link'),
    ).toHaveCount(7);
    const later = list.getByRole('list', { name: 'After 2001, to September 2025' });
    await expect(later.getByRole('link', { name: /^Road Map/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(later.getByRole('link', { name: /^Astana Statement/ })).toBeVisible();
    const detail = reader.panel('Documents').getByRole('article');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
      'Road Map for CICA Transformation (2023)',
    );
    await expect(detail.getByRole('button', { name: /^▸?\s*Sources/ }).first()).toBeVisible();
  });
});

test.describe('Then and now', () => {
  test('compares September 2001 and September 2025 point by point, each side sourced', async ({
    reader,
    page,
  }) => {
    await reader.open();
    await reader.tab('Then and now').click();
    const panel = reader.panel('Then and now');
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Then and now');
    const table = panel.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText([
      'Point',
      'In September 2001 (the FAQ)',
      'In September 2025 (later sources)',
      // Each point's star, the column named for a screen reader only.
      'Bookmark',
    ]);
    await expect(dataRows(table)).toHaveCount(8);
    const members = table.getByRole('row', { name: /^Member states/ });
    await expect(members.getByRole('cell').first()).toContainText('16');
    await expect(members.getByRole('cell').nth(1)).toContainText('28');
    await members.getByRole('button', { name: /Sources/ }).click();
    await expect(members.locator('.provenance')).toContainText('CICA has 28 member states');

    // A claim the 2001 FAQ shares says so.
    const observers = table.getByRole('row', { name: /^Observer states/ });
    await observers.getByRole('button', { name: /sources differ/ }).click();
    await expect(observers.locator('.claims').filter({ hasText: 'Both listed' })).toContainText(
      'Both listed as observers in 2001 (the 2001 FAQ says so too)',
    );

    const chair = table.getByRole('row', { name: /^Chair/ });
    await expect(chair.getByRole('cell').nth(1)).toContainText('Azerbaijan');
    await chair
      .getByRole('cell')
      .first()
      .getByRole('link', { name: /^Source:/ })
      .first()
      .click();
    await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.highlight')).toHaveCount(1);
  });

  test('a link to a point highlights it', async ({ reader }) => {
    await reader.open(undefined, '#/compare/compare-secretariat');
    const row = reader.panel('Then and now').getByRole('row', { name: /^Secretariat/ });
    await expect(row).toHaveClass(/\bhighlight\b/);
    await expect(row.getByRole('rowheader')).toBeFocused();
    await expect(row).toContainText('Astana');
  });
});

test('each view’s masthead line says what it covers and as of when', async ({ reader, page }) => {
  const lines = [
    ['FAQ', 'The FAQ as published in September 2001'],
    ['Overview', 'CICA today, as of September 2025'],
    ['Membership', 'Members and observers as of September 2025 or of September 2001'],
    ['Bodies', 'The bodies of September 2001, and those after it up to September 2025'],
    ['Documents', 'The documents of September 2001, and those after it up to September 2025'],
    ['Timeline', 'From October 1992 to 2026'],
    ['Then and now', 'September 2001 beside September 2025'],
  ] as const;
  await reader.open();
  for (const [tab, line] of lines) {
    await reader.tab(tab).click();
    await expect(page.locator('.masthead strong')).toHaveText(line);
  }
  await reader.searchBox.fill('summit');
  await expect(page.locator('.masthead strong')).toHaveText(
    'Search covers the FAQ of September 2001 and later sources up to September 2025',
  );
});

test('every item after 2001 opens from a link, in its view, with the focus on it', async ({
  reader,
  page,
}) => {
  test.setTimeout(120_000);
  await reader.open();
  for (const [table, section] of Object.entries(SECTION_OF_TABLE)) {
    expect(later[table]!.length, table).toBeGreaterThan(0);
    for (const { id } of later[table]!) {
      const hash = `#/${section}/${id}`;
      await page.evaluate((h) => (window.location.hash = h), hash);
      const panel = page.locator(`#panel-${section}`);
      const item = panel.locator(`[data-item="${id}"]`);
      await expect(item, hash).toHaveCount(1);
      await expect(item, hash).toBeInViewport();
      // The item's heading (or row header) takes the focus, as for the items of 2001.
      await expect(item.locator(':focus').or(item.and(page.locator(':focus'))), hash).toHaveCount(
        1,
      );
      await expect(page.getByRole('heading', { name: 'Not found' }), hash).toHaveCount(0);
    }
  }
});
