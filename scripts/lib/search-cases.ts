/**
 * Search queries drawn from the built site, for the end-to-end table (tests/e2e/search.spec.ts) and the
 * quality figures (bench/search-quality.ts): words the indexed pages really contain, typed as readers
 * type them (capitals, sentence case, without accents, without tashkeel or the article, a word out of a
 * run of Japanese text, full-width Latin), each with the pages that contain it; and queries that match
 * nothing. Nothing is hard-coded: a change of content changes the rows.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { baseFold, caseFold } from '../../src/domain/search/fold';
import { indexedText } from '../../src/domain/search/index-text';

/** An indexed page of one locale: its route (`tr/overview/`) and the text Pagefind indexes. */
export interface IndexedPage {
  route: string;
  text: string;
}

export type CaseKind =
  | 'capitals'
  | 'sentence case'
  | 'capitals without accents'
  | 'without accents'
  | 'without tashkeel or hamza'
  | 'without the article'
  | 'inside a run of text'
  | 'full-width Latin'
  | 'no match';

export interface SearchCase {
  kind: CaseKind;
  /** The query as typed. */
  query: string;
  /** The word of the pages it was made from (for "no match": a word no page contains). */
  word: string;
  /** Routes of the pages that contain the word: each must be among the results. Empty for "no match". */
  expected: string[];
}

/** The pages Pagefind indexes for a locale (package.json's glob: `<code>/index.html`, `<code>/*\/index.html`). */
export function readIndexedPages(dir: string, code: string): IndexedPage[] {
  const root = join(dir, code);
  const routes = [
    `${code}/`,
    ...readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `${code}/${e.name}/`),
  ];
  return routes
    .filter((r) => existsSync(join(dir, r, 'index.html')))
    .map((route) => ({ route, text: indexedText(readFileSync(join(dir, route, 'index.html'), 'utf8')) }))
    .filter((p) => p.text !== '')
    .sort((a, b) => a.route.localeCompare(b.route));
}

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const LETTERS = /^\p{L}[\p{L}\p{M}]*$/u;

interface WordInfo {
  /** The form first seen. */
  word: string;
  routes: Set<string>;
  /** Some occurrence sits inside a run of unspaced text (a CJK character on both sides). */
  inRun: boolean;
}

/** Distinct words of the pages, keyed by their case fold, with the pages that contain them. */
function wordIndex(pages: readonly IndexedPage[], tag: string): Map<string, WordInfo> {
  const index = new Map<string, WordInfo>();
  const segmenter = new Intl.Segmenter(tag, { granularity: 'word' });
  for (const page of pages) {
    for (const s of segmenter.segment(page.text)) {
      if (!s.isWordLike || !LETTERS.test(s.segment)) continue;
      const key = caseFold(s.segment, tag);
      const info = index.get(key) ?? { word: s.segment, routes: new Set<string>(), inRun: false };
      index.set(key, info);
      info.routes.add(page.route);
      const before = page.text[s.index - 1] ?? '';
      const after = page.text[s.index + s.segment.length] ?? '';
      if (CJK.test(before) && CJK.test(after)) info.inRun = true;
    }
  }
  return index;
}

/** Letters a language-blind lower case gets wrong after the locale's upper case (Turkish i and ı). */
const caseSensitive = (c: string, tag: string) => c.toLocaleUpperCase(tag).toLowerCase() !== c;
const accented = (c: string, tag: string) => baseFold(c, tag) !== c;
/** How many different letters of `word` pass `test`. */
const count = (word: string, test: (c: string) => boolean) => new Set([...word].filter(test)).size;

const sentenceCase = (w: string, tag: string) => {
  const [first = '', ...rest] = [...w];
  return first.toLocaleUpperCase(tag) + rest.join('');
};
const withoutMarks = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const fullWidth = (w: string) => w.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

interface Kind {
  kind: CaseKind;
  /** Whether a word (in lower case) suits this kind, and how well (higher first); 0 = unsuitable. */
  score: (w: string, info: WordInfo) => number;
  query: (w: string, info: WordInfo) => string;
}

function kindsFor(tag: string): Kind[] {
  const lang = tag.split('-')[0]!.toLowerCase();
  const upper = (w: string) => w.toLocaleUpperCase(tag);
  const latin = (w: string) => /^\p{sc=Latin}+$/u.test(w);
  const special = (w: string) => count(w, (c) => caseSensitive(c, tag)) * 10 + count(w, (c) => accented(c, tag));
  if (lang === 'ja' || lang === 'zh')
    return [
      {
        kind: 'inside a run of text',
        // Words with kanji first: they are what Pagefind's own segmentation splits differently most often.
        score: (w, i) =>
          i.inRun && CJK.test(w) && [...w].length >= 2 ? [...w].length + (/\p{sc=Han}/u.test(w) ? 10 : 0) : 0,
        query: (w) => w,
      },
      {
        kind: 'full-width Latin',
        score: (w) => (/^[a-z]{3,}$/i.test(w) ? w.length : 0),
        query: (w) => fullWidth(upper(w)),
      },
    ];
  const kinds: Kind[] = [
    { kind: 'capitals', score: (w) => (latin(w) || lang !== 'ar' ? special(w) : 0), query: upper },
    {
      kind: 'sentence case',
      score: (w) => (special([...w][0] ?? '') ? special(w) + 10 : 0),
      query: (w) => sentenceCase(w, tag),
    },
    {
      kind: 'without accents',
      score: (w) => (baseFold(w, tag) !== w ? special(w) : 0),
      query: (w) => baseFold(w, tag),
    },
    {
      kind: 'capitals without accents',
      score: (w) => (baseFold(w, tag) !== w && latin(baseFold(w, tag)) ? special(w) : 0),
      query: (w) => baseFold(w, tag).toUpperCase(),
    },
  ];
  if (lang === 'ar')
    return [
      {
        kind: 'without tashkeel or hamza',
        score: (w) => (withoutMarks(w) !== w ? count(w.normalize('NFD'), (c) => /\p{M}/u.test(c)) : 0),
        query: withoutMarks,
      },
      {
        kind: 'without the article',
        score: (w) => (w.startsWith('ال') && [...w].length >= 6 ? [...w].length : 0),
        query: (w) => w.slice(2),
      },
    ];
  return kinds;
}

/** The letters of a script a reader could type, by its first and last code points. */
const SCRIPT_LETTERS: Readonly<Record<string, readonly [number, number][]>> = {
  Latin: [[0x61, 0x7a]],
  Arabic: [
    [0x0621, 0x064a],
    [0x0671, 0x06d3],
  ],
  Cyrillic: [[0x0430, 0x044f]],
  Greek: [[0x03b1, 0x03c9]],
  Hebrew: [[0x05d0, 0x05ea]],
  Thai: [[0x0e01, 0x0e2e]],
  Katakana: [[0x30a1, 0x30fa]],
};

/**
 * A query that no page of the locale can match: it starts with a letter of the locale's main script (the
 * one most of its letters are written in) that no page uses, or failing that, that no word of the pages
 * starts with (words split as Pagefind splits compounds: at hyphens, apostrophes and camelCase), in any
 * case or accent. Then no indexed word (nor its stem, which only loses endings) can begin with it, so
 * neither Pagefind's prefix search nor its fallback to the longest indexed beginning of the query finds
 * anything. The script's most frequent letters follow, to look like a word. Chinese and Japanese pages
 * get katakana.
 */
function noMatchQuery(pages: readonly IndexedPage[], tag: string): string | undefined {
  const raw = pages.map((p) => p.text).join(' ');
  const text = `${caseFold(raw, tag)} ${baseFold(raw, tag)}`;
  const frequency = new Map<string, number>();
  for (const c of text) if (/\p{L}/u.test(c)) frequency.set(c, (frequency.get(c) ?? 0) + 1);
  const scripts = Object.keys(SCRIPT_LETTERS);
  const scriptOf = (c: string) =>
    /[\p{sc=Han}\p{sc=Hiragana}]/u.test(c) ? 'Katakana' : scripts.find((s) => new RegExp(`\\p{sc=${s}}`, 'u').test(c));
  const perScript = new Map<string, number>();
  for (const [c, n] of frequency) {
    const s = scriptOf(c);
    if (s) perScript.set(s, (perScript.get(s) ?? 0) + n);
  }
  const main = [...perScript].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return undefined;
  const unused: string[] = [];
  for (const [from, to] of SCRIPT_LETTERS[main]!)
    for (let cp = from; cp <= to; cp++) {
      const c = String.fromCodePoint(cp);
      if (/\p{L}/u.test(c) && !frequency.has(c)) unused.push(c);
    }
  if (!unused.length) {
    // Every letter is used: a letter, or else two letters, that no word starts with.
    const parts = raw.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
    const words = `${caseFold(parts, tag)} ${baseFold(parts, tag)}`.split(/[^\p{L}\p{N}]+/u);
    const starts = new Set(words.map((w) => [...w][0]));
    const letters: string[] = [];
    for (const [from, to] of SCRIPT_LETTERS[main]!)
      for (let cp = from; cp <= to; cp++) {
        const c = String.fromCodePoint(cp);
        if (/\p{L}/u.test(c)) letters.push(c);
      }
    unused.push(...letters.filter((c) => !starts.has(c)));
    if (!unused.length) {
      // Two consonants: a stemmer may cut a word down to an opening vowel (Hungarian's turned "aa…" into "a").
      const pairs = new Set(words.map((w) => [...w].slice(0, 2).join('')));
      const consonants = letters.filter((c) => !/[aeiouy]/.test(baseFold(c, tag)));
      for (const a of consonants) for (const b of consonants) if (!pairs.has(a + b)) unused.push(a + b);
    }
  }
  if (!unused.length) return undefined;
  const common = [...frequency]
    .filter(([c]) => scriptOf(c) === main)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([c]) => c);
  return main === 'Katakana' ? unused.slice(0, 4).join('') : unused[0]! + common.slice(0, 5).join('');
}

/**
 * Up to `perKind` cases of each kind for one locale, from words of at least five letters found on one to
 * `maxPages` pages (so the dialog's first results can show them all), best suited first, each word used
 * once; and one query that matches nothing, as typed and in capitals.
 */
export function searchCases(pages: readonly IndexedPage[], tag: string, perKind = 3, maxPages = 3): SearchCase[] {
  const index = wordIndex(pages, tag);
  const used = new Set<string>();
  const out: SearchCase[] = [];
  for (const kind of kindsFor(tag)) {
    const ranked = [...index.entries()]
      .filter(([key, info]) => info.routes.size <= maxPages && ([...key].length >= 5 || CJK.test(key)))
      .map(([key, info]) => ({ key, info, score: kind.score(key, info) }))
      .filter((c) => c.score > 0 && !used.has(c.key))
      // Best suited first, then words on more pages (common words), then shorter ones.
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.info.routes.size - a.info.routes.size ||
          a.key.length - b.key.length ||
          (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      );
    for (const c of ranked.slice(0, perKind)) {
      used.add(c.key);
      out.push({
        kind: kind.kind,
        query: kind.query(c.key, c.info),
        word: c.info.word,
        expected: [...c.info.routes].sort(),
      });
    }
  }
  const none = noMatchQuery(pages, tag);
  if (none) {
    out.push({ kind: 'no match', query: none, word: none, expected: [] });
    const capitals = none.toLocaleUpperCase(tag);
    if (capitals !== none) out.push({ kind: 'no match', query: capitals, word: none, expected: [] });
  }
  return out;
}
