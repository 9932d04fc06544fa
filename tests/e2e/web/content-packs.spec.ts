import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test, WEB_EDITION } from './reader-page';

// The development copy trusts the committed test key, which signs the packs
// made here; the web edition proper (out/web) trusts only the release keys.
const DEV_EDITION = resolve(__dirname, '../../../out/web-dev/index.html');
const ROOT = resolve(__dirname, '../../..');
const TEST_KEY_ID = 'a1b8dace7bcadc89';

let goodPack: string;
let tamperedPack: string;

test.beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'cica-packs-'));
  goodPack = join(dir, 'cica-2.cicapack');
  execFileSync('npx', ['tsx', 'tests/helpers/make-pack-file.ts', goodPack, '2', '1'], {
    cwd: ROOT,
  });
  // One letter of "what's new" changed: the manifest no longer matches its signature.
  const bytes = readFileSync(goodPack);
  const at = bytes.indexOf('Edition 2: 1 more event.');
  bytes[at] = 'e'.charCodeAt(0);
  tamperedPack = join(dir, 'cica-2-tampered.cicapack');
  writeFileSync(tamperedPack, bytes);
});

/** Opens a pack file through Menu > Content packs > Open a pack file…, as a reader does. */
async function openPackFile(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('button', { name: 'Content packs' }).click();
  const packs = page.getByRole('dialog', { name: 'Content packs' });
  await expect(packs).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await packs.getByRole('button', { name: 'Open a pack file…' }).click();
  await (await chooser).setFiles(file);
}

test('a signed pack with an extra event is checked, described, opened and shown', async ({
  reader,
  page,
}) => {
  await reader.open(DEV_EDITION, '#/timeline');
  await expect(page.getByText('Test event 1 of edition 2')).toHaveCount(0);
  await openPackFile(page, goodPack);

  const offer = page.getByRole('dialog', { name: 'Install this content pack?' });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('cica-2.cicapack');
  await expect(offer).toContainText('2, published 2026-11-28');
  await expect(offer).toContainText('Edition 2: 1 more event.');
  await expect(offer.getByRole('listitem')).toHaveText(['+1 event']);
  await expect(offer).toContainText(TEST_KEY_ID);
  await page.screenshot({ path: test.info().outputPath('pack-offer.png') });
  await offer.getByRole('button', { name: 'Open this pack' }).click();

  // The reference reloads at the same place, with the new event.
  await expect(reader.announcement('Installed edition 2.')).toBeVisible();
  await expect(reader.panel('Timeline')).toBeVisible();
  await expect(page.getByText('Test event 1 of edition 2').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('pack-opened.png') });

  // Content packs lists both; the reader goes back to the page's own.
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('button', { name: 'Content packs' }).click();
  const packs = page.getByRole('dialog', { name: 'Content packs' });
  await expect(packs.getByRole('heading', { level: 3 })).toHaveText([
    'Edition 2 · Opened In use',
    'Edition 1 · Bundled pack',
  ]);
  await page.screenshot({ path: test.info().outputPath('packs-list.png') });
  await packs.getByRole('button', { name: 'Go back to the bundled pack' }).click();
  await expect(reader.announcement('Now using the bundled pack (edition 1).')).toBeVisible();
  await expect(page.getByText('Test event 1 of edition 2')).toHaveCount(0);
});

test('a tampered copy is refused with the reason, and the reference goes on', async ({
  reader,
  page,
}) => {
  await reader.open(DEV_EDITION, '#/timeline');
  await openPackFile(page, tamperedPack);
  const refused = page.getByRole('dialog', { name: 'Content pack refused' });
  await expect(refused).toBeVisible();
  await expect(refused.getByRole('alert')).toHaveText(
    `cica-2-tampered.cicapack was not opened: manifest.sig: the signature does not match manifest.json for key ${TEST_KEY_ID} (CICA Reference TEST key (development builds and tests only))`,
  );
  await expect(refused.getByRole('button', { name: 'Open this pack' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('pack-refused.png') });
  await refused.getByRole('button', { name: 'Close' }).click();
  await expect(reader.panel('Timeline')).toBeVisible();
  await expect(page.getByText('Test event 1 of edition 2')).toHaveCount(0);
});

test('Ctrl+O opens the file chooser for a pack file', async ({ reader, page }) => {
  await reader.open(DEV_EDITION);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+O');
  await (await chooser).setFiles(goodPack);
  await expect(page.getByRole('dialog', { name: 'Install this content pack?' })).toBeVisible();
});

test('the web edition proper does not trust the test key', async ({ reader, page }) => {
  await reader.open(WEB_EDITION);
  await openPackFile(page, goodPack);
  await expect(
    page.getByRole('dialog', { name: 'Content pack refused' }).getByRole('alert'),
  ).toHaveText(
    `cica-2.cicapack was not opened: manifest.sig: signed by key ${TEST_KEY_ID}, which this app does not trust`,
  );
});

test('a pack file dropped on the page is offered; any other file is not opened', async ({
  reader,
  page,
}) => {
  // Hands the page a whole pack (1.3 MB, as a list of numbers) and has it
  // checked in full: seconds on a busy machine.
  test.setTimeout(120_000);
  await reader.open(DEV_EDITION, '#/membership');
  const drop = async (name: string, bytes: number[]) =>
    page.evaluate(
      ([fileName, content]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(content)], fileName));
        document.body.dispatchEvent(
          new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      },
      [name, bytes] as const,
    );
  await drop('notes.txt', [104, 105]);
  await expect(
    reader.announcement('notes.txt is not a content pack (.cicapack); nothing opened.'),
  ).toBeVisible();
  await drop('cica-2.cicapack', [...readFileSync(goodPack)]);
  await expect(page.getByRole('dialog', { name: 'Install this content pack?' })).toBeVisible({
    timeout: 60_000,
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test.describe.configure({ timeout: 120_000 });

    test('the content pack dialogs have no WCAG 2.2 AA violations', async ({ reader, page }) => {
      await reader.open(DEV_EDITION);
      await openPackFile(page, goodPack);
      await expect(page.getByRole('dialog', { name: 'Install this content pack?' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`offer-${scheme}.png`) });
      await page.getByRole('button', { name: 'Open this pack' }).click();
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      await page.getByRole('button', { name: 'Content packs' }).click();
      await expect(page.getByRole('dialog', { name: 'Content packs' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`packs-${scheme}.png`) });
    });
  });
}

test.describe('at 390 px wide', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the dialogs fit without sideways scrolling', async ({ reader, page }) => {
    await reader.open(DEV_EDITION);
    await openPackFile(page, goodPack);
    const offer = page.getByRole('dialog', { name: 'Install this content pack?' });
    await expect(offer).toBeVisible();
    const overflow = () =>
      page.evaluate(() => {
        const dialog = document.querySelector('dialog[open]')!;
        return dialog.scrollWidth - dialog.clientWidth;
      });
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath('offer-390.png') });
    await offer.getByRole('button', { name: 'Open this pack' }).click();
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('button', { name: 'Content packs' }).click();
    await expect(page.getByRole('dialog', { name: 'Content packs' })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath('packs-390.png') });
  });
});
