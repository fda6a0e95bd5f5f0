/**
 * Search results around Pagefind: the order of the exact and accent-insensitive searches, the words of a
 * page that a query matched (for the excerpt and for highlighting on the opened page), and an excerpt
 * for pages matched through their variant terms only (where Pagefind has no word position to show).
 */
import { baseFold, caseFold, queryForms } from './fold';
import { UNSPACED, VARIANTS_FIELD } from './variants';

/** The part of a Pagefind result that ranking reads. */
export interface Hit {
  id: string;
  /** Positions of the matched words in the page's text (empty when only metadata matched). */
  words: readonly number[];
  matchedMetaFields?: readonly string[];
}

/** Whether a result matched the page's own text or title, not only its variant terms. */
export function matchesText(hit: Hit): boolean {
  return hit.words.length > 0 || (hit.matchedMetaFields ?? []).some((f) => f !== VARIANTS_FIELD);
}

/**
 * One list from the exact search and, when there was one, the accent-insensitive search, each in
 * Pagefind's order: pages whose text matched the exact query first, then pages the exact query found
 * through their variant terms only (other case rules, other word breaks), then pages only the
 * accent-insensitive query found. Each page once.
 *
 * When the accent-insensitive search found pages, the exact search's other pages are left out: every
 * word of a page is also indexed accent-insensitively (as itself or as a variant term) and Pagefind
 * matches words by their beginning, so a page the exact form really matches is found by the folded form
 * too. What the exact form finds alone comes from Pagefind's fallback to the longest indexed beginning of
 * a word that does not exist, as when "KIRACISINDA" read with Turkish capitals ("kıracısında") is not a
 * word while "kiracısında" is.
 */
export function rankResults<T extends Hit>(exact: readonly T[], folded: readonly T[] = []): T[] {
  const alsoFolded = new Set(folded.map((h) => h.id));
  const kept = folded.length ? exact.filter((h) => alsoFolded.has(h.id)) : exact;
  const tiers: T[][] = [kept.filter(matchesText), kept.filter((h) => !matchesText(h)), [...folded]];
  const seen = new Set<string>();
  const out: T[] = [];
  for (const hit of tiers.flat()) {
    if (seen.has(hit.id)) continue;
    seen.add(hit.id);
    out.push(hit);
  }
  return out;
}

/**
 * Runs a typed query as the site's search does: the exact form and, when it can find more, the
 * accent-insensitive form (queryForms), at the same time; one list as `rankResults` orders it.
 */
export async function searchAsTyped<T extends Hit>(
  query: string,
  tag: string,
  search: (q: string) => Promise<readonly T[]>,
): Promise<T[]> {
  const forms = queryForms(query, tag);
  const [exact, folded] = await Promise.all([
    search(forms.exact),
    forms.folded === undefined ? [] : search(forms.folded),
  ]);
  return rankResults(exact, folded);
}

/** A word of a spaced script, or a whole run of an unspaced one. */
const RUN = /[\p{L}\p{M}\p{N}]+/gu;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a query for the language `tag` (a query is short: the browser's segmenter is cheap). */
function queryWords(query: string, tag: string): string[] {
  const out: string[] = [];
  for (const s of new Intl.Segmenter(tag, { granularity: 'word' }).segment(query))
    if (s.isWordLike) out.push(s.segment);
  return out;
}

/**
 * The distinct words of `text` that a query matches as Pagefind does (a query word matches the words it
 * begins): in the locale's case first ("nasıl" finds "Nasıl" and "nasıldır"), and only when that finds
 * none, accent-insensitively ("yanlis" finds "Yanlış"). In scripts written without spaces, the query's
 * words where the text contains them. At most `limit`, in order of first appearance. The page's text is
 * split with a pattern, not the browser's segmenter, which takes a tenth of a second on a long page.
 */
export function matchedWords(text: string, query: string, tag: string, limit = 6): string[] {
  const words = queryWords(query, tag);
  const runs = text.match(RUN) ?? [];
  for (const fold of [caseFold, baseFold]) {
    const terms = words.map((w) => fold(w, tag)).filter(Boolean);
    const unspaced = terms.filter((t) => UNSPACED.test(t));
    const spaced = terms.filter((t) => !UNSPACED.test(t));
    const folded = new Map<string, string>();
    const out = new Set<string>();
    for (const run of runs) {
      if (out.size >= limit) break;
      let f = folded.get(run);
      if (f === undefined) {
        f = fold(run, tag);
        folded.set(run, f);
      }
      if (UNSPACED.test(run)) {
        for (const t of unspaced) if (f.includes(t)) out.add(t);
      } else if (spaced.some((t) => f.startsWith(t))) out.add(run);
    }
    if (out.size) return [...out].slice(0, limit);
  }
  return [];
}

/** A piece of an excerpt: plain text, or a matched word to mark. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * About `length` characters of `text` around the first of the `marked` words (whole words; inside runs of
 * unspaced scripts, anywhere), with every occurrence of them in it marked; the start of the text when none
 * occurs. Cut at spaces where there are any near, with an ellipsis where text was left out.
 */
export function excerpt(text: string, marked: readonly string[], length = 160): ExcerptPart[] {
  const alternatives = marked
    .filter(Boolean)
    .map((w) =>
      UNSPACED.test(w) ? escapeRegExp(w) : `(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{M}\\p{N}])`,
    );
  const pattern = alternatives.length ? new RegExp(alternatives.join('|'), 'gu') : undefined;
  const first = pattern?.exec(text)?.index ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = text.slice(start, first).search(/\s/);
    if (space !== -1) start += space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.slice(first, end).search(/\s\S*$/);
    if (space > 0) end = first + space;
  }
  const parts: ExcerptPart[] = [];
  let at = start;
  if (pattern) {
    pattern.lastIndex = start;
    for (let m = pattern.exec(text); m && m.index < end; m = pattern.exec(text)) {
      if (m.index > at) parts.push({ text: text.slice(at, m.index), mark: false });
      parts.push({ text: m[0], mark: true });
      at = m.index + m[0].length;
    }
  }
  if (end > at) parts.push({ text: text.slice(at, end), mark: false });
  if (start > 0) parts.unshift({ text: '… ', mark: false });
  if (end < text.length) parts.push({ text: ' …', mark: false });
  return parts;
}
