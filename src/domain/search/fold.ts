/**
 * How search reads a language: case folding by the locale's own rules and accent-insensitive folding,
 * used at index time (extra terms for Pagefind, src/domain/search/variants.ts) and at query time
 * (src/scripts/search.ts). Every rule is derived from the language tag, so a locale added later folds
 * sensibly without code changes: casing comes from `toLocaleLowerCase(tag)` (which already knows the
 * dotted and dotless i of Turkish and Azerbaijani, and Lithuanian's dot), and the letters that Unicode
 * does not decompose into base letter + accent are folded by one table for every language.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for ASCII, control characters included.
const ASCII = /^[\x00-\x7f]*$/;
/** The languages whose capital I `toLocaleLowerCase` lowers to dotless ı (plain `toLowerCase` does not). */
const DOTLESS_I = /^(?:tr|az)(?:$|[-_])/i;

const validTags = new Map<string, string | undefined>();

/** A tag `toLocaleLowerCase` accepts: the tag itself when valid, else the root locale (`undefined`). */
function validTag(tag: string): string | undefined {
  if (!validTags.has(tag)) {
    try {
      validTags.set(tag, Intl.getCanonicalLocales(tag)[0]);
    } catch {
      validTags.set(tag, undefined);
    }
  }
  return validTags.get(tag);
}

/**
 * The locale's lower case of `text`, after compatibility normalization (NFKC: full-width Latin and
 * half-width katakana to their usual forms, ligatures such as ﬁ to letters). The combining dot above that
 * the root locale leaves after i (İ → i + U+0307) is dropped: it is the i's own dot, not an accent.
 *
 * @example caseFold('NASIL', 'tr-TR') // 'nasıl' (while 'NASIL'.toLowerCase() is 'nasil')
 * @example caseFold('İŞ', 'en') // 'iş' (one letter shorter than 'İŞ'.toLocaleLowerCase('en'))
 */
export function caseFold(text: string, tag: string): string {
  // ASCII text lowers the same in every locale but Turkish and Azerbaijani (I → ı): there the plain lower case
  // is the same answer without the locale-aware path's cost (a test compares the two for every tag).
  if (ASCII.test(text) && !DOTLESS_I.test(tag)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLocaleLowerCase(validTag(tag))
    .replace(/([ij])\u0307/g, '$1')
    .normalize('NFC');
}

/**
 * Letters that carry their accent or variant inside the code point (no canonical decomposition), with
 * the plain letter a reader types on a keyboard without them. Arabic: alif maqsura and ta marbuta as
 * commonly typed (ي, ه), alif wasla, Persian yeh and keheh, and the tatweel (a stretch, not a letter).
 */
const BASE_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ə: 'e',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ς: 'σ',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ٱ: 'ا',
  ک: 'ك',
  ـ: '',
};
const BASE_LETTER = new RegExp(`[${Object.keys(BASE_LETTERS).join('')}]`, 'g');
/** Arabic-Indic and Persian digits, which NFKC leaves as they are (both blocks start at a multiple of 16). */
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * The accent-insensitive form of `text`: the locale's case fold, then every combining mark removed
 * (accents, Arabic tashkeel, the Turkish cedilla) and the letters of `BASE_LETTERS` replaced, so
 * "YANLIŞ", "yanlış" and "yanlis" all become "yanlis".
 */
export function baseFold(text: string, tag: string): string {
  return caseFold(text, tag)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(BASE_LETTER, (c) => BASE_LETTERS[c]!)
    .replace(DIGITS, (d) => String(d.codePointAt(0)! % 16))
    .normalize('NFC');
}

/**
 * The key Pagefind 1.6 files a word under before stemming, written after its indexer
 * (pagefind/src/fossick/splitting.rs): letters and digits only, each upper-case letter lowered by the
 * root locale's rules one at a time, then, for a non-ASCII word, canonical decomposition without the
 * combining marks. Two words with the same key are the same word to Pagefind.
 */
export function indexKey(word: string): string {
  const out = word.replace(/[^\p{Alphabetic}\p{N}\p{M}]/gu, '').replace(/\p{Uppercase}/gu, (c) => c.toLowerCase());
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for ASCII, control characters included.
  return /^[\x00-\x7f]*$/.test(out) ? out : out.normalize('NFD').replace(/\p{M}/gu, '');
}

/** What the search box sends to Pagefind for one query. */
export interface QueryForms {
  /** The query in the locale's lower case: matches the words as written (Pagefind ignores accents itself). */
  exact: string;
  /** The accent-insensitive query, when it can match words the exact one cannot; else undefined. */
  folded?: string;
}

/**
 * The forms of a typed query to search for. The folded form is searched as well only when it differs
 * from what Pagefind itself makes of the exact form (its own accent folding covers é, ş, ő, tashkeel;
 * not ı, ß, ø or ة), so most queries cost one search.
 *
 * @example queryForms('YANLIŞ', 'tr-TR') // { exact: 'yanlış', folded: 'yanlis' }
 * @example queryForms('Társítás', 'hu-HU') // { exact: 'társítás' }
 */
export function queryForms(query: string, tag: string): QueryForms {
  const exact = caseFold(query, tag).replace(/\s+/g, ' ').trim();
  const folded = baseFold(exact, tag);
  return indexKey(folded) === indexKey(exact) ? { exact } : { exact, folded };
}
