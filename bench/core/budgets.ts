/** The performance budgets of the issue, checked against one benchmark run's figures. */

export type BudgetStatus = 'pass' | 'fail' | 'skipped';

export interface BudgetResult {
  id: string;
  budget: string;
  actual: string;
  status: BudgetStatus;
}

export interface ScalingFigure {
  /** The site's pages, locales × pages: the "1,000 pages" and "5,000 pages" of the budget. */
  contentPages: number;
  /** Build seconds per page of the site (÷ contentPages): the figure the budget judges. */
  secondsPerPage: number;
  /** Build seconds per HTML file written (content plus each locale's home and tool pages): shown, not judged. */
  secondsPerHtmlPage?: number;
  /** CPU seconds per page: steadier than wall time when the machine is shared (shown, not judged). */
  cpuSecondsPerPage?: number;
  peakMemoryMb: number;
  /** False when the build was stopped at its time limit or failed. */
  complete: boolean;
}

export interface BuildPhases {
  before: number;
  from: number;
}

export interface BudgetInput {
  contentPageGzip?: { ours: number; starlight: number };
  contentPageJsGzip?: number;
  /** Our Lighthouse scores: one entry per page type and form factor. */
  lighthouse?: { page: string; formFactor: string; scores: Record<string, number> }[];
  buildSeconds?: { ours: number; starlight: number };
  /**
   * Each site's build in two parts (medians): before it starts writing pages (start-up, content sync, bundles)
   * and from then to the end. With it, the build-time line says what the budget leaves for the pages.
   */
  phases?: { ours: BuildPhases; starlight: BuildPhases };
  scaling?: ScalingFigure[];
  /** Median search latency per locale, ms (our site). */
  search?: { locale: string; medianMs: number }[];
}

export const LIMITS = {
  contentBytesRatio: 0.5,
  contentJsBytes: 2 * 1024,
  lighthouse: 100,
  buildRatio: 0.9,
  scalingRatio: 1.2,
  scalingMemoryMb: 1600,
  searchMs: 100,
} as const;

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
const status = (ok: boolean): BudgetStatus => (ok ? 'pass' : 'fail');
const skipped = (id: string, budget: string, why: string): BudgetResult => ({
  id,
  budget,
  actual: why,
  status: 'skipped',
});

/**
 * What the build-time budget leaves for the part of the build after the bundles: the budget's end less the
 * moment this site starts writing pages, against what each site spends from then on.
 */
function headroom(b: { ours: number; starlight: number }, p: { ours: BuildPhases; starlight: BuildPhases }): string {
  const end = LIMITS.buildRatio * b.starlight;
  const s = (x: number) => `${x.toFixed(1)} s`;
  return `; pages start at ${s(p.ours.before)} vs ${s(p.starlight.before)}, so the budget's ${s(end)} leaves ${s(Math.max(0, end - p.ours.before))} to write and index them, which takes ${s(p.ours.from)} here and ${s(p.starlight.from)} in Starlight`;
}

/** Every budget with its figure; a budget whose figure was not measured is "skipped". */
export function checkBudgets(input: BudgetInput): BudgetResult[] {
  const out: BudgetResult[] = [];
  const c = input.contentPageGzip;
  out.push(
    c
      ? {
          id: 'content-bytes',
          budget: `content page first-visit bytes (gzip) ≤ ${LIMITS.contentBytesRatio} × Starlight's`,
          actual: `${kb(c.ours)} vs ${kb(c.starlight)} (${(c.ours / c.starlight).toFixed(2)}×)`,
          status: status(c.ours <= LIMITS.contentBytesRatio * c.starlight),
        }
      : skipped('content-bytes', "content page bytes ≤ half of Starlight's", 'not measured'),
  );
  const js = input.contentPageJsGzip;
  out.push(
    js !== undefined
      ? {
          id: 'content-js',
          budget: `content page JavaScript before search ≤ ${kb(LIMITS.contentJsBytes)} gzip`,
          actual: kb(js),
          status: status(js <= LIMITS.contentJsBytes),
        }
      : skipped('content-js', 'content page JavaScript ≤ 2 KB gzip', 'not measured'),
  );
  if (input.lighthouse?.length) {
    const low = input.lighthouse.flatMap((l) =>
      Object.entries(l.scores)
        .filter(([, s]) => s < LIMITS.lighthouse)
        .map(([cat, s]) => `${l.page} ${l.formFactor} ${cat} ${s}`),
    );
    out.push({
      id: 'lighthouse',
      budget: `Lighthouse ${LIMITS.lighthouse} in every category, mobile and desktop, every page type`,
      actual: low.length ? low.join('; ') : `all ${input.lighthouse.length * 4} scores 100`,
      status: status(low.length === 0),
    });
  } else out.push(skipped('lighthouse', 'Lighthouse 100 everywhere', 'not run'));
  const b = input.buildSeconds;
  out.push(
    b
      ? {
          id: 'build-time',
          budget: `build time ≤ ${LIMITS.buildRatio} × Starlight's for the same content`,
          actual: `${b.ours.toFixed(1)} s vs ${b.starlight.toFixed(1)} s (${(b.ours / b.starlight).toFixed(2)}×)${input.phases ? headroom(b, input.phases) : ''}`,
          status: status(b.ours <= LIMITS.buildRatio * b.starlight),
        }
      : skipped('build-time', `build time ≤ ${LIMITS.buildRatio} × Starlight's`, 'not measured'),
  );
  const at = (n: number) => input.scaling?.find((s) => s.contentPages === n);
  const s1 = at(1000);
  const s5 = at(5000);
  if (s1 && s5) {
    const both = s1.complete && s5.complete;
    out.push({
      id: 'scaling-time',
      budget: `time per page at 5,000 pages ≤ ${LIMITS.scalingRatio} × at 1,000 pages`,
      actual: both
        ? `${(s5.secondsPerPage * 1000).toFixed(1)} ms vs ${(s1.secondsPerPage * 1000).toFixed(1)} ms per page (${(s5.secondsPerPage / s1.secondsPerPage).toFixed(2)}×)${
            s1.cpuSecondsPerPage && s5.cpuSecondsPerPage
              ? `; CPU time ${(s5.cpuSecondsPerPage / s1.cpuSecondsPerPage).toFixed(2)}×`
              : ''
          }${
            s1.secondsPerHtmlPage && s5.secondsPerHtmlPage
              ? `; per HTML file ${(s5.secondsPerHtmlPage / s1.secondsPerHtmlPage).toFixed(2)}×`
              : ''
          }`
        : `a build did not finish (${s1.complete ? '' : '1,000 '}${s5.complete ? '' : '5,000 '}pages)`,
      status: status(both && s5.secondsPerPage <= LIMITS.scalingRatio * s1.secondsPerPage),
    });
  } else out.push(skipped('scaling-time', 'time per page at 5,000 ≤ 1.2 × at 1,000', 'not measured'));
  out.push(
    s5
      ? {
          id: 'scaling-memory',
          budget: `peak memory at 5,000 pages ≤ ${LIMITS.scalingMemoryMb} MB`,
          actual: `${Math.round(s5.peakMemoryMb)} MB${s5.complete ? '' : ' before the build was stopped'}`,
          status: status(s5.complete && s5.peakMemoryMb <= LIMITS.scalingMemoryMb),
        }
      : skipped('scaling-memory', `peak memory at 5,000 pages ≤ ${LIMITS.scalingMemoryMb} MB`, 'not measured'),
  );
  if (input.search?.length) {
    const slow = input.search.filter((s) => !(s.medianMs <= LIMITS.searchMs));
    const worst = Math.max(...input.search.map((s) => (Number.isFinite(s.medianMs) ? s.medianMs : Infinity)));
    out.push({
      id: 'search',
      budget: `median time to first search result ≤ ${LIMITS.searchMs} ms in every locale`,
      actual: `worst locale median ${worst.toFixed(0)} ms${slow.length ? ` (over: ${slow.map((s) => s.locale).join(', ')})` : ''}`,
      status: status(slow.length === 0),
    });
  } else out.push(skipped('search', 'search ≤ 100 ms', 'not measured'));
  return out;
}
