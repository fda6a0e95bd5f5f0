/**
 * Outdated passages in a real browser. The committed translations are kept current, so this renders the
 * overview with the Turkish seed as imported (made from an older English text) through the site's own
 * pipeline and stylesheet, with JavaScript off: the English behind a flag must be one click away without it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadPage, sourceBlocks } from '../../src/domain/content/page';
import { renderPage } from '../../src/domain/content/render';
import { importMsDocs } from '../../src/domain/msdocs/import';
import { parseMsDocs } from '../../src/domain/msdocs/parse';
import { matchPage } from '../../src/domain/translation/match';
import { expect, test } from './site';

const labels = {
  calloutNote: 'Not',
  calloutWarning: 'Uyarı',
  calloutConflict: 'Çelişki',
  appliesTo: 'Kapsam',
  roles: 'Roller',
  outdatedBadge: 'eski',
  outdatedHint: 'İngilizcesini göster',
  outdatedTitle: 'Bugünkü İngilizce:',
};
const outDir = process.env.OUT_DIR ?? 'dist';

test.use({ javaScriptEnabled: false });

test('an outdated passage is flagged and its English opens in a popover without JavaScript', async ({ page }) => {
  const overview = loadPage(
    'src/content/docs/en/overview.mdx',
    readFileSync('src/content/docs/en/overview.mdx', 'utf8'),
  );
  const seed = parseMsDocs(readFileSync('tests/fixtures/msdocs/overview.tr-TR.2020-09-11.txt', 'utf8'), 'tr.txt');
  const { translations } = importMsDocs(seed, overview, 'tr', undefined, 'tr.txt');
  const rendered = renderPage(overview, labels, matchPage(sourceBlocks(overview), translations.units));
  const css = readdirSync(`${outDir}/_astro`)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(`${outDir}/_astro/${f}`, 'utf8'))
    .join('\n');
  const body = rendered.parts.map((c) => (c.kind === 'html' ? c.html : '')).join('');
  await page.setContent(
    `<!doctype html><html lang="tr-TR"><head><style>${css}</style></head><body><main>${body}</main></body></html>`,
  );

  const flags = page.locator('main .seg-flag');
  await expect(flags).toHaveCount(2);
  const flag = flags.first();
  await expect(flag).toHaveAccessibleName(/eski.*İngilizcesini göster/);
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
