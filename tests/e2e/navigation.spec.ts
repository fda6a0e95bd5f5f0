import { LOCALES, PAGES, expect, test, visit } from './site';

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  await visit(page, 'tr/create-association/');
  await page.locator('.lang-switcher summary').click();
  await page.getByRole('link', { name: 'Magyar' }).click();
  await expect(page).toHaveURL(/\/hu\/create-association\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hu-HU');
});

test('the guide navigation lists every guide and marks the current one', async ({ page }) => {
  await visit(page, 'en/manage-associations/');
  const nav = page.getByRole('navigation', { name: 'Guides' });
  await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', /manage-associations\/$/);
  for (const slug of PAGES) await expect(nav.locator(`a[href$="/${slug}/"]`)).toHaveCount(1);
});

test("the table of contents links to the page's sections", async ({ page }) => {
  await visit(page, 'en/manage-associations/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const first = toc.getByRole('link').first();
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page.locator(href!)).toBeInViewport();
});

test('on a phone the menu and the contents start collapsed above the text, and open from their summary', async ({
  browser,
  baseURL,
}) => {
  const ctx = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    baseURL: baseURL!,
  });
  const page = await ctx.newPage();
  await visit(page, 'en/manage-associations/');
  const nav = page.getByRole('navigation', { name: 'Guides' });
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(nav.getByRole('link').first()).toBeHidden();
  await expect(toc.getByRole('link').first()).toBeHidden();
  // The page's title is on the first screen, below the two summaries.
  await expect(page.locator('main h1')).toBeInViewport();
  const menu = nav.locator('summary');
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(nav.locator('a[aria-current="page"]')).toBeVisible();
  await toc.locator('summary').click();
  await expect(toc.getByRole('link').first()).toBeVisible();
  await ctx.close();
});

test('on a wide screen the menu and the contents are open beside the text, also without JavaScript', async ({
  browser,
  baseURL,
}) => {
  for (const javaScriptEnabled of [true, false]) {
    const ctx = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      javaScriptEnabled,
      baseURL: baseURL!,
    });
    const page = await ctx.newPage();
    await page.goto('en/manage-associations/');
    const nav = page.getByRole('navigation', { name: 'Guides' });
    await expect(nav.locator('a[aria-current="page"]')).toBeVisible();
    await expect(nav.locator('summary')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first()).toBeVisible();
    if (javaScriptEnabled) await expect(nav.locator('details')).toHaveAttribute('open', '');
    await ctx.close();
  }
});

test('the Arabic pages are right-to-left and the layout mirrors', async ({ page }) => {
  await visit(page, 'ar/overview/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const nav = await page.locator('.site-nav').boundingBox();
  const main = await page.locator('main').boundingBox();
  expect(nav!.x).toBeGreaterThan(main!.x); // the navigation sits on the right in RTL
});

test("the theme control follows the system, then remembers the reader's choice", async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await visit(page, 'en/overview/');
  const bg = () =>
    page.evaluate(
      () =>
        getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor,
    );
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.getByLabel('Colour theme').selectOption('light');
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(light).not.toBe(dark);
  await visit(page, 'en/get-started/');
  await expect(page.getByLabel('Colour theme')).toHaveValue('light');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(light);
  void bg;
});

test("the root page offers every language, and with JavaScript opens the browser's best match", async ({
  browser,
  baseURL,
}) => {
  const ctx = await browser.newContext({ locale: 'hu-HU', baseURL: baseURL! });
  const page = await ctx.newPage();
  await page.goto('');
  await expect(page).toHaveURL(/\/hu\/$/);
  await ctx.close();
});

test('print styles drop the navigation and keep the content', async ({ page }) => {
  await visit(page, 'en/overview/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('main h1')).toBeVisible();
});

test('the 404 page speaks every language', async ({ page }) => {
  const res = await page.goto('no/such/page/');
  expect(res?.status()).toBe(404);
  for (const l of LOCALES) await expect(page.locator(`section[lang="${l.tag}"] h1`)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('pages, navigation and the language switcher still work', async ({ page }) => {
    await visit(page, '');
    await page.locator('section[lang="tr-TR"] a').click();
    await expect(page).toHaveURL(/\/tr\/$/);
    await page.locator('.site-nav a[href$="/manage-associations/"]').click();
    await expect(page).toHaveURL(/\/tr\/manage-associations\/$/);
    await page.locator('.lang-switcher summary').click();
    await page.getByRole('link', { name: '日本語' }).click();
    await expect(page).toHaveURL(/\/ja\/manage-associations\/$/);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('[data-search-open]')).toBeHidden();
  });
});

test('the footer credits Microsoft’s documentation, with a space before the licence link', async ({ page }) => {
  await visit(page, 'en/overview/');
  const credit = page.locator('.site-footer p', { has: page.locator('a[rel="license"]') });
  // The words come from locales/en/common.json: footer.credit, then footer.licence as the link.
  await expect(credit).toHaveText(
    "Text derived from Microsoft's Partner Center documentation, licensed under CC BY 4.0. Creative Commons Attribution 4.0 International licence",
  );
});
