import type { Page } from '@playwright/test';
import { expect, test, type ReaderPage } from './reader-page';

// WCAG 2.2 1.4.4 (text resized to 200%) and 1.4.10 (reflow): at every window
// size and text size, the pinned part of the page leaves most of the window to
// the reading area, nothing scrolls sideways, and an opened item is on screen.

const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
  { width: 390, height: 844 },
] as const;

/** The app's own text size (Menu, Ctrl/Cmd +) or the browser's default font size doubled. */
const TEXT = [
  { name: '100%', zoom: 1, browserFont: 16 },
  { name: '200%', zoom: 2, browserFont: 16 },
  { name: 'browser 200%', zoom: 1, browserFont: 32 },
] as const;

/** The smallest share of the window's height left to the reading area. */
const READING_SHARE = 0.7;

const STORAGE_KEY = 'cica-reference:preferences';

async function setTextSize(page: Page, zoom: number, browserFont: number): Promise<void> {
  // The stored preference, as the Menu would have saved it.
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [STORAGE_KEY, JSON.stringify({ theme: 'system', zoom })],
  );
  if (browserFont !== 16) {
    // The browser's own setting (chrome://settings/fonts), which the page's rem sizes follow.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: browserFont } });
  }
}

/** How far the page scrolls sideways, in CSS px (0 when it does not). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/**
 * The height covered at the top of the window by whatever stays put (sticky
 * or fixed) once the page is scrolled to the end, whatever the page calls it.
 */
async function pinnedHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const before = window.scrollY;
    window.scrollTo(0, document.documentElement.scrollHeight);
    let bottom = 0;
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const { position } = getComputedStyle(element);
      if (position !== 'sticky' && position !== 'fixed') continue;
      const box = element.getBoundingClientRect();
      if (box.height > 0 && box.top <= 1) bottom = Math.max(bottom, box.bottom);
    }
    window.scrollTo(0, before);
    return bottom;
  });
}

/** The box of the pinned bar as it is now, to check nothing opened sits under it. */
function barBottom(reader: ReaderPage): Promise<number> {
  return reader.tablist.evaluate(
    (tabs) => tabs.closest('.toolbar')!.getBoundingClientRect().bottom,
  );
}

for (const { width, height } of SIZES) {
  for (const text of TEXT) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${width}x${height}, text ${text.name}, ${scheme}: the declaration opens on screen, nothing sideways`, async ({
        reader,
        page,
      }) => {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        await setTextSize(page, text.zoom, text.browserFont);
        await reader.open(undefined, '#/documents/declaration');
        const panel = reader.panel('Documents');
        const heading = panel.getByRole('heading', {
          level: 2,
          name: /^Declaration of principles/,
        });
        await expect(heading).toBeFocused();
        expect(await reader.rootStyle('fontSize')).toBe(
          `${16 * text.zoom * (text.browserFont / 16)}px`,
        );

        expect(await horizontalOverflow(page), 'horizontal overflow in px').toBeLessThanOrEqual(0);

        // The opened document: its heading below the pinned bar, its first line of content on screen.
        const bar = await barBottom(reader);
        const headingBox = (await heading.boundingBox())!;
        expect(headingBox.y, 'heading top against the bar').toBeGreaterThanOrEqual(bar);
        const date = panel.getByRole('definition').first();
        await expect(date).toHaveText('14 September 1999');
        const dateBox = (await date.boundingBox())!;
        expect(
          dateBox.y + dateBox.height,
          'first content line against the window',
        ).toBeLessThanOrEqual(height);

        // The selected tab is in sight inside its strip, however narrow.
        const strip = (await reader.tablist.boundingBox())!;
        const tab = (await reader.tab('Documents').boundingBox())!;
        expect(tab.x).toBeGreaterThanOrEqual(strip.x - 1);
        expect(tab.x + tab.width).toBeLessThanOrEqual(strip.x + strip.width + 1);

        await page.screenshot({
          path: test
            .info()
            .outputPath(
              `declaration-${width}x${height}-${text.name.replace(' ', '-')}-${scheme}.png`,
            ),
        });

        const pinned = await pinnedHeight(page);
        const share = (height - pinned) / height;
        test.info().annotations.push({
          type: 'reading area',
          description: `${Math.round(share * 100)}% (pinned ${Math.round(pinned)} px of ${height})`,
        });
        expect(share, `reading area share (pinned ${pinned} px)`).toBeGreaterThanOrEqual(
          READING_SHARE,
        );
      });
    }
  }
}

test('no view scrolls sideways at 320 CSS px, nor at 390 px with 200% text', async ({
  reader,
  page,
}) => {
  for (const [width, zoom] of [
    [320, 1],
    [390, 2],
  ] as const) {
    await page.setViewportSize({ width, height: 640 });
    await setTextSize(page, zoom, 16);
    await reader.open();
    await page.reload();
    expect(await reader.rootStyle('fontSize')).toBe(`${16 * zoom}px`);
    for (const hash of [
      '#/faq',
      '#/overview',
      '#/membership',
      // The lists of September 2001: tables that scroll in their own box.
      '#/membership/member-states',
      '#/bodies/cg',
      '#/documents/declaration',
      '#/timeline',
    ]) {
      await reader.open(undefined, hash);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(
        await horizontalOverflow(page),
        `${hash} at ${width} px, text ${zoom * 100}%`,
      ).toBeLessThanOrEqual(0);
    }
    await reader.searchBox.fill('contact group');
    await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible();
    expect(await horizontalOverflow(page), `search results at ${width} px`).toBeLessThanOrEqual(0);
  }
});

test('every view has the same column, its name as its heading and Copy in the same place', async ({
  reader,
}) => {
  await reader.open();
  const places: string[] = [];
  for (const name of ['FAQ', 'Overview', 'Membership', 'Bodies', 'Documents', 'Timeline']) {
    await reader.tab(name).click();
    const panel = reader.panel(name);
    const heading = panel.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(name);
    const copy = panel.getByRole('button', { name: /^Copy / }).first();
    const [h, c, p] = await Promise.all([
      heading.boundingBox(),
      copy.boundingBox(),
      panel.boundingBox(),
    ]);
    // The page is at its top after each tab: compare positions on the page.
    places.push(
      JSON.stringify({
        panel: [p!.x, p!.width],
        heading: [h!.x, h!.y],
        copyRight: c!.x + c!.width,
      }),
    );
  }
  expect(new Set(places).size, places.join('\n')).toBe(1);
});

test('a tab keeps its width when selected', async ({ reader }) => {
  await reader.open();
  const widths = () =>
    reader.tablist
      .getByRole('tab')
      .evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().width));
  const before = await widths();
  await reader.tab('Membership').click();
  await expect(reader.tab('Membership')).toHaveAttribute('aria-selected', 'true');
  expect(await widths()).toEqual(before);
});

test('a FAQ question’s number stands level with its first line, the lines beside it', async ({
  reader,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await reader.open(undefined, '#/faq');
  const heading = reader.questions.nth(2).getByRole('heading', { level: 2 });
  const [number, words] = await heading.evaluate((h) =>
    [...h.children].map((child) => {
      const box = child.getBoundingClientRect();
      return { top: box.top, left: box.left, right: box.right, height: box.height };
    }),
  );
  expect(words!.height, 'the question wraps at this width').toBeGreaterThan(number!.height * 1.5);
  expect(Math.abs(number!.top - words!.top)).toBeLessThanOrEqual(1);
  // A hanging number: the wrapped lines start where the first did, right of the number.
  expect(words!.left).toBeGreaterThan(number!.right);
});

test('a correction reads as an editor’s note, not as a spelling error', async ({
  reader,
  page,
}) => {
  await reader.open(undefined, '#/membership/international-organizations');
  const correction = page.getByText('[corrected: League of Arab States]');
  await expect(correction).toBeVisible();
  const style = await correction.evaluate((el) => {
    const published = el.parentElement!.querySelector('.published')!;
    const styles = getComputedStyle(el);
    return {
      fontStyle: styles.fontStyle,
      publishedDecoration: getComputedStyle(published).textDecorationLine,
    };
  });
  expect(style).toEqual({ fontStyle: 'italic', publishedDecoration: 'none' });
});

test.describe('toasts', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('a toast goes after 4 seconds', async ({ reader, page }) => {
    await page.clock.install();
    await reader.open(undefined, '#/membership');
    await page.getByRole('button', { name: 'Copy the membership' }).click();
    const toast = reader.announcement('Copied');
    await expect(toast).toHaveText('Copied CICA participants as rich text');
    await page.clock.runFor(3000);
    await expect(toast).toBeVisible();
    await page.clock.runFor(1100);
    await expect(toast).toHaveCount(0);
  });

  test('a toast goes with its view', async ({ reader, page }) => {
    await reader.open(undefined, '#/membership');
    await page.getByRole('button', { name: 'Copy the membership' }).click();
    await expect(reader.announcement('Copied')).toBeVisible();
    await reader.tab('Bodies').click();
    await expect(reader.announcement('Copied')).toHaveCount(0);
  });
});

// Issue 10: fewer Copy buttons. With a pointer that hovers, the FAQ's 33 answers
// show their controls only when pointed at, focused or opened.
test.describe('the answers’ own controls', () => {
  const controls = (page: Page, id: string) =>
    page.locator(`#faq-${id} .item-header .copy-controls`);
  const opacity = (page: Page, id: string) =>
    controls(page, id).evaluate((element) => getComputedStyle(element).opacity);

  test('show on the opened answer, on the one pointed at, and on the one with the focus', async ({
    reader,
    page,
  }) => {
    await reader.open(undefined, '#/faq/when-the-contact-group-was-created');
    await expect.poll(() => opacity(page, 'when-the-contact-group-was-created')).toBe('1');
    await expect.poll(() => opacity(page, 'what-is-the-aim-of-the-group')).toBe('0');
    await page.locator('#faq-what-is-the-aim-of-the-group').hover();
    await expect.poll(() => opacity(page, 'what-is-the-aim-of-the-group')).toBe('1');
    await page.mouse.move(0, 0);
    await controls(page, 'when-was-it-adopted').getByRole('button', { name: /^Copy/ }).focus();
    await expect.poll(() => opacity(page, 'when-was-it-adopted')).toBe('1');
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

    test('are always shown', async ({ reader, page }) => {
      await reader.open(undefined, '#/faq');
      await expect.poll(() => opacity(page, 'what-is-the-aim-of-the-group')).toBe('1');
    });
  });
});
