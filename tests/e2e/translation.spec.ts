import { readFileSync } from 'node:fs';
import { expect, test, visit } from './site';

const noticeTexts = (code: string) =>
  (JSON.parse(readFileSync(`locales/${code}/common.json`, 'utf8')) as { notice: Record<string, string> }).notice;

test.describe('passage states on a translated page', () => {
  test('missing passages are shown in English, marked lang="en"', async ({ page }) => {
    await visit(page, 'tr/overview/');
    // get-started is translated in every locale or not: either way, what is missing is marked and counted.
    const missing = page.locator('.seg-missing');
    const n = await missing.count();
    const notice = page.locator('.translation-notice .notice-missing');
    for (const el of await missing.all()) await expect(el).toHaveAttribute('lang', 'en');
    if (n === 0) await expect(notice).toHaveCount(0);
    else {
      const counted = Number((await notice.textContent())!.match(/\d+/)![0]);
      expect(counted).toBeGreaterThanOrEqual(n);
    }
  });

  test('the notice says the page is machine translated and links to the English page', async ({ page }) => {
    await visit(page, 'tr/overview/');
    const box = page.locator('.translation-notice');
    await expect(box).toBeVisible();
    // No passage of the page is reviewed yet: the notice says "machine translated", in Turkish.
    await expect(box.locator('li[data-kind]').first()).toHaveText(noticeTexts('tr').machine!);
    await expect(box.locator('[data-kind="machine-reviewed"], [data-kind="translated"]')).toHaveCount(0);
    await expect(box.locator('a[hreflang="en"]')).toHaveAttribute('href', /\/en\/overview\/$/);
  });

  test('the English page has no translation notice', async ({ page }) => {
    await visit(page, 'en/overview/');
    await expect(page.locator('.translation-notice')).toHaveCount(0);
  });
});

test.describe('the bilingual view', () => {
  test('shows the English source under each passage, is remembered across pages, and can be turned off', async ({
    page,
  }) => {
    await visit(page, 'hu/overview/');
    const toggle = page.getByRole('checkbox');
    await expect(toggle).toBeVisible();
    await expect(page.locator('.bi-en')).toHaveCount(0);
    await toggle.check();
    const english = page.locator('main .bi-en[lang="en"]');
    await expect(english.first()).toBeVisible();
    await expect(english.first()).toContainText(/\w/);
    await visit(page, 'hu/get-started/');
    await expect(page.getByRole('checkbox')).toBeChecked();
    await expect(page.locator('main .bi-en').first()).toBeVisible();
    await page.getByRole('checkbox').uncheck();
    await expect(page.locator('main .bi-en').first()).toBeHidden();
  });

  test('costs nothing while it is off: no request for the English page', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await visit(page, 'ja/overview/');
    expect(requests.filter((p) => p.endsWith('/en/overview/'))).toEqual([]);
  });

  test('is keyboard operable and right-to-left safe', async ({ page }) => {
    await visit(page, 'ar/overview/');
    const toggle = page.getByRole('checkbox');
    await toggle.focus();
    await page.keyboard.press('Space');
    const en = page.locator('main .bi-en').first();
    await expect(en).toBeVisible();
    await expect(en).toHaveAttribute('dir', 'ltr');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the control is not offered, and the page reads normally', async ({ page }) => {
      await visit(page, 'tr/overview/');
      await expect(page.getByRole('checkbox')).toBeHidden();
      await expect(page.locator('main h1')).toBeVisible();
    });
  });
});
