/**
 * Search quality through the site's own search dialog, per locale, on queries drawn from the built pages
 * (scripts/lib/search-cases.ts): words typed in capitals, sentence case, without accents and so on, and
 * queries that match nothing. For each query it compares the results the dialog lists with:
 * - the pages that contain the word (recall: how many of them the dialog lists, out of what it can show);
 * - the relevant pages: those containing the word, plus those Pagefind returns for the word typed exactly
 *   as the page writes it (its stemming) — a result outside them is one the query's form made up
 *   (precision). A "no match" query's every result counts as irrelevant.
 *
 *   npx tsx bench/search-quality.ts [--dir dist] [--per-kind 6] [--max-pages 8] [--locales tr,hu,ar,ja] [--json out.json]
 *
 * Run it against a build of an older commit to compare (it reads that build's pages and drives its dialog).
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { readLocales } from '../scripts/lib/project';
import { readIndexedPages, type SearchCase, searchCases } from '../scripts/lib/search-cases';
import { caseFold } from '../src/domain/search/fold';
import { launch } from './lib/browser';
import { serve } from './lib/server';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : (argv[i + 1] ?? fallback);
};
const DIR = arg('--dir', 'dist');
const PER_KIND = Number(arg('--per-kind', '6'));
const CODES = arg('--locales', 'tr,hu,ar,ja').split(',');
const JSON_OUT = arg('--json', '');
/** Words on more pages than this are left out of the sample (the dialog lists 20: src/scripts/search.ts). */
const MAX_PAGES = Number(arg('--max-pages', '8'));

interface Row extends SearchCase {
  locale: string;
  listed: string[];
  total: number;
  relevant: string[];
}

/** Pagefind's own results for each word typed as the page writes it, in a page of its own. */
async function stemmed(browser: Browser, url: string, words: string[]): Promise<string[][]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const out = (await page.evaluate(
    `(async (words) => {
      const base = document.body.dataset.base ?? '/';
      const pf = await import(base + 'pagefind/pagefind.js');
      await pf.options({ baseUrl: base });
      await pf.init();
      const out = [];
      for (const w of words) {
        const found = await pf.search(w);
        out.push(await Promise.all(found.results.map(async (r) => (await r.data()).url)));
      }
      return out;
    })(${JSON.stringify(words)})`,
  )) as string[][];
  await context.close();
  return out;
}

/** Types `query` into the open dialog and reads the listed result paths and the announced total. */
async function ask(page: Page, query: string): Promise<{ listed: string[]; total: number }> {
  // Cleared first, so that the previous query's status cannot pass for this one's.
  await page.fill('dialog input[type=search]', '');
  await page.waitForFunction(() => (document.querySelector('.search-status')?.textContent ?? '') === '');
  await page.fill('dialog input[type=search]', query);
  // The status line names the query once its results (or their absence) are shown.
  await page.waitForFunction((q) => (document.querySelector('.search-status')?.textContent ?? '').includes(q), query, {
    timeout: 10000,
  });
  const listed = await page.$$eval('.search-results a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  const status = (await page.textContent('.search-status')) ?? '';
  const digits = /\d+/.exec(status.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)))?.[0];
  return { listed, total: listed.length ? Number(digits ?? listed.length) : 0 };
}

async function main() {
  const locales = readLocales().filter((l) => CODES.includes(l.code));
  const server = await serve(DIR);
  const browser = await launch();
  const rows: Row[] = [];
  for (const l of locales) {
    const cases = searchCases(readIndexedPages(DIR, l.code), l.tag, PER_KIND, MAX_PAGES);
    const words = cases.map((c) => caseFold(c.word, l.tag));
    const reference = await stemmed(browser, `${server.url}/${l.code}/`, words);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/${l.code}/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await page.waitForSelector('dialog[open] input[type=search]');
    for (const [i, c] of cases.entries()) {
      const { listed, total } = await ask(page, c.query);
      const relevant =
        c.kind === 'no match'
          ? []
          : [
              ...new Set([
                ...c.expected.map((r) => `/${r}`),
                ...reference[i]!.map((u) => new URL(u, server.url).pathname),
              ]),
            ];
      rows.push({ ...c, locale: l.code, listed: listed.map((p) => p.replace(/^\//, '')), total, relevant });
    }
    await context.close();
  }
  await browser.close();
  await server.close();

  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  console.log(`search quality of ${DIR}/ (${PER_KIND} words per kind, words on at most ${MAX_PAGES} pages)\n`);
  console.log('| locale | kind | queries | all pages found | recall | precision | results of no-match queries |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(`${r.locale}\t${r.kind}`, [...(groups.get(`${r.locale}\t${r.kind}`) ?? []), r]);
  let found = 0;
  let expected = 0;
  let listedAll = 0;
  let listedRelevant = 0;
  for (const [key, group] of groups) {
    const [locale, kind] = key.split('\t');
    const hit = group.reduce((n, r) => n + r.expected.filter((e) => r.listed.includes(e)).length, 0);
    const want = group.reduce((n, r) => n + r.expected.length, 0);
    const complete = group.filter((r) => r.expected.every((e) => r.listed.includes(e))).length;
    const listed = group.reduce((n, r) => n + r.listed.length, 0);
    const relevant = group.reduce((n, r) => n + r.listed.filter((p) => r.relevant.includes(`/${p}`)).length, 0);
    found += hit;
    expected += want;
    listedAll += listed;
    listedRelevant += relevant;
    const none = kind === 'no match' ? group.map((r) => r.total).join(', ') : '';
    console.log(
      `| ${locale} | ${kind} | ${group.length} | ${kind === 'no match' ? '' : `${complete}/${group.length}`} | ${kind === 'no match' ? '' : pct(hit, want)} | ${pct(relevant, listed)} | ${none} |`,
    );
  }
  console.log(
    `\noverall: recall ${pct(found, expected)} (${found} of ${expected} pages that contain the words), precision ${pct(listedRelevant, listedAll)} (${listedRelevant} of ${listedAll} listed results relevant), ${rows.length} queries`,
  );
  const misses = rows.filter((r) => r.expected.some((e) => !r.listed.includes(e)));
  for (const r of misses.slice(0, 30))
    console.log(
      `  missed: ${r.locale} ${r.kind} "${r.query}" (${r.word}): listed ${r.listed.join(' ') || 'nothing'}; expected ${r.expected.join(' ')}`,
    );
  const extra = rows.filter((r) => r.listed.some((p) => !r.relevant.includes(`/${p}`)));
  for (const r of extra.slice(0, 30))
    console.log(
      `  irrelevant: ${r.locale} ${r.kind} "${r.query}": ${r.listed.filter((p) => !r.relevant.includes(`/${p}`)).join(' ')}`,
    );
  if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify(rows, null, 2)}\n`);
}

main().catch((err: unknown) => {
  console.error(`search-quality: ${(err as Error).stack ?? String(err)}`);
  process.exitCode = 1;
});
