/** Run by scripts/gates/subpath.ts against the site built with BASE_PATH=/cpor-guide/ (the baseURL ends with it). */
import { expect, test, visit } from './site';

const base = process.env.BASE_PATH ?? '/';

test('pages, assets, the language switcher and search work under the base path', async ({ page, problems }) => {
  await visit(page, 'tr/overview/');
  expect(new URL(page.url()).pathname).toBe(`${base}tr/overview/`);
  await expect(page.locator('main h1')).toBeVisible();
  const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect(css?.startsWith(base)).toBe(true);
  await page.locator('.lang-switcher summary').click();
  await page.getByRole('link', { name: 'Magyar' }).click();
  await expect(page).toHaveURL(new RegExp(`${base}hu/overview/$`));
  // The search button takes its place at first paint; "/" works once the page's module script has run,
  // which the load event of the page the link opened guarantees.
  await page.waitForLoadState('load');
  await expect(page.locator('[data-search-open]')).toBeVisible();
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('Microsoft');
  const first = page.locator('.search-results a').first();
  await expect(first).toBeVisible();
  expect((await first.evaluate((a) => (a as HTMLAnchorElement).pathname)).startsWith(base)).toBe(true);
  expect(problems).toEqual([]);
});

test('the calculator loads its holiday data under the base path', async ({ page, problems }) => {
  await visit(page, 'en/opt-out-deadline/?notified=2026-12-24T16:30&tz=Europe/Istanbul&region=TR');
  await expect(page.locator('output time[datetime]').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('the wizard works under the base path', async ({ page, problems }) => {
  await visit(page, 'en/eligibility/');
  await expect(page.locator('fieldset legend').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the wizard leads into its plain version under the base path', async ({ page }) => {
    await visit(page, 'en/eligibility/');
    await page.locator('main a.wz-choice').first().click();
    await expect(page).toHaveURL(new RegExp(`${base}en/eligibility/steps/#/[a-z]+/$`));
    await expect(page.locator('.wz-state:visible')).toHaveCount(1);
    await expect(page.locator('.wz-state:visible legend')).toBeVisible();
  });
});
