import { distance } from 'fastest-levenshtein';

/** The least similarity for an old translation to count as "outdated" rather than "missing". */
export function minScore(length: number): number {
  return length < 24 ? 0.85 : 0.7;
}

/** True when `score` is close enough for a text of `length` characters. */
export function closeEnough(score: number, length: number): boolean {
  return score >= minScore(length);
}

/**
 * How alike two English texts are, from 0 (nothing shared) to 1 (identical), by edit distance (UTF-16 code
 * units; fastest-levenshtein's bit-parallel algorithm: at 50 locales × 100 pages the translation step took
 * 12.7 s with it, 50 s with the textbook table it replaced). Pairs that cannot reach `min` by their lengths alone
 * return 0 without being compared; below `min` the exact value does not matter to any caller.
 */
export function similarity(a: string, b: string, min = 0): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) / longer < 0.5) return 0;
  const maxDist = Math.floor((1 - min) * longer);
  if (Math.abs(a.length - b.length) > maxDist) return 0;
  const d = distance(a, b);
  return d > maxDist ? 0 : 1 - d / longer;
}
