/**
 * Synthetic sites for the build-scaling benchmark: more locales (real language codes, so plural rules and
 * scripts differ), more pages (copies of the real pages with new slugs and titles), and per locale and
 * page a translation file derived from a real locale's, with a deterministic mix of current, outdated
 * (stored with a slightly different English source) and missing passages.
 */
import type { TranslationUnit } from '../../src/domain/translation/store';

/** Fifty common BCP 47 language codes; the first five are the site's own locales. */
export const SCALE_LOCALE_CODES = [
  'en',
  'tr',
  'hu',
  'ar',
  'ja',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'ru',
  'uk',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr',
  'bg',
  'ro',
  'el',
  'he',
  'fa',
  'hi',
  'bn',
  'ur',
  'zh',
  'ko',
  'vi',
  'th',
  'id',
  'ms',
  'fil',
  'sv',
  'da',
  'nb',
  'fi',
  'et',
  'lv',
  'lt',
  'ga',
  'cy',
  'is',
  'mt',
  'ka',
  'hy',
  'az',
  'kk',
  'sw',
] as const;

export interface Mix {
  current: number;
  outdated: number;
}
/** 70 % current, 15 % outdated, the rest (15 %) missing. */
export const DEFAULT_MIX: Mix = { current: 0.7, outdated: 0.15 };

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same site. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit seed from a string (FNV-1a). */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The slugs of a site with `count` pages: the real ones first, then numbered copies of them in turn. */
export function pagePlan(realSlugs: readonly string[], count: number): { slug: string; from: string; copy: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const from = realSlugs[i % realSlugs.length]!;
    const copy = Math.floor(i / realSlugs.length);
    return { slug: copy === 0 ? from : `${from}-${copy + 1}`, from, copy };
  });
}

/** A copy's title: the original's with its number, so every page is distinct (searchable, in navigation). */
export const copyTitle = (title: string, copy: number): string => (copy === 0 ? title : `${title} (${copy + 1})`);

/**
 * One edit in the English a translation was made from: the first letter's case flips. The passage then
 * matches only closely, which is how an outdated translation looks to the site.
 */
export function nudgeSource(source: string): string {
  const i = source.search(/\p{L}/u);
  if (i < 0) return `${source} `;
  const ch = source[i]!;
  const flipped = ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase();
  return source.slice(0, i) + (flipped === ch ? `${ch}${ch}` : flipped) + source.slice(i + 1);
}

/**
 * Derives a page's units for a synthetic locale from a real locale's units of the same English page.
 * `title` renames the page's title unit for copies. Deterministic for a given `random`.
 */
export function deriveUnits(
  units: readonly TranslationUnit[],
  random: () => number,
  opts: { mix?: Mix; title?: { from: string; to: string; copy: number } } = {},
): TranslationUnit[] {
  const mix = opts.mix ?? DEFAULT_MIX;
  const out: TranslationUnit[] = [];
  for (const u of units) {
    let unit: TranslationUnit = { source: u.source, target: u.target, type: u.type };
    if (opts.title && opts.title.copy > 0 && u.source === opts.title.from) {
      unit = { ...unit, source: opts.title.to, target: copyTitle(u.target, opts.title.copy) };
    }
    const r = random();
    if (r < mix.current) out.push(unit);
    else if (r < mix.current + mix.outdated) out.push({ ...unit, source: nudgeSource(unit.source) });
  }
  return out;
}
