/**
 * Outdated passages in a real browser. The committed translations are kept current, so this opens the
 * overview of a copy of the site built with the Turkish seed as imported (made from an older English text),
 * through the site's own pipeline and stylesheet (tests/lib/fixture-site.ts), with JavaScript off: the
 * English behind a flag must be one click away without it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPage, fixtureSite } from '../lib/fixture-site';
import { expect, test } from './site';

test.use({ javaScriptEnabled: false });

test('an outdated passage is flagged and its English opens in a popover without JavaScript', async ({ page }) => {
  test.setTimeout(600_000);
  const dist = fixtureSite();
  const css = readdirSync(join(dist, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(dist, '_astro', f), 'utf8'))
    .join('\n');
  const html = builtPage(dist, 'tr/overview/');
  const body = html.slice(html.indexOf('<div class="doc-body">'), html.indexOf('<footer class="page-meta">'));
  await page.setContent(
    `<!doctype html><html lang="tr-TR"><head><style>${css}</style></head><body><main>${body}</main></body></html>`,
  );

  const flags = page.locator('main .seg-flag');
  await expect(flags).toHaveCount(2);
  const flag = flags.first();
  await expect(flag).toHaveAccessibleName(/eski.*İngilizce/);
  const pop = page.locator(`#${await flag.getAttribute('popovertarget')}`);
  await expect(pop).toBeHidden();
  await flag.focus();
  await page.keyboard.press('Enter');
  await expect(pop).toBeVisible();
  await expect(pop.locator('[lang="en"]')).toContainText('You are part of the following Microsoft incentives programs');
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();
  // The section for customers is newer than the Turkish file: its sentences stay English, marked.
  await expect(page.locator('main .seg-missing[lang="en"]', { hasText: 'CPOR enables Microsoft' })).toHaveCount(1);
});
