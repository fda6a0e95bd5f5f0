/**
 * The search index built in batches of whole languages (scripts/search-index.ts).
 *
 * Pagefind holds every page it has read in memory until it writes the index: about 0.35 MB per page of
 * this site, 1.7 GB at 50 locales × 100 pages, more than the rest of the build. Each language has its own
 * index in Pagefind's output, and a reader's search loads only the index of the page's language. So the
 * languages can be indexed a batch at a time, each batch dropped before the next is read, and the batches'
 * outputs merged: every language's files have their own names, and the one file they share,
 * `pagefind-entry.json` (which languages exist, with each index's hash), is the union of the batches'.
 *
 * A language is never split across batches: its index would be written twice, the second over the first.
 * Pages without a `lang` attribute are indexed by Pagefind with the site's main language; when a site has
 * such pages the whole site is one batch, so they land where Pagefind would put them in one run.
 */
// With its extension: scripts/search-index.ts runs this module with Node's own TypeScript support.
import { htmlLang } from '../html.ts';

/** Code-unit order, as Pagefind sorts the languages in its entry file. */
const byName = ([a]: [string, unknown], [b]: [string, unknown]): number => (a < b ? -1 : a > b ? 1 : 0);

/** A language as Pagefind names it (the `<html lang>` in lower case) and how many pages have it. */
export interface LanguagePages {
  language: string;
  pages: number;
}

/**
 * Languages grouped into batches of at most `maxPages` pages, in the order given (a language with more pages
 * than that is a batch of its own). Pages with no language (`language: ''`) put everything in one batch.
 */
export function searchBatches(languages: readonly LanguagePages[], maxPages: number): string[][] {
  if (!(maxPages >= 1)) throw new Error(`the batch size must be at least 1 page (got ${maxPages})`);
  const seen = new Set<string>();
  for (const l of languages) {
    if (seen.has(l.language)) throw new Error(`language "${l.language}" is listed twice`);
    seen.add(l.language);
  }
  if (languages.some((l) => l.language === '')) return [languages.map((l) => l.language)];
  const batches: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const { language, pages } of languages) {
    if (current.length > 0 && size + pages > maxPages) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(language);
    size += pages;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The language of a page as Pagefind reads it: its `<html lang>` in lower case, or '' without one. */
export function pageLanguage(html: string): string {
  return htmlLang(html).toLowerCase();
}

/** Pages per language, languages sorted by name (so batches are the same from run to run). */
export function countLanguages(languages: Iterable<string>): LanguagePages[] {
  const counts = new Map<string, number>();
  for (const l of languages) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort(byName).map(([language, pages]) => ({ language, pages }));
}

/** Pagefind's `pagefind-entry.json`: the fields the browser reads. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters: string[];
}

/**
 * One entry file for the batches' outputs: every batch's languages. Batches come from one Pagefind run with
 * one configuration, so they must agree on the version and the extra word characters; a language in two
 * batches would mean one of its indexes was overwritten.
 */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const [first] = entries;
  if (!first) throw new Error('no Pagefind output to merge');
  const merged: PagefindEntry = { ...first, languages: {} };
  for (const [i, e] of entries.entries()) {
    if (e.version !== first.version)
      throw new Error(`batch ${i + 1} was written by Pagefind ${e.version}, batch 1 by ${first.version}`);
    if (JSON.stringify(e.include_characters) !== JSON.stringify(first.include_characters))
      throw new Error(`batch ${i + 1} was indexed with other word characters than batch 1`);
    for (const [language, meta] of Object.entries(e.languages)) {
      if (language in merged.languages) throw new Error(`language "${language}" was indexed in two batches`);
      merged.languages[language] = meta;
    }
  }
  merged.languages = Object.fromEntries(Object.entries(merged.languages).sort(byName));
  return merged;
}
