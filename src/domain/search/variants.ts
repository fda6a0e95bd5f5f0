/**
 * The extra terms a page is indexed with, so that Pagefind finds its words however a reader types them.
 * They go into one metadata field of the page (`data-pagefind-meta="variants:…"`, written by the
 * post-build pass): Pagefind searches metadata, splits it at spaces only, and keeps it out of excerpts.
 */
import { escapeHtml, htmlLang } from '../html.ts';
import { baseFold, caseFold, indexKey } from './fold.ts';

/** The metadata field that holds a page's variant terms. */
export const VARIANTS_FIELD = 'variants';

/** A run of letters, marks and digits: a word or a part of one in spaced scripts, a run of unspaced ones. */
const RUN = /[\p{L}\p{M}\p{N}]+/gu;

/** Scripts written without spaces between words. */
export const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/**
 * Words of unspaced scripts that are added as the browser segments them. Pagefind segments Chinese,
 * Japanese and Thai pages with its own dictionary while the browser segments the query with
 * `Intl.Segmenter`, and it does not segment Lao, Khmer or Burmese pages at all. Where the two cut a run
 * differently, a word typed on its own can find nothing: on this site's Japanese pages 5 of 1,895 word
 * and page pairs, all words with hiragana (どちら, について, いるか); words of kanji or katakana alone were all
 * found, since Pagefind matches a query word to the indexed words it begins, and to the longest indexed
 * word that begins it. So words with hiragana are added, and words of the scripts Pagefind leaves whole.
 */
const SEGMENTED_AS_TYPED = /[\p{sc=Hiragana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/**
 * Articles and particles written as one word with the next, by primary language: such a word is also
 * indexed without them. Arabic's stemmer removes the article from "الارتباطات" but keeps the plural of
 * "ارتباطات", so a reader who types the word without its article would not find the pages that have it.
 */
const JOINED_PREFIXES: Readonly<Record<string, RegExp>> = {
  ar: /^(?:[وفبك]?ال|لل)(?=[\p{L}\p{M}]{3})/u,
};

/**
 * For each word of `text` (in the language `tag`), the forms Pagefind would otherwise not file
 * under the word: its lower case by the locale's rules where Pagefind's language-blind one differs
 * ("IŞIK" → "ışık", not "işik"), its accent-insensitive form where Pagefind's own accent folding does not
 * reach ("yanlış" → "yanlis": Pagefind keeps ı), words of unspaced scripts (`SEGMENTED_AS_TYPED`), and words without a joined
 * article (`JOINED_PREFIXES`). Each form once, in order of first appearance; words Pagefind already files
 * correctly add nothing.
 */
export function variantTerms(text: string, tag: string): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const consider = (word: string) => {
    if (seen.has(word)) return;
    seen.add(word);
    for (const term of wordVariants(word, tag)) out.add(term);
  };
  // Runs of letters, as Pagefind splits words and their parts; the browser's segmenter (slow on a whole
  // page) only for the runs of unspaced scripts whose words are added as it cuts them.
  let segmenter: Intl.Segmenter | undefined;
  for (const run of new Set(text.match(RUN))) {
    if (!SEGMENTED_AS_TYPED.test(run)) {
      consider(run);
      continue;
    }
    segmenter ??= new Intl.Segmenter(tag, { granularity: 'word' });
    for (const s of segmenter.segment(run)) if (s.isWordLike) consider(s.segment);
  }
  return [...out];
}

/** Variant terms by language tag and word: a site's pages share most of their words. */
const known = new Map<string, Map<string, readonly string[]>>();

/** The variant terms of one word (see `variantTerms`). */
function wordVariants(word: string, tag: string): readonly string[] {
  let byWord = known.get(tag);
  if (!byWord) {
    byWord = new Map();
    known.set(tag, byWord);
  }
  const cached = byWord.get(word);
  if (cached) return cached;
  const terms: string[] = [];
  const key = indexKey(word);
  const lower = caseFold(word, tag);
  const lowerKey = indexKey(lower);
  if (lowerKey !== key || SEGMENTED_AS_TYPED.test(word)) terms.push(lower);
  const folded = baseFold(word, tag);
  const foldedKey = indexKey(folded);
  if (foldedKey !== key && foldedKey !== lowerKey) terms.push(folded);
  const prefix = JOINED_PREFIXES[tag.split('-')[0]!.toLowerCase()];
  const bare = prefix ? lower.replace(prefix, '') : lower;
  if (bare !== lower) {
    terms.push(bare);
    const bareFolded = baseFold(bare, tag);
    if (indexKey(bareFolded) !== indexKey(bare)) terms.push(bareFolded);
  }
  const result = terms.filter(Boolean);
  byWord.set(word, result);
  return result;
}

/** An attribute list that may hold ">" inside quoted values. */
const ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*`;
/** The opening tag of the element Pagefind indexes: its name, then its attributes. */
const BODY_TAG = new RegExp(`<([a-z][\\w-]*)(\\s(?:${ATTRS}?\\s)?data-pagefind-body(?![\\w-])${ATTRS})>`, 'i');

/**
 * A built page with its variant terms added to its `data-pagefind-body` element for Pagefind's indexer,
 * given the page's indexed text (`indexedText`), and how many terms it got. A page without that element
 * or without a language is returned as it is.
 * @throws when that element already names metadata of its own (the two would need merging by hand).
 */
export function withVariantTerms(html: string, text: string): { html: string; terms: number } {
  const body = BODY_TAG.exec(html);
  const lang = htmlLang(html);
  if (!body || !lang) return { html, terms: 0 };
  if (/\sdata-pagefind-meta\s*=/.test(body[2]!))
    throw new Error(
      `<${body[1]} data-pagefind-body> already has data-pagefind-meta: the "${VARIANTS_FIELD}" field cannot be added to it`,
    );
  const terms = variantTerms(text, lang);
  if (!terms.length) return { html, terms: 0 };
  const at = body.index + 1 + body[1]!.length;
  const attr = ` data-pagefind-meta="${escapeHtml(`${VARIANTS_FIELD}:${terms.join(' ')}`)}"`;
  return { html: html.slice(0, at) + attr + html.slice(at), terms: terms.length };
}
