/**
 * npm run screenshots: pictures of the opt-out calendar and the lifecycle diagram (en and ar, light and dark) into
 * docs/screenshots/, from the built site (run `npm run build` first). Starts `astro preview` on SCREENSHOT_PORT
 * (default 4330) and stops it after. Until the diagram is on a guide, its build-time HTML and stylesheet are put into
 * the overview page of the language, as tests/e2e/lifecycle.spec.ts does.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { LifecycleDiagram, type LifecycleView } from '../src/components/lifecycle/LifecycleDiagram';
import { createTranslator } from '../src/domain/i18n/format';
import { getLocale } from '../src/domain/i18n/locales';
import { CHROMIUM_ARGS, chromiumPath } from './lib/browser-path.mjs';

const port = Number(process.env.SCREENSHOT_PORT ?? 4330);
const base = `http://127.0.0.1:${port}/`;
const OUT = 'docs/screenshots';
const query = 'opt-out-deadline/?notified=2026-12-28T16:30&tz=Europe/Istanbul&region=TR&rule=five-business-days';

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: 'ignore',
  detached: true,
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (i > 120) throw new Error(`astro preview did not answer on ${base} within a minute`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  mkdirSync(OUT, { recursive: true });
  const path = chromiumPath();
  const browser = await chromium.launch({ ...(path ? { executablePath: path } : {}), args: CHROMIUM_ARGS });
  for (const lang of ['en', 'ar']) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 900, height: 900 } });
      await page.goto(`${base}${lang}/${query}`, { waitUntil: 'load' });
      const calendar = page.locator('.deadline .cal');
      await calendar.waitFor();
      const file = `${OUT}/calendar-${lang}-${scheme}.png`;
      await calendar.screenshot({ path: file });
      console.log(`wrote ${file}`);
      await page.close();
    }
  }
  const css = readFileSync('src/components/lifecycle/lifecycle.css', 'utf8');
  const shots: [string, LifecycleView, 'light' | 'dark'][] = [
    ['en', 'partner', 'light'],
    ['ar', 'customer', 'dark'],
  ];
  for (const [lang, view, scheme] of shots) {
    const tag = getLocale(lang).tag;
    const messages = JSON.parse(readFileSync(`locales/${lang}/lifecycle.json`, 'utf8'));
    const html = renderToString(h(LifecycleDiagram, { t: createTranslator(messages, tag), lang: tag, view }));
    const page = await browser.newPage({
      colorScheme: scheme,
      bypassCSP: true,
      viewport: { width: 1440, height: 900 },
    });
    await page.goto(`${base}${lang}/overview/`, { waitUntil: 'load' });
    await page.addStyleTag({ content: css });
    await page
      .locator('main h1')
      .first()
      .evaluate((h1, markup) => h1.insertAdjacentHTML('afterend', markup), html);
    const file = `${OUT}/lifecycle-${lang}-${view}-${scheme}.png`;
    await page.locator('figure.lc').screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
  await browser.close();
} finally {
  // The preview runs in its own process group (npx and astro): stop both.
  process.kill(-server.pid!);
}
