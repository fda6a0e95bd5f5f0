/**
 * Finishes the static build inside `astro build`, in one pass over the written pages:
 * - removes the islands' inline `<style>` that Astro writes where the first island stands (invalid inside
 *   <div> and <main>, since style is metadata content; the same rule is in global.css);
 * - writes `_headers` with each page's own Content-Security-Policy (src/domain/site-checks/headers.ts);
 * - builds the Pagefind index of the content pages (`<lang>/<page>/`) through Pagefind's Node API.
 * One process and one read of each page, where three steps after the build used to read them all again.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { metaCsp } from '../domain/site-checks/csp';
import { headersFile, type PageHeaders } from '../domain/site-checks/headers';

const INLINE_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
/** Content pages only: `<lang>/<page>/index.html` and the home pages; tool pages and 404 stay out of search. */
export const SEARCH_GLOB = '{*,*/*}/index.html';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name)).sort();
}

/** The URL path a built file is served at, under `base`: `/base/x/` for `x/index.html`. */
function servedAt(base: string, dir: string, file: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  return base + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
}

/** Astro integration: the post-build pass described above. */
export default function finishBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'cpor:finish-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages: PageHeaders[] = [];
        let restyled = 0;
        for (const file of await htmlFiles(out)) {
          const html = await readFile(file, 'utf8');
          if (html.includes(INLINE_ISLAND_STYLE)) {
            await writeFile(file, html.replace(INLINE_ISLAND_STYLE, ''));
            restyled++;
          }
          pages.push({ path: servedAt(base, out, file), policy: metaCsp(html) });
        }
        await writeFile(join(out, '_headers'), headersFile(pages));
        logger.info(`removed the islands' inline <style> from ${restyled} pages (the rule is in global.css); _headers: ${pages.length} pages`);

        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out, glob: SEARCH_GLOB });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Indexed ${added.page_count} pages. Finished building search index in ${Math.round(performance.now() - started)}ms.`);
      },
    },
  };
}
