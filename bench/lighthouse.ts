/**
 * Lighthouse (mobile and desktop) for one URL, installed on demand into bench/tmp/lighthouse and run with
 * Debian's Chromium. Returns the four category scores (0–100) and, for every category under 100, the
 * audits that cost points.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { medianRun } from './core/stats';
import { join } from 'node:path';
import { childEnv, CHROMIUM, ensureDir, log, TMP } from './lib/env';

const DIR = join(TMP, 'lighthouse');
const CLI = join(DIR, 'node_modules', 'lighthouse', 'cli', 'index.js');
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FailingAudit {
  id: string;
  title: string;
  score: number;
  /** What the audit points at (elements, URLs), when it says. */
  items?: string[];
}

export interface LighthouseRun {
  url: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<Category, number>;
  /** Audits that lost points, per category under 100 (id, title, score 0–1). */
  failing: Partial<Record<Category, FailingAudit[]>>;
  metrics: Record<string, number>;
  error?: string;
  /** Performance score of every run of this page and form factor, in the order they ran. */
  performanceRuns?: number[];
}

/** Installs Lighthouse unless present; returns its version. */
export function ensureLighthouse(): string {
  ensureDir(DIR);
  if (!existsSync(CLI)) {
    log('installing lighthouse into bench/tmp/lighthouse');
    if (!existsSync(join(DIR, 'package.json')))
      writeFileSync(join(DIR, 'package.json'), '{ "name": "lighthouse-bench", "private": true }\n');
    execFileSync('npm', ['install', 'lighthouse', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: DIR,
      env: childEnv(),
      stdio: 'inherit',
    });
  }
  return (
    JSON.parse(readFileSync(join(DIR, 'node_modules', 'lighthouse', 'package.json'), 'utf8')) as { version: string }
  ).version;
}

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      numericValue?: number;
      details?: { items?: Record<string, unknown>[] };
    }
  >;
  runtimeError?: { message: string };
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** A short description of an audit's detail row: the element's selector and snippet, or a URL. */
function describeItem(item: Record<string, unknown>): string | undefined {
  const node = item.node as { selector?: string; snippet?: string } | undefined;
  if (node?.selector || node?.snippet) return `${node.selector ?? ''} ${node.snippet ?? ''}`.trim().slice(0, 200);
  if (typeof item.url === 'string') return item.url;
  return undefined;
}

/** Runs Lighthouse once for `url` in the given form factor. */
export function runLighthouse(url: string, formFactor: 'mobile' | 'desktop'): Promise<LighthouseRun> {
  const args = [
    CLI,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve) => {
    execFile(
      'node',
      args,
      { env: childEnv({ CHROME_PATH: CHROMIUM }), maxBuffer: 256 * 2 ** 20, timeout: 180_000 },
      (err, stdout) => {
        const empty = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
        let lhr: Lhr;
        try {
          lhr = JSON.parse(stdout) as Lhr;
        } catch {
          resolve({
            url,
            formFactor,
            scores: empty,
            failing: {},
            metrics: {},
            error: err?.message ?? 'no Lighthouse report',
          });
          return;
        }
        const scores = { ...empty };
        const failing: LighthouseRun['failing'] = {};
        for (const c of CATEGORIES) {
          const cat = lhr.categories[c];
          scores[c] = Math.round((cat?.score ?? 0) * 100);
          if (scores[c] < 100 && cat) {
            // Only audits that carry weight cost points; insights and diagnostics have none.
            failing[c] = cat.auditRefs
              .filter((r) => r.weight > 0)
              .map((r) => lhr.audits[r.id])
              .filter((a): a is NonNullable<typeof a> => !!a && a.score !== null && a.score < 1)
              .map((a) => {
                const items = (a.details?.items ?? [])
                  .map(describeItem)
                  .filter((x): x is string => !!x)
                  .slice(0, 6);
                return items.length
                  ? { id: a.id, title: a.title, score: a.score!, items }
                  : { id: a.id, title: a.title, score: a.score! };
              });
            // Layout shifts cost performance but are listed in a diagnostic audit: name the culprits.
            const shifts = (lhr.audits['layout-shifts']?.details?.items ?? [])
              .map(describeItem)
              .filter((x): x is string => !!x);
            if (c === 'performance' && shifts.length)
              failing[c]!.push({
                id: 'layout-shifts',
                title: lhr.audits['layout-shifts']!.title,
                score: lhr.audits['layout-shifts']!.score ?? 0,
                items: shifts.slice(0, 6),
              });
          }
        }
        const metrics = Object.fromEntries(
          METRICS.filter((m) => lhr.audits[m]?.numericValue !== undefined).map((m) => [
            m,
            Math.round(lhr.audits[m]!.numericValue! * 1000) / 1000,
          ]),
        );
        const run: LighthouseRun = { url, formFactor, scores, failing, metrics };
        if (lhr.runtimeError) run.error = lhr.runtimeError.message;
        resolve(run);
      },
    );
  });
}

/** Runs Lighthouse `n` times for `url` and keeps the run with the median performance score. */
export async function runLighthouseMedian(
  url: string,
  formFactor: 'mobile' | 'desktop',
  n: number,
): Promise<LighthouseRun> {
  const runs: LighthouseRun[] = [];
  for (let i = 0; i < n; i++) runs.push(await runLighthouse(url, formFactor));
  return { ...medianRun(runs)!, performanceRuns: runs.map((r) => r.scores.performance) };
}
