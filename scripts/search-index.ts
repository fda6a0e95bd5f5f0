/**
 * Builds the site's search index with Pagefind, a batch of whole languages at a time, so that Pagefind's
 * memory stays bounded as locales are added (src/domain/search/batches.ts says why and how).
 *
 *   node scripts/search-index.ts [--site dist] [--batch-pages 1000]
 *
 * Run by package.json's build script after `astro build`, with Node's own TypeScript support (no loader to
 * start). Indexes the pages the build indexed with Pagefind's CLI before: the `index.html` of each folder
 * at the top of the site (a locale's home) and of each folder inside one (its pages). The output is
 * `<site>/pagefind/`, as from the CLI; a site that fits in one batch gets exactly the CLI's files.
 */
import { existsSync, openSync, readdirSync, readFileSync, readSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { close, createIndex } from 'pagefind';
import {
  countLanguages,
  mergeEntries,
  pageLanguage,
  searchBatches,
  type PagefindEntry,
} from '../src/domain/search/batches.ts';

/** The pages to index, as a Pagefind glob: a locale's home and its pages one folder down. */
const SITE_GLOB = '{*,*/*}/index.html';
/** Pages per batch: at about 0.35 MB per page in Pagefind, a batch stays near 350 MB. */
const DEFAULT_BATCH_PAGES = 1000;
/** Paths written into a batch's glob as they are; anything else makes the site one batch (see below). */
const GLOB_SAFE = /^[\w.\-/]+$/;

function fail(message: string): never {
  process.stderr.write(`search index: ${message}\n`);
  process.exit(1);
}

const { values } = parseArgs({
  options: { site: { type: 'string' }, 'batch-pages': { type: 'string' } },
  strict: true,
});
const site = values.site ?? process.env.OUT_DIR ?? 'dist';
const batchPages = Number(values['batch-pages'] ?? DEFAULT_BATCH_PAGES);
if (!Number.isInteger(batchPages) || batchPages < 1)
  fail(`--batch-pages must be a whole number of pages, at least 1 (got "${values['batch-pages']}")`);
if (!existsSync(site)) fail(`no built site at ${site}: run astro build first`);

/** `<dir>/index.html` and `<dir>/<sub>/index.html`: what Pagefind's glob below matches. */
function indexedFiles(root: string): string[] {
  const files: string[] = [];
  for (const top of readdirSync(root, { withFileTypes: true })) {
    if (!top.isDirectory()) continue;
    if (existsSync(join(root, top.name, 'index.html'))) files.push(`${top.name}/index.html`);
    for (const sub of readdirSync(join(root, top.name), { withFileTypes: true }))
      if (sub.isDirectory() && existsSync(join(root, top.name, sub.name, 'index.html')))
        files.push(`${top.name}/${sub.name}/index.html`);
  }
  return files.sort();
}

/** The start of a file: enough for its `<html>` tag. */
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.toString('utf8', 0, n);
    return /<html\b[^>]*>/i.test(text) ? text : readFileSync(file, 'utf8');
  } finally {
    closeSync(fd);
  }
}

const started = performance.now();
const files = indexedFiles(site);
const languageOf = new Map(files.map((f) => [f, pageLanguage(head(join(site, f)))]));
// A path the glob could misread keeps the whole site in one batch, with the CLI's own glob.
const exact = files.every((f) => GLOB_SAFE.test(f));
const batches = exact
  ? searchBatches(countLanguages(languageOf.values()), batchPages)
  : [[...new Set(languageOf.values())]];
const outputPath = join(site, 'pagefind');
rmSync(outputPath, { recursive: true, force: true });

const entries: PagefindEntry[] = [];
let pages = 0;
try {
  for (const [i, languages] of batches.entries()) {
    const wanted = new Set(languages);
    const batchFiles = files.filter((f) => wanted.has(languageOf.get(f)!));
    const glob = batches.length === 1 ? SITE_GLOB : `{${batchFiles.join(',')}}`;
    const what = `batch ${i + 1} of ${batches.length} (${languages.join(', ')})`;
    const { index, errors } = await createIndex({});
    if (!index || errors.length) fail(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob });
    if (added.errors.length) fail(`${what}: ${added.errors.join('; ')}`);
    if (added.page_count !== batchFiles.length)
      fail(`${what}: Pagefind read ${added.page_count} pages where ${batchFiles.length} were expected`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail(`${what}: ${written.errors.join('; ')}`);
    entries.push(JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry);
    await index.deleteIndex();
    pages += batchFiles.length;
  }
} finally {
  await close();
}

let merged: PagefindEntry;
try {
  merged = mergeEntries(entries);
} catch (err) {
  fail((err as Error).message);
}
if (entries.length > 1) writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(merged));
const seconds = ((performance.now() - started) / 1000).toFixed(3);
const languages = Object.keys(merged.languages).length;
process.stdout.write(
  `Pagefind ${merged.version}: ${pages} pages read, ${languages} language indexes written, in ${batches.length} batch${batches.length === 1 ? '' : 'es'} of at most ${batchPages} pages. Finished in ${seconds} seconds\n`,
);
