import { expect, test, visit } from './site';

test('search on a Turkish page finds it by a Turkish word and shows only Turkish results', async ({ page }) => {
  await visit(page, 'tr/overview/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await dialog.getByRole('searchbox').fill('ilişkilendirmeleri');
  const results = dialog.locator('.search-results a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/\/tr\//);
  expect(hrefs.some((h) => h.endsWith('/tr/overview/'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test.describe('letters of their own', () => {
  for (const [route, word] of [
    ['tr/overview/', 'İş'],
    ['hu/overview/', 'ösztönzőprogramokhoz'],
  ] as const) {
    test(`${route} is found by "${word}"`, async ({ page }) => {
      await visit(page, route);
      await page.getByRole('button', { name: /\// }).click();
      await page.getByRole('searchbox').fill(word);
      const results = page.locator('.search-results a');
      await expect(results.first()).toBeVisible();
      const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs.some((h) => h.endsWith(`/${route}`))).toBe(true);
    });
  }
});
