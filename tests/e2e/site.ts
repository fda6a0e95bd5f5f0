/** What the end-to-end tests visit, derived from the same lists the site is built from. */
import { readdirSync, readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

export interface TestLocale {
  code: string;
  tag: string;
  dir: 'ltr' | 'rtl';
  name: string;
}
export const LOCALES: TestLocale[] = JSON.parse(readFileSync('locales/locales.json', 'utf8'));
export const PAGES = readdirSync('src/content/docs/en')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();
export const TOOLS = ['eligibility/', 'eligibility/map/', 'opt-out-deadline/', 'translation-status/'];
/** Every route of a locale, relative to the base URL. */
export const routesOf = (code: string) => [
  `${code}/`,
  ...PAGES.map((p) => `${code}/${p}/`),
  ...TOOLS.map((t) => `${code}/${t}`),
];
export const ALL_ROUTES = ['', ...LOCALES.flatMap((l) => routesOf(l.code))];

/** A page that records console errors, failed requests and requests to other origins. */
export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
        problems.push(`third-party request: ${r.url()}`);
    });
    await use(problems);
  },
});
export { expect };

/**
 * Opens a route and waits for its load event: the page's module scripts have run and its stylesheets and images
 * are in. Islands hydrate later (when visible or first reached): a test waits for what the reader would see
 * once an island runs, never for a quiet network or a fixed time.
 */
export async function visit(page: Page, route: string): Promise<void> {
  await page.goto(route, { waitUntil: 'load' });
}
