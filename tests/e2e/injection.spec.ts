/** Injected markup never reaches a page: not from a translation, not from the islands' URL parameters. */
import { readFileSync } from 'node:fs';
import { loadPage, sourceBlocks } from '../../src/domain/content/page';
import { renderPage } from '../../src/domain/content/render';
import { matchPage } from '../../src/domain/translation/match';
import { expect, test, visit } from './site';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
];

test('a translation carrying markup is refused and the English is shown instead', async ({ page }) => {
  const overview = loadPage(
    'src/content/docs/en/overview.mdx',
    readFileSync('src/content/docs/en/overview.mdx', 'utf8'),
  );
  // Body passages only: the title and description are rendered outside the content.
  const sentences = overview.blocks
    .flatMap((b) => b.passages)
    .filter((s) => !/\]\(|\*\*/.test(s))
    .slice(0, PAYLOADS.length);
  const units = sentences.map((source, i) => ({ source, target: `Çeviri ${PAYLOADS[i]}`, type: 'MT' as const }));
  const labels = {
    calloutNote: 'N',
    calloutWarning: 'W',
    calloutConflict: 'C',
    appliesTo: 'A',
    roles: 'R',
    outdatedBadge: 'o',
    outdatedHint: 'h',
    outdatedTitle: 't',
  };
  const match = matchPage(sourceBlocks(overview), units);
  expect(match.problems).toHaveLength(PAYLOADS.length);
  const html = renderPage(overview, labels, match)
    .parts.map((c) => (c.kind === 'html' ? c.html : ''))
    .join('');
  expect(html).not.toMatch(/<script|onerror=|onload=|<svg/i);
  await page.setContent(`<!doctype html><html lang="tr"><body><main>${html}</main></body></html>`);
  // setContent resolves on the load event, after every image's load or error handler has had its chance to run.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img, main script, main svg')).toHaveCount(0);
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
