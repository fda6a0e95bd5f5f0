/**
 * Search latency in headless Chromium: per locale, open a page, open search, load the index with one
 * warm-up query, then for each query measure in the page (performance.now) from setting the input's value
 * and dispatching `input` to the first result element appearing (MutationObserver). Median per locale.
 */
import type { Browser, Page } from 'playwright-core';
import { median } from './core/stats';

export interface SearchSite {
  name: string;
  baseUrl: string;
  open: (page: Page) => Promise<void>;
  input: string;
  result: string;
}

export interface LocaleLatency {
  locale: string;
  queries: string[];
  /** Milliseconds per query that found a result, in query order. */
  samples: number[];
  /** Queries that showed no result within the time limit (not counted). */
  misses: string[];
  medianMs: number;
}

export const OUR_SEARCH: Omit<SearchSite, 'baseUrl'> = {
  name: 'this site',
  open: async (page) => {
    await page.waitForSelector('[data-search-open]:not([hidden])');
    await page.keyboard.press('/');
    await page.waitForSelector('dialog[open] input[type=search]');
  },
  input: 'dialog input[type=search]',
  result: '.search-results a',
};

export const STARLIGHT_SEARCH: Omit<SearchSite, 'baseUrl'> = {
  name: 'Starlight',
  open: async (page) => {
    await page.waitForSelector('button[data-open-modal]:not([disabled])');
    await page.click('button[data-open-modal]');
    await page.waitForSelector('.pagefind-ui__search-input', { state: 'visible' });
  },
  input: '.pagefind-ui__search-input',
  result: '.pagefind-ui__result-link',
};

// In-page code is passed as text: tsx would wrap named functions in a helper the page does not have.
const QUERY_SCRIPT = `async ({ inputSel, resultSel, q, limit }) => {
  const input = document.querySelector(inputSel);
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  // Clear the previous results first, so the observer sees this query's first result.
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  for (let i = 0; i < 100 && document.querySelector(resultSel); i++) await sleep(20);
  await sleep(50);
  return new Promise((resolve) => {
    let t0 = 0;
    let timer;
    const observer = new MutationObserver(() => {
      if (!document.querySelector(resultSel)) return;
      const ms = performance.now() - t0;
      observer.disconnect(); clearTimeout(timer); resolve(ms);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    timer = setTimeout(() => { observer.disconnect(); resolve(null); }, limit);
    t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}`;

const TEXT_SCRIPT = `(() => {
  const main = document.querySelector('main');
  const skip = (el) => { const hit = el.closest('[lang="en"], .seg-pops, .page-meta, script, style, [hidden]'); return hit && main.contains(hit); };
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!skip(n.parentElement)) parts.push(n.data);
  return parts.join(' ');
})()`;

/** Runs one query in the page; milliseconds to the first result, or null after `limitMs`. */
function timeQuery(page: Page, site: SearchSite, query: string, limitMs: number): Promise<number | null> {
  const args = JSON.stringify({ inputSel: site.input, resultSel: site.result, q: query, limit: limitMs });
  return page.evaluate(`(${QUERY_SCRIPT})(${args})`) as Promise<number | null>;
}

/** The visible text of our page's main content (English fallbacks left out), to draw query words from. */
export async function pageText(browser: Browser, url: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const text = (await page.evaluate(TEXT_SCRIPT)) as string;
  await context.close();
  return text;
}

/** Measures `queries` on one page of `site`; stops early once `want` queries found results. */
export async function measureSearch(
  browser: Browser,
  site: SearchSite,
  locale: string,
  path: string,
  queries: string[],
  want: number,
): Promise<LocaleLatency> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${site.baseUrl}/${path}`, { waitUntil: 'networkidle' });
  await site.open(page);
  const samples: number[] = [];
  const used: string[] = [];
  const misses: string[] = [];
  // Warm-up: loads Pagefind, its WebAssembly and the language's index metadata.
  await timeQuery(page, site, queries[0]!, 15000);
  for (const q of queries) {
    if (samples.length >= want) break;
    const ms = await timeQuery(page, site, q, 3000);
    if (ms === null) misses.push(q);
    else {
      samples.push(ms);
      used.push(q);
    }
  }
  await context.close();
  return { locale, queries: used, samples, misses, medianMs: median(samples) };
}
