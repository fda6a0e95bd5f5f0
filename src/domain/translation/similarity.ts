/** How alike two English texts are, from 0 (nothing shared) to 1 (identical), by edit distance. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) / longer < 0.5) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let curr = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return 1 - prev[b.length]! / longer;
}

/** The least similarity for an old translation to count as "outdated" rather than "missing". */
export function closeEnough(score: number, length: number): boolean {
  return score >= (length < 24 ? 0.85 : 0.7);
}
