/**
 * The reviewed state: a translator has read a translation against its English and vouches for it. It is a
 * state of its own, beside machine (MT) and human (HT) translation: a reviewed machine translation stays
 * MT, and readers are told it was reviewed. A review records the English and the translation it saw, so
 * it lapses by itself when either changes.
 *
 * Page passages keep their review in the unit (store.ts). UI strings stay plain i18next files; their
 * reviews live beside them in `locales/<lang>/ui-state.json`:
 *
 *     { "locale": "ja", "reviews": { "common:notice.machine": { "by": "…", "date": "2026-12-02",
 *       "source": "<the English>", "target": "<the translation>" } } }
 *
 * The format is documented in docs/translation-quality.md.
 */
import { flatten } from '../i18n/check-messages';
import type { Messages } from '../i18n/format';
import { matchKey } from './inline-check';
import { matchPage, type SourceBlock } from './match';
import { parseReview, type PageTranslations, type Review } from './store';

export interface UiState {
  locale: string;
  /** Reviews of UI strings by `namespace:key`. */
  reviews: Record<string, Review>;
}

const UI_KEY = /^[\w-]+:[\w.-]+$/;

/** Validates a parsed ui-state.json; errors name the file and the field. */
export function parseUiState(raw: unknown, file: string, locale?: string): UiState {
  const bad = (field: string, message: string): never => {
    throw new Error(`${file}: ${field}: ${message}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) bad('(root)', 'expected an object');
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (k !== 'locale' && k !== 'reviews') bad(k, 'not a known field');
  if (typeof r.locale !== 'string' || r.locale.trim() === '') bad('locale', 'expected a locale code');
  if (locale !== undefined && r.locale !== locale)
    bad('locale', `must be "${locale}" (the folder), not "${String(r.locale)}"`);
  const reviews = r.reviews ?? {};
  if (typeof reviews !== 'object' || reviews === null || Array.isArray(reviews))
    bad('reviews', 'expected an object keyed by namespace:key');
  const out: Record<string, Review> = {};
  for (const [key, value] of Object.entries(reviews as Record<string, unknown>)) {
    if (!UI_KEY.test(key)) bad(`reviews["${key}"]`, 'the key must be namespace:key, for example common:site.name');
    out[key] = parseReview(value, file, `reviews["${key}"]`);
  }
  return { locale: r.locale as string, reviews: out };
}

/** Serializes deterministically (keys in order, two-space indent, final newline). */
export function serializeUiState(state: UiState): string {
  const reviews: Record<string, Review> = {};
  for (const key of Object.keys(state.reviews).sort()) {
    const r = state.reviews[key]!;
    reviews[key] = { by: r.by, date: r.date, source: r.source, target: r.target };
  }
  return `${JSON.stringify({ locale: state.locale, reviews }, null, 2)}\n`;
}

export interface UiReviewCounts {
  /** Strings whose review holds for today's English and translation. */
  reviewed: number;
  /** Reviews made against an English or a translation that has changed since. */
  stale: string[];
  /** Reviews of keys that no longer exist. */
  unknown: string[];
}

/** Today's English and translation of every UI string of a locale, by `namespace:key`. */
export function uiPairs(
  english: Record<string, Messages>,
  ui: Record<string, Messages>,
): Map<string, { source: string; target: string }> {
  const out = new Map<string, { source: string; target: string }>();
  for (const [ns, messages] of Object.entries(ui)) {
    const en = flatten(english[ns] ?? {});
    for (const [key, target] of flatten(messages)) {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      const source = en.get(key) ?? (base !== key ? en.get(`${base}_other`) : undefined);
      if (typeof source === 'string' && typeof target === 'string') out.set(`${ns}:${key}`, { source, target });
    }
  }
  return out;
}

/** How many of a locale's UI strings are reviewed, and which reviews have lapsed or name no string. */
export function uiReviewCounts(
  state: UiState | undefined,
  pairs: ReadonlyMap<string, { source: string; target: string }>,
): UiReviewCounts {
  const out: UiReviewCounts = { reviewed: 0, stale: [], unknown: [] };
  for (const [key, r] of Object.entries(state?.reviews ?? {})) {
    const now = pairs.get(key);
    if (!now) out.unknown.push(key);
    else if (r.source === now.source && r.target === now.target) out.reviewed++;
    else out.stale.push(key);
  }
  return out;
}

/** Marks UI strings reviewed; unknown keys are returned, not recorded. */
export function reviewStrings(
  state: UiState,
  keys: readonly string[],
  pairs: ReadonlyMap<string, { source: string; target: string }>,
  by: string,
  date: string,
): { state: UiState; marked: string[]; unknown: string[] } {
  const reviews = { ...state.reviews };
  const marked: string[] = [];
  const unknown: string[] = [];
  for (const key of keys) {
    const now = pairs.get(key);
    if (!now) {
      unknown.push(key);
      continue;
    }
    reviews[key] = { by, date, source: now.source, target: now.target };
    marked.push(key);
  }
  return { state: { locale: state.locale, reviews }, marked, unknown };
}

/**
 * Marks as reviewed every stored translation a page shows as current (made from today's English). Outdated
 * ones are left: the English changed, so they need a translator first.
 */
export function reviewPassages(
  stored: PageTranslations,
  blocks: readonly SourceBlock[],
  by: string,
  date: string,
  /** Only these English passages (matchKey), when given. */
  only?: ReadonlySet<string>,
): { translations: PageTranslations; marked: number; outdated: number } {
  const m = matchPage(blocks, stored.units);
  const current = new Set<string>();
  let outdated = 0;
  for (const run of [...m.blocks.values()].flat()) {
    if (run.state === 'current') current.add(matchKey(run.english));
    if (run.state === 'outdated' && (!only || only.has(matchKey(run.english)))) outdated++;
  }
  let marked = 0;
  const units = stored.units.map((u) => {
    const key = matchKey(u.source);
    if (!current.has(key) || (only && !only.has(key))) return u;
    marked++;
    return { ...u, review: { by, date, source: u.source, target: u.target } };
  });
  return { translations: { ...stored, units }, marked, outdated };
}
