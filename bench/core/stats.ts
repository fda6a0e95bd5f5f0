/** Small statistics for benchmark samples. */

/** The median of the samples (mean of the two middle values for an even count); NaN when empty. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The p-th percentile (0–100) by nearest rank; NaN when empty. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const s = [...samples].sort((a, b) => a - b);
  const rank = Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length)));
  return s[rank - 1]!;
}

/** Ours divided by theirs; undefined when either is missing or theirs is zero. */
export function ratio(ours: number | undefined, theirs: number | undefined): number | undefined {
  if (ours === undefined || theirs === undefined || !Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0)
    return undefined;
  return ours / theirs;
}

/**
 * The representative one of several Lighthouse runs of a page (as Lighthouse CI does with several runs):
 * the run with the median performance score, so one run disturbed by other work on the machine neither
 * decides the result nor hides a real regression that shows in most runs. Ties keep the earlier run.
 */
export function medianRun<T extends { scores: { performance: number } }>(runs: readonly T[]): T | undefined {
  if (runs.length === 0) return undefined;
  const order = runs
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.scores.performance - b.r.scores.performance || a.i - b.i);
  return order[Math.floor((order.length - 1) / 2)]!.r;
}
