import { expect, test } from './reader-page';

test('shows all 33 questions of the FAQ with the edition', async ({ reader, page }) => {
  await reader.open();
  await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');
  await expect(reader.questions).toHaveCount(33);
  await expect(
    page.getByRole('heading', { level: 2, name: /What is the CICA and why/ }),
  ).toBeVisible();
  // The masthead says what the view covers, and as of when.
  await expect(page.locator('.masthead')).toContainText(
    'The FAQ as published in September 2001, by the Embassy of the Republic of Kazakhstan',
  );
  await expect(page.locator('.masthead')).toContainText('it says nothing of CICA after that date');
  const contents = page.getByRole('navigation', { name: 'Questions' });
  await expect(contents.getByRole('link')).toHaveCount(33);
  await page.screenshot({ path: test.info().outputPath('faq.png') });
});

test('renders the source’s lists as lists', async ({ reader, page }) => {
  await reader.open();
  const members = page.getByRole('article', { name: 'Which countries are members of the CICA?' });
  await expect(members.getByRole('listitem')).toHaveCount(16);
  await expect(members.getByRole('listitem').first()).toHaveText(
    'The Islamic State of Afghanistan;',
  );
  const observers = page.getByRole('article', { name: /observer status/ });
  await expect(observers.getByRole('listitem')).toHaveCount(10);
  // Ordered lists keep their published numbers, the misprint shown with its correction.
  await expect(observers.getByRole('listitem').first()).toHaveText('I.[corrected: 1.] Australia;');
  await expect(observers.getByRole('listitem').nth(1)).toHaveText(
    '2. The Socialist Republic of Vietnam;',
  );
});

test('the question that follows an answer without a blank line is its own entry', async ({
  reader,
  page,
}) => {
  await reader.open();
  const entry = page.getByRole('article', { name: /What issues all CICA participants/ });
  await expect(entry.getByRole('listitem')).toHaveCount(3);
  const tactics = page.getByRole('article', { name: /What tactics are used/ });
  await expect(tactics).not.toContainText('What issues');
});

test('tabs work from the keyboard', async ({ reader, page }) => {
  await reader.open();
  await reader.tab('FAQ').focus();
  await page.keyboard.press('ArrowRight');
  await expect(reader.tab('Overview')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(reader.tab('Membership')).toBeFocused();
  await expect(reader.tab('Membership')).toHaveAttribute('aria-selected', 'true');
  await expect(reader.panel('Membership')).toBeVisible();
  await expect(reader.panel('FAQ')).toBeHidden();

  await page.keyboard.press('End');
  await expect(reader.tab('Then and now')).toBeFocused();
  await expect(reader.panel('Then and now')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(reader.tab('FAQ')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(reader.tab('Then and now')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(reader.tab('Timeline')).toBeFocused();
  await expect(reader.panel('Timeline')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');
  await expect(reader.questions).toHaveCount(33);

  // Only the selected tab is in the Tab order; Tab then moves into the panel.
  await page.keyboard.press('Tab');
  await expect(reader.panel('FAQ')).toBeFocused();
});

test('the back button returns to the previous tab', async ({ reader, page }) => {
  await reader.open();
  await reader.tab('Bodies').click();
  await expect(reader.panel('Bodies')).toBeVisible();
  await page.goBack();
  await expect(reader.tab('FAQ')).toHaveAttribute('aria-selected', 'true');
});

test('a deep link opens its entry', async ({ reader, page }) => {
  await reader.open(undefined, '#/faq/when-the-contact-group-was-created');
  const entry = page.getByRole('article', { name: 'When the Contact group was created?' });
  await expect(entry.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(entry).toBeInViewport();
});
