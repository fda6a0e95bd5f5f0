/**
 * Finishes the static build inside `astro build`, in one pass over the written pages:
 * - removes the islands' inline `<style>` that Astro writes where the first island stands (invalid inside
 *   <div> and <main>, since style is metadata content; the same rule is in global.css);
 * - gives each indexed page its search variant terms (src/domain/search/variants.ts): its words as readers
 *   may type them (the locale's lower case, without accents, segmented as the browser does), which
 *   Pagefind indexes as one metadata field;
 * - writes `_headers` with each page's own Content-Security-Policy (src/domain/site-checks/headers.ts).
 * The Pagefind index is built after Astro's process has ended (package.json's build script): inside this
 * hook Pagefind's memory adds to Astro's, 3.1 GB together at 5,000 pages where each alone stays under 2 GB.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexedText } from '../domain/search/index-text.ts';
import { withVariantTerms } from '../domain/search/variants.ts';
import { metaCsp } from '../domain/site-checks/csp.ts';
import { headersFile, pagePath, type PageHeaders } from '../domain/site-checks/headers.ts';

/** Pages between two collections of the heap in the pass (see below): five at 5,000 pages, none on a small site. */
const COLLECT_EVERY = 1000;

const INLINE_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The URL path a built file is served at, under `base`: `/base/x/` for `x/index.html`. */
const servedAt = (base: string, dir: string, file: string): string =>
  pagePath(base + relative(dir, file).split(sep).join('/'));

/**
 * One flat copy of each distinct policy. A policy cut out of a page's HTML is a slice of it, and V8 keeps a
 * slice's whole parent string alive: every page's HTML would stay in memory until the pass ends (at 50
 * locales × 100 pages, more than the rest of the build's heap). Most pages share a policy.
 */
function policyStore(): (policy: string | undefined) => string | undefined {
  const kept = new Map<string, string>();
  return (policy) => {
    if (policy === undefined) return undefined;
    let copy = kept.get(policy);
    if (copy === undefined) {
      copy = Buffer.from(policy, 'utf8').toString('utf8');
      kept.set(copy, copy);
    }
    return copy;
  };
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
        const started = performance.now();
        const out = fileURLToPath(dir);
        const pages: PageHeaders[] = [];
        const keep = policyStore();
        let restyled = 0;
        let searchPages = 0;
        let searchTerms = 0;
        // Where the build exposes the collector (package.json's build script), the pass starts from a collected
        // heap and collects again every COLLECT_EVERY pages: the rendered pages' garbage and the pass's own
        // (every page read, rewritten and dropped) otherwise grow the heap towards its limit, and at 50 locales
        // × 100 pages this pass was where the build's memory peaked.
        // A smaller site skips the first collection: a full collection of the render's heap (40 ms on 72 pages).
        const collect = (globalThis as { gc?: () => void }).gc;
        const files = await htmlFiles(out);
        if (files.length >= COLLECT_EVERY) collect?.();
        let seen = 0;
        for (const file of files) {
          if (++seen % COLLECT_EVERY === 0) collect?.();
          const read = await readFile(file, 'utf8');
          let html = read.replace(INLINE_ISLAND_STYLE, '');
          if (html !== read) restyled++;
          try {
            const variants = withVariantTerms(html, indexedText(html));
            html = variants.html;
            searchTerms += variants.terms;
            if (variants.terms) searchPages++;
          } catch (err) {
            throw new Error(`${relative(out, file)}: ${(err as Error).message}`);
          }
          if (html !== read) await writeFile(file, html);
          pages.push({ path: servedAt(base, out, file), policy: keep(metaCsp(html)) });
        }
        await writeFile(join(out, '_headers'), headersFile(pages));
        logger.info(
          `removed the islands' inline <style> from ${restyled} pages (the rule is in global.css); search variant terms: ${searchTerms} on ${searchPages} pages; _headers: ${pages.length} pages; in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
