/** The least similarity for an old translation to count as "outdated" rather than "missing". */
export function minScore(length: number): number {
  return length < 24 ? 0.85 : 0.7;
}

/** True when `score` is close enough for a text of `length` characters. */
export function closeEnough(score: number, length: number): boolean {
  return score >= minScore(length);
}

/**
 * How alike two English texts are, from 0 (nothing shared) to 1 (identical), by edit distance.
 * Below `min` the exact value does not matter, so the comparison stops early and returns 0.
 */
export function similarity(a: string, b: string, min = 0): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) / longer < 0.5) return 0;
  const maxDist = Math.floor((1 - min) * longer);
  if (Math.abs(a.length - b.length) > maxDist) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let curr = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Every later row is at least this row's minimum: past maxDist the pair cannot be close.
    if (rowMin > maxDist) return 0;
    [prev, curr] = [curr, prev];
  }
  return 1 - prev[b.length]! / longer;
}
