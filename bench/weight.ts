/**
 * Page weight on first visit: a fresh browser context (empty cache) opens the page and waits until the
 * network is idle; every response is recorded and weighed (raw, and gzip level 9 over the body).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { compressible, pageWeight, type Loaded, type PageWeight } from './core/weight';

export interface MeasuredPage extends PageWeight {
  url: string;
  /** Every response, for the JSON. */
  resources: Loaded[];
}

/** Loads `url` once in a new context and weighs what it fetched. */
export async function measurePage(browser: Browser, url: string): Promise<MeasuredPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pending: Promise<Loaded | undefined>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        if (response.status() >= 300 && response.status() < 400) return undefined;
        const body = await response.body().catch(() => undefined);
        if (!body) return undefined;
        const contentType = (await response.allHeaders())['content-type'] ?? '';
        const gzip = compressible(contentType) ? gzipSync(body, { level: 9 }).length : body.length;
        return { url: response.url(), contentType, raw: body.length, gzip };
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Islands hydrate on idle or when visible; give late requests a moment before counting.
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  const resources = (await Promise.all(pending)).filter((r): r is Loaded => r !== undefined);
  await context.close();
  return { url, resources, ...pageWeight(resources) };
}
