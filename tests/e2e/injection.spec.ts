/** Injected markup never reaches a page: not from a translation, not from the islands' URL parameters. */
import { sourceBlocks } from '../../src/domain/content/page';
import { matchPage } from '../../src/domain/translation/match';
import { builtPage, fixtureSite, overviewPage } from '../lib/fixture-site';
import { BROWSER_PAYLOADS, browserPayloadUnits } from '../lib/payloads';
import { expect, test, visit } from './site';

const PAYLOADS = BROWSER_PAYLOADS;

test('a translation carrying markup is refused and the English is shown instead', async ({ page }) => {
  test.setTimeout(600_000);
  const overview = overviewPage();
  // The overview's first plain body passages, translated with a payload each, built into the Arabic overview
  // of a copy of the site (tests/lib/fixture-site.ts).
  const units = browserPayloadUnits(overview);
  const sentences = units.map((u) => u.source);
  const match = matchPage(sourceBlocks(overview), units);
  expect(match.problems).toHaveLength(PAYLOADS.length);
  const built = builtPage(fixtureSite(), 'ar/overview/');
  const html = built.slice(built.indexOf('<div class="doc-body">'), built.indexOf('<footer class="page-meta">'));
  expect(html).not.toMatch(/onerror=|onload=|<svg|__pwned/i);
  await page.setContent(`<!doctype html><html lang="ar"><body><main>${html}</main></body></html>`);
  // setContent resolves on the load event, after every image's load or error handler has had its chance to run.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img, main svg')).toHaveCount(0);
  for (const s of sentences)
    await expect(page.locator('main .seg-missing[lang="en"]', { hasText: s.slice(0, 30) }).first()).toBeAttached();
});

for (const route of ['en/opt-out-deadline/', 'en/eligibility/']) {
  test(`script payloads in the URL of ${route} stay text`, async ({ page }) => {
    const q = encodeURIComponent(PAYLOADS[0]!);
    await visit(page, `${route}?notified=${q}&tz=${q}&region=${q}&rule=${q}&audience=${q}&programs=${q}`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('main img[src="x"], main svg[onload]')).toHaveCount(0);
    await expect(
      page.getByRole('alert').or(page.locator('[role="alert"], .error-summary, .deadline__error')).first(),
    ).toBeVisible();
  });
}
