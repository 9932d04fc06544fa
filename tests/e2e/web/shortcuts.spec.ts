import { readFileSync } from 'node:fs';
import { COMMANDS, allKeys, describeKeys, type MenuId } from '../../../src/shared/commands';
import { SECTIONS } from '../../../src/shared/sections';
import { expect, test, WEB_EDITION, readClipboard, escapeRegExp } from './reader-page';

const pkg = JSON.parse(readFileSync(`${__dirname}/../../../package.json`, 'utf8'));

/** The manifest of the pack the web edition carries, as the page itself reads it. */
function inlinedManifest() {
  const html = readFileSync(WEB_EDITION, 'utf8');
  const json = html.match(/<script type="application\/json" id="cica-pack">([\s\S]*?)<\/script>/);
  const pack = JSON.parse(json![1]!) as { files: Record<string, string> };
  return JSON.parse(pack.files['manifest.json']!);
}

const MENU_TITLES: Record<MenuId, string> = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  go: 'Go',
  tools: 'Tools',
  help: 'Help',
};

/** The citation every copy and save ends with, for a given deep link. */
/** The citation of a copy: of the FAQ alone, or of both sources when the copy holds facts after 2001. */
function citation(link: string, both = false): RegExp {
  const sources = both
    ? 'Sources: Embassy of the Republic of Kazakhstan, .* as of September 2001; and compiled for CICA Reference from 149 public web pages, .* as of September 2025(?: .*)?'
    : 'Source: Embassy of the Republic of Kazakhstan, .* as of September 2001';
  return new RegExp(
    `${sources}\\. CICA Reference \\d+\\.\\d+\\.\\d+, data pack [0-9a-f]{12}, ${escapeRegExp(link)} \\(accessed \\d{4}-\\d{2}-\\d{2}\\)\\.`,
  );
}

test.describe('the keyboard shortcuts panel', () => {
  test('F1 opens it; Escape closes it and gives the focus back', async ({ reader, page }) => {
    await reader.open();
    const panel = reader.dialog('Keyboard shortcuts');
    await expect(panel).toBeHidden();
    await reader.tab('FAQ').focus();
    await page.keyboard.press('F1');
    await expect(panel).toBeVisible();
    // Modal: the focus is inside it.
    await expect(panel.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(reader.tab('FAQ')).toBeFocused();
  });

  test('Ctrl+/ opens it; its Close button closes it and gives the focus back', async ({
    reader,
    page,
  }) => {
    await reader.open(undefined, '#/timeline');
    await reader.searchBox.focus();
    await page.keyboard.press('Control+/');
    const panel = reader.dialog('Keyboard shortcuts');
    await expect(panel).toBeVisible();
    await expect(reader.searchBox).toHaveValue('');
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    await expect(reader.searchBox).toBeFocused();
  });

  test('the Shortcuts button opens it and gets the focus back', async ({ reader, page }) => {
    await reader.open();
    await reader.openMenu();
    await page.getByRole('button', { name: 'Shortcuts' }).click();
    await expect(reader.dialog('Keyboard shortcuts')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(reader.dialog('Keyboard shortcuts')).toBeHidden();
    // The Menu closed as the dialog opened: the focus goes back to its button.
    await expect(reader.menuButton).toBeFocused();
    await expect(reader.menuButton).toHaveAttribute('aria-expanded', 'false');
  });

  test('it lists every command that has keys, with its label and keys', async ({
    reader,
    page,
  }) => {
    await reader.open();
    await page.keyboard.press('F1');
    const panel = reader.dialog('Keyboard shortcuts');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('table')).toHaveCount(7);
    await expect(panel.getByRole('table', { name: 'Moving around' })).toBeVisible();

    const withKeys = COMMANDS.filter((command) => allKeys(command, false).length > 0);
    expect(withKeys.length).toBeGreaterThanOrEqual(15);
    for (const [menu, title] of Object.entries(MENU_TITLES)) {
      const table = panel.getByRole('table', { name: title, exact: true });
      const commands = withKeys.filter((command) => command.menu === menu);
      await expect(table.getByRole('row'), `rows of ${title}`).toHaveCount(commands.length);
      for (const command of commands) {
        // "Save as Markdown…" may drop its ellipsis: there is no dialog behind a shortcut.
        const label = new RegExp(`^${escapeRegExp(command.label.replace(/…$/, ''))}…?$`);
        const row = table
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: label }) });
        await expect(row, `${command.id} in ${title}`).toHaveCount(1);
        const keys = allKeys(command, false).map((keys) => describeKeys(keys, false));
        await expect(row.locator('kbd'), `keys of ${command.id}`).toHaveText(keys);
      }
    }
  });

  test('a command with several keys reads "Ctrl+K or /"', async ({ reader, page }) => {
    // What a screen reader reads (Svelte trims the spaces of a literal " or " in markup).
    await reader.open();
    await page.keyboard.press('F1');
    const panel = reader.dialog('Keyboard shortcuts');
    const find = panel
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^Search the reference/ }) });
    await expect(find.getByRole('cell')).toHaveText('Ctrl+K or /');
  });
});

test('Ctrl+1 to Ctrl+6 switch tabs, from anywhere, the search box too', async ({
  reader,
  page,
}) => {
  await reader.open();
  await reader.tab('FAQ').focus();
  for (const index of [5, 3, 1, 4, 2, 0]) {
    const section = SECTIONS[index]!;
    await page.keyboard.press(`Control+${index + 1}`);
    await expect(reader.tab(section.label)).toHaveAttribute('aria-selected', 'true');
    await expect(reader.panel(section.label)).toBeVisible();
  }
  // From a search: the results give way to the tab.
  await reader.searchBox.fill('declaration');
  await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible();
  await page.keyboard.press('Control+3');
  await expect(reader.tab('Membership')).toHaveAttribute('aria-selected', 'true');
  await expect(reader.panel('Membership')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Search results' })).toBeHidden();
});

test('Ctrl+K and "/" go to the search, Ctrl+F to find in the page; "/" in the search is typed', async ({
  reader,
  page,
}) => {
  await reader.open();
  await reader.tab('FAQ').focus();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('textbox', { name: 'Find in page' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Find in page' })).toBeHidden();

  await reader.tab('FAQ').focus();
  await page.keyboard.press('/');
  await expect(reader.searchBox).toBeFocused();
  // The "/" that brought the reader here is not typed into the box.
  await expect(reader.searchBox).toHaveValue('');
  // In the box, "/" is a character like any other.
  await page.keyboard.type('and/or');
  await expect(reader.searchBox).toHaveValue('and/or');
  await expect(reader.searchBox).toBeFocused();

  // Ctrl+K selects what is there, so typing replaces the last search.
  await reader.tab('FAQ').focus();
  await page.keyboard.press('Control+k');
  await expect(reader.searchBox).toBeFocused();
  await page.keyboard.type('summit');
  await expect(reader.searchBox).toHaveValue('summit');
});

test.describe('copy and save from the keyboard', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('Ctrl+Shift+C copies the open tab with its citation', async ({ reader, page }) => {
    await reader.open(undefined, '#/membership');
    await reader.tab('Membership').focus();
    await page.keyboard.press('Control+Shift+C');
    await expect(reader.announcement('Copied')).toHaveText(/^Copied .+ as rich text$/);
    const clipboard = await readClipboard(page);
    expect(Object.keys(clipboard).sort()).toEqual(['text/html', 'text/plain']);
    expect(clipboard['text/plain']).toContain('Kazakhstan');
    // The Membership tab holds today's members too: its copy cites both sources.
    expect(clipboard['text/plain']!.replace(/\s+/g, ' ')).toMatch(
      citation('cica://membership', true),
    );
    expect(clipboard['text/html']!.replace(/\s+/g, ' ')).toMatch(
      citation('cica://membership', true),
    );
  });

  test('Ctrl+Shift+C in a search copies the results, cited by their query', async ({
    reader,
    page,
  }) => {
    await reader.open();
    await reader.searchBox.fill('contact group');
    await expect(
      page.getByRole('region', { name: 'Search results' }).getByRole('status'),
    ).toHaveText(/results? for “contact group”/);
    await page.keyboard.press('Control+Shift+C');
    await expect(reader.announcement('Copied')).toHaveText(
      /^Copied Search results for “contact group” \(\d+\) as rich text$/,
    );
    const clipboard = await readClipboard(page);
    expect(clipboard['text/plain']!.replace(/\s+/g, ' ')).toMatch(
      citation('cica://search?q=contact%20group', true),
    );
  });

  test('Ctrl+Shift+M copies the open item as Markdown alone', async ({ reader, page }) => {
    await reader.open(undefined, '#/documents/almaty-act');
    await expect(page.getByRole('heading', { level: 2, name: 'Almaty act' })).toBeVisible();
    await page.keyboard.press('Control+Shift+M');
    await expect(reader.announcement('Copied')).toHaveText('Copied Almaty act as Markdown');
    const clipboard = await readClipboard(page);
    expect(Object.keys(clipboard)).toEqual(['text/plain']);
    expect(clipboard['text/plain']).toMatch(/^# Almaty act\n/);
    expect(clipboard['text/plain']!.replace(/\s+/g, ' ')).toMatch(
      citation('cica://documents/almaty-act'),
    );
  });

  test('Ctrl+S saves the open item as a Markdown file ending with its citation', async ({
    reader,
    page,
  }) => {
    await reader.open(undefined, '#/documents/almaty-act');
    await expect(page.getByRole('heading', { level: 2, name: 'Almaty act' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^cica-.*almaty-act.*\.md$/);
    const markdown = readFileSync(await file.path(), 'utf8');
    expect(markdown).toMatch(/^# Almaty act\n/);
    const lastParagraph = markdown
      .trim()
      .split(/\n\s*\n/)
      .pop()!;
    expect(lastParagraph.replace(/\s+/g, ' ')).toMatch(
      new RegExp(`${citation('cica://documents/almaty-act').source}\\W*$`),
    );
    await expect(reader.announcement('Saved')).toContainText('Almaty act');
  });

  test('Ctrl+P prints', async ({ reader, page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await reader.open();
    await reader.tab('FAQ').focus();
    await page.keyboard.press('Control+p');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1);
  });
});

test('Alt+Left and Alt+Right go back and forward, even from the tab strip', async ({
  reader,
  page,
}) => {
  await reader.open();
  // Not in strip order, so that history and the strip's own arrows differ.
  await reader.tab('Timeline').click();
  await reader.tab('Membership').click();
  await expect(reader.tab('Membership')).toBeFocused();

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(reader.tab('Timeline')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(reader.tab('Timeline')).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/#\/timeline$/);
});

test.describe('the About dialog', () => {
  test('shows the app version, the pack version and the edition', async ({ reader, page }) => {
    const manifest = inlinedManifest();
    await reader.open();
    await reader.openMenu();
    await page.getByRole('button', { name: 'About' }).click();
    const about = reader.dialog('About CICA Reference');
    await expect(about).toBeVisible();
    await expect(about).toContainText(`CICA Reference ${pkg.version}`);
    await expect(about).toContainText(manifest.version);
    // Both sources, each with its own date, and the edition as the latest month they cover.
    await expect(about).toContainText('Source, as of September 2001');
    await expect(about).toContainText('Source, as of September 2025');
    await expect(about).toContainText('Sources up to September 2025');
    for (const source of [manifest.sources.faq, manifest.sources.since2001]) {
      await expect(about).toContainText(source.publisher);
      await expect(about).toContainText(source.sha256);
    }
    expect(manifest.edition.label).toBe('September 2025');
  });

  test('lists the third-party software in the page, each with its licence text', async ({
    reader,
    page,
  }) => {
    await reader.open();
    await reader.openMenu();
    await page.getByRole('button', { name: 'About' }).click();
    const about = reader.dialog('About CICA Reference');
    await about.getByText('Third-party software and licences').click();
    const notices = about.locator('.notices pre');
    await expect(notices).toBeVisible();
    for (const bundled of ['lunr 2.3.9 (MIT)', 'svelte ', 'valibot ', 'escape-html 1.0.3 (MIT)'])
      await expect(notices).toContainText(bundled);
    await expect(notices).toContainText('Permission is hereby granted, free of charge');
  });

  test('command keys do nothing while it is open', async ({ reader, page }) => {
    await reader.open();
    await reader.tab('Overview').click();
    await reader.openMenu();
    await page.getByRole('button', { name: 'About' }).click();
    const about = reader.dialog('About CICA Reference');
    await expect(about).toBeVisible();

    for (const keys of [
      'Control+3',
      'Control+=',
      'Control+k',
      '/',
      'F1',
      'Control+/',
      'Alt+ArrowLeft',
    ]) {
      await page.keyboard.press(keys);
    }
    // Each of those would have shown itself by now: a tab, a size, the search, a panel.
    await expect(about).toBeVisible();
    await expect(reader.dialog('Keyboard shortcuts')).toBeHidden();
    await expect(reader.tab('Overview')).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/#\/overview$/);
    expect(await reader.rootStyle('fontSize')).toBe('16px');
    await expect(reader.searchBox).not.toBeFocused();

    await page.keyboard.press('Escape');
    await expect(about).toBeHidden();
    await expect(reader.menuButton).toBeFocused();
    // And once it is closed, they work again.
    await page.keyboard.press('Control+3');
    await expect(reader.tab('Membership')).toHaveAttribute('aria-selected', 'true');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the dialogs, ${scheme}`, async ({ reader, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await reader.open();
    await page.keyboard.press('F1');
    await expect(reader.dialog('Keyboard shortcuts')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`shortcuts-${scheme}.png`) });
    await page.keyboard.press('Escape');
    await reader.openMenu();
    await page.getByRole('button', { name: 'About' }).click();
    await expect(reader.dialog('About CICA Reference')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`about-${scheme}.png`) });
    // At the largest text size the panel must still be readable: it scrolls, nothing is cut.
    await page.keyboard.press('Escape');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+=');
    await reader.openMenu();
    await expect(page.getByRole('button', { name: 'Text size 200%: reset to 100%' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await expect(reader.dialog('Keyboard shortcuts')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`shortcuts-${scheme}-200.png`) });
  });
}
