/** Reads a built site (dist/) for the gates: every HTML page with its ids and links, and every file. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import type { BuiltPage } from '../../src/domain/site-checks/links';
import { pagePath } from '../../src/domain/site-checks/headers';

export const OUT_DIR = process.env.OUT_DIR ?? 'dist';
export const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** Every file under the output folder, as URL paths under the base. */
export function listFiles(dir = OUT_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(BASE + relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Every HTML page of the site with its ids and links. */
export function readPages(dir = OUT_DIR): (BuiltPage & { file: string; html: string })[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((urlPath) => {
      const file = join(dir, urlPath.slice(BASE.length));
      const html = readFileSync(file, 'utf8');
      const root = parse(html);
      const ids = new Set(root.querySelectorAll('[id]').map((e) => e.getAttribute('id')!));
      const links = [
        ...root.querySelectorAll('a[href]').map((e) => e.getAttribute('href')!),
        ...root
          .querySelectorAll('link[href]')
          .filter((e) => e.getAttribute('rel') !== 'sitemap' || true)
          .map((e) => e.getAttribute('href')!),
        ...root.querySelectorAll('script[src], img[src]').map((e) => e.getAttribute('src')!),
      ];
      return { path: pagePath(urlPath), file, html, ids, links };
    });
}
