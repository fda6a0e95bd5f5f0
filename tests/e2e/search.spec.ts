/**
 * Search through the site's own dialog. The table's rows are computed from the built pages
 * (scripts/lib/search-cases.ts): words the pages really contain, typed in capitals, in sentence case,
 * without accents, without tashkeel or the article, out of a run of Japanese text, in full-width Latin;
 * each row lists the pages that contain the word, and every one of them must be among the results.
 * Queries that no page can match must find nothing.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { readIndexedPages, type SearchCase, searchCases } from '../../scripts/lib/search-cases';
import { createTranslator, type Messages } from '../../src/domain/i18n/format';
import { baseFold } from '../../src/domain/search/fold';
import type { Page } from '@playwright/test';
import { expect, LOCALES, test, visit } from './site';

const DIST = process.env.OUT_DIR ?? 'dist';
const TABLE_LOCALES = ['tr', 'hu', 'ar', 'ja'];
/** The kinds of rows each locale's table must have: a table that lost a kind would test less. */
const KINDS: Record<string, string[]> = {
  tr: ['capitals', 'sentence case', 'without accents', 'capitals without accents', 'no match'],
  hu: ['capitals', 'sentence case', 'without accents', 'capitals without accents', 'no match'],
  ar: ['without tashkeel or hamza', 'without the article', 'no match'],
  ja: ['inside a run of text', 'full-width Latin', 'no match'],
};

const tagOf = (code: string) => LOCALES.find((l) => l.code === code)!.tag;
const searchStrings = (code: string) =>
  createTranslator(
    (JSON.parse(readFileSync(`locales/${code}/common.json`, 'utf8')) as { search: Messages }).search,
    tagOf(code),
  );

const TABLE = Object.fromEntries(
  TABLE_LOCALES.map((code) => [code, searchCases(readIndexedPages(DIST, code), tagOf(code))]),
) as Record<string, SearchCase[]>;

/** Opens the search dialog of a locale's home page with the keyboard shortcut. */
async function openSearch(page: Page, code: string) {
  await visit(page, `${code}/`);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  return dialog;
}

/** Types a query and waits until the status line announces its results (or their absence). */
async function search(page: Page, query: string): Promise<string[]> {
  const dialog = page.getByRole('dialog');
  // Cleared first, so that the status of an earlier query cannot pass for this one's.
  await dialog.getByRole('searchbox').fill('');
  await expect(dialog.getByRole('status')).toHaveText('');
  await dialog.getByRole('searchbox').fill(query);
  await expect(dialog.getByRole('status')).toContainText(query);
  return dialog.locator('.search-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
}

test('the table has rows of every kind for tr, hu, ar and ja', () => {
  for (const code of TABLE_LOCALES) {
    const kinds = new Set(TABLE[code]!.map((c) => c.kind));
    expect([...kinds].sort(), code).toEqual([...KINDS[code]!].sort());
    for (const c of TABLE[code]!) if (c.kind !== 'no match') expect(c.expected.length, c.query).toBeGreaterThan(0);
  }
});

for (const code of TABLE_LOCALES) {
  test.describe(`search table, ${code}`, () => {
    for (const row of TABLE[code]!) {
      const title =
        row.kind === 'no match'
          ? `${row.kind}: "${row.query}" finds nothing`
          : `${row.kind}: "${row.query}" (${row.word}) finds ${row.expected.join(', ')}`;
      test(title, async ({ page, baseURL }) => {
        await openSearch(page, code);
        const found = await search(page, row.query);
        if (row.kind === 'no match') {
          await expect(page.getByRole('status')).toHaveText(searchStrings(code)('noResults', { query: row.query }));
          expect(found).toEqual([]);
        } else {
          for (const route of row.expected) expect(found).toContain(new URL(route, baseURL).pathname);
          for (const path of found) expect(path).toContain(`/${code}/`);
          // The count, in the locale's plural form (all results are listed on a site this size).
          await expect(page.getByRole('status')).toHaveText(
            searchStrings(code)('results', { count: found.length, query: row.query }),
          );
        }
      });
    }
  });
}

test('the queries of the issue find what the Turkish word finds: capitals, sentence case, without Turkish letters', async ({
  page,
}) => {
  await openSearch(page, 'tr');
  for (const [word, typed] of [
    ['nasıl', ['NASIL', 'Nasıl', 'nasil', 'NASİL']],
    ['farklı', ['FARKLI', 'Farklı', 'farkli']],
    ['yanlış', ['YANLIŞ', 'Yanlış', 'yanlis', 'YANLIS']],
  ] as const) {
    const reference = (await search(page, word)).sort();
    expect(reference.length, `the Turkish pages no longer contain "${word}"`).toBeGreaterThan(0);
    for (const q of typed) expect((await search(page, q)).sort(), q).toEqual(reference);
  }
});

test('search on a Turkish page finds it by a Turkish word and shows only Turkish results', async ({ page }) => {
  await openSearch(page, 'tr');
  const hrefs = await search(page, 'ilişkilendirmeleri');
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/\/tr\//);
  expect(hrefs.some((h) => h.endsWith('/tr/overview/'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('results by keyboard: arrows move through them, typing goes back to the field, the count is announced', async ({
  page,
  problems,
}) => {
  const dialog = await openSearch(page, 'tr');
  const input = dialog.getByRole('searchbox');
  const found = await search(page, 'NASIL');
  expect(found.length).toBeGreaterThan(2);
  const links = dialog.locator('.search-results a');
  await expect(dialog.getByRole('status')).toHaveText(
    searchStrings('tr')('results', { count: found.length, query: 'NASIL' }),
  );
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(links.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.last()).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('NASI');
  const axe = await new AxeBuilder({ page })
    .include('.search-dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  expect(problems).toEqual([]);
});

test('Enter on a result opens it with the matched word highlighted, under the site policy', async ({
  page,
  problems,
  baseURL,
}) => {
  // A word typed without its Turkish letters: the page has it only with them.
  const row = TABLE.tr!.find((c) => c.kind === 'without accents')!;
  const path = new URL(row.expected[0]!, baseURL).pathname;
  const dialog = await openSearch(page, 'tr');
  await search(page, row.query);
  const target = dialog.locator(`.search-results a[href^="${path}?"]`);
  await expect(target).toHaveCount(1);
  await target.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${path}\\?pagefind-highlight=`));
  const marks = page.locator('main mark.search-highlight');
  await expect(marks.first()).toBeVisible();
  for (const text of await marks.allTextContents())
    expect(baseFold(text, 'tr-TR').startsWith(baseFold(row.query, 'tr-TR'))).toBe(true);
  await expect(marks.first()).toBeInViewport();
  expect(problems).toEqual([]);
});

test('Enter in the field opens the first result of what was typed, even before the typing pause ends', async ({
  page,
}) => {
  const row = TABLE.hu!.find((c) => c.kind === 'without accents')!;
  const dialog = await openSearch(page, 'hu');
  const [first] = await search(page, row.query);
  await dialog.getByRole('searchbox').fill('');
  await dialog.getByRole('searchbox').pressSequentially(row.query);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${first}\\?pagefind-highlight=`));
  await expect(page.locator('main mark.search-highlight').first()).toBeVisible();
});
