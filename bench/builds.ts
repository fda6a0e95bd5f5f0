/**
 * The timed builds: this site and Starlight side by side (several runs, one build at a time), the
 * synthetic scaling sites, and an optional CPU profile of a scaling build.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import type { BuildPhases } from './core/budgets';
import { parseBuildLog, type BuildLog } from './core/build-log';
import { summarizeProfile, type CpuProfile } from './core/profile';
import { median } from './core/stats';
import { ensureDir, log, ROOT, TMP } from './lib/env';
import { countHtml } from './lib/files';
import { timedRun, type TimedRun } from './lib/timed';
import { generateScaleSite } from './scaling';
import { BARE_DIR, BARE_OUT, FLOOR_DIR, FLOOR_OUT, FRAMEWORK_CACHES } from './floor';
import { STARLIGHT_DIR } from './starlight';

export const SITE_OUT = join(TMP, 'site-dist');
export const STARLIGHT_OUT = join(STARLIGHT_DIR, 'dist');
const BUILD_LIMIT = Number(process.env.BENCH_BUILD_LIMIT ?? 900);
/**
 * The line Astro prints when it starts writing pages. Everything before it is start-up, the content sync and
 * both bundles; everything after it is rendering, the post-build hooks and (for this site) the search index.
 */
export const RENDER_START = /generating static routes/;
/** Starlight's build command: `astro build` (its integration runs Pagefind inside). */
const ASTRO_BUILD = ['node_modules/astro/bin/astro.mjs', 'build'];

/**
 * This site's build command: package.json's build script (astro build, then Pagefind), run by the shell
 * with node_modules/.bin on the PATH as npm would, without npm's own start-up: both sites' commands are
 * timed as they are, neither through npm.
 */
function siteBuild(dir: string): { command: string; args: string[]; env: Record<string, string> } {
  const script = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts
    .build;
  return {
    command: 'sh',
    args: ['-c', script],
    env: { PATH: `${join(dir, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` },
  };
}
const SCALE_LIMIT = Number(process.env.BENCH_SCALE_LIMIT ?? 600);

export type BuildRun = Omit<TimedRun, 'tail'> & { log: BuildLog; loadBefore: number };
export interface BuildSummary {
  runs: BuildRun[];
  medianSeconds: number;
  medianPeakMb: number;
  medianPeakProcessMb?: number;
  medianCpuSeconds?: number;
  /** Median seconds before Astro starts writing pages (RENDER_START), and from then to the end (phaseMedians). */
  phases?: BuildPhases;
  htmlPages: number;
}

export interface ScalePoint {
  label: string;
  locales: number;
  pages: number;
  contentPages: number;
  htmlPages: number;
  seconds: number;
  cpuSeconds?: number;
  peakMb: number;
  peakProcessMb?: number;
  secondsPerPage: number;
  msPerContentPage: number;
  complete: boolean;
  log: BuildLog;
  logFile: string;
  units: { current: number; outdated: number; missing: number };
  /** Every build of this size when it was built more than once (combineScaleRuns); the figures above are one of them. */
  rounds?: { seconds: number; cpuSeconds?: number; peakMb: number; complete: boolean }[];
}

/**
 * One size's figures from several builds of it: the time of the fastest (on a shared machine other work can
 * only slow a build down, so the fastest is the nearest to its own cost), the highest peak memory of any (the
 * memory budget is a ceiling), and incomplete if any build was. Every build's figures are kept in `rounds`.
 */
export function combineScaleRuns(points: readonly ScalePoint[]): ScalePoint {
  if (!points.length) throw new Error('combineScaleRuns: no builds');
  const failed = points.find((p) => !p.complete);
  const pick = failed ?? [...points].sort((a, b) => a.seconds - b.seconds)[0]!;
  const peak = (xs: (number | undefined)[]) => {
    const known = xs.filter((x): x is number => x !== undefined);
    return known.length ? Math.max(...known) : undefined;
  };
  const out: ScalePoint = {
    ...pick,
    peakMb: peak(points.map((p) => p.peakMb))!,
    rounds: points.map((p) => ({
      seconds: p.seconds,
      ...(p.cpuSeconds === undefined ? {} : { cpuSeconds: p.cpuSeconds }),
      peakMb: p.peakMb,
      complete: p.complete,
    })),
  };
  const proc = peak(points.map((p) => p.peakProcessMb));
  if (proc !== undefined) out.peakProcessMb = proc;
  return out;
}

/** A build run for the JSON: no output tail, the log's path relative, its figures parsed. */
function record(r: TimedRun, loadBefore: number): BuildRun {
  const { tail: _tail, ...rest } = r;
  return {
    ...rest,
    logFile: relative(ROOT, r.logFile),
    log: parseBuildLog(readFileSync(r.logFile, 'utf8')),
    loadBefore,
  };
}

function failIf(r: TimedRun, what: string): void {
  if (!r.ok) throw new Error(`${what} failed${r.timedOut ? ` (stopped after ${BUILD_LIMIT} s)` : ''}:\n${r.tail}`);
}

/**
 * Median seconds before the first page is written and from then to the end, over runs timed with the
 * `render` mark; undefined unless every run printed Astro's line (a failed or changed build would skew them).
 */
export function phaseMedians(runs: readonly Pick<TimedRun, 'seconds' | 'marks'>[]): BuildPhases | undefined {
  const marked = runs.filter((r) => r.marks.render !== undefined);
  if (!runs.length || marked.length !== runs.length) return undefined;
  return {
    before: median(marked.map((r) => r.marks.render!)),
    from: median(marked.map((r) => r.seconds - r.marks.render!)),
  };
}

function summarize(runs: BuildRun[], dist: string): BuildSummary {
  const s: BuildSummary = {
    runs,
    medianSeconds: median(runs.map((r) => r.seconds)),
    medianPeakMb: median(runs.map((r) => r.peakTreeMb)),
    htmlPages: countHtml(dist),
  };
  const proc = runs.map((r) => r.peakProcessMb).filter((x): x is number => x !== undefined);
  if (proc.length) s.medianPeakProcessMb = median(proc);
  const cpu = runs.map((r) => r.cpuSeconds).filter((x): x is number => x !== undefined);
  if (cpu.length) s.medianCpuSeconds = median(cpu);
  const phases = phaseMedians(runs);
  if (phases) s.phases = phases;
  return s;
}

/** One timed build of the side-by-side comparison, split at its first page; a failed build stops the benchmark. */
async function timedBuild(
  round: string,
  name: string,
  command: string,
  args: string[],
  opts: { cwd: string; env?: Record<string, string>; label: string },
): Promise<BuildRun> {
  const load = loadavg()[0]!;
  log(`build ${round}: ${name} (load ${load.toFixed(1)})`);
  const r = await timedRun(command, args, { ...opts, limitSeconds: BUILD_LIMIT, marks: { render: RENDER_START } });
  failIf(r, `${name}'s build`);
  log(`  ${r.seconds.toFixed(1)} s, peak ${Math.round(r.peakTreeMb)} MB`);
  return record(r, load);
}

/**
 * Builds this site and Starlight `n` times, alternating, one build at a time, and the framework's floor and
 * bare Astro (bench/floor.ts) after each pair; cold content caches each time.
 */
export async function buildSites(
  n: number,
): Promise<{ ours: BuildSummary; starlight: BuildSummary; floor: BuildSummary; bare: BuildSummary }> {
  const ours: BuildRun[] = [];
  const theirs: BuildRun[] = [];
  const floor: BuildRun[] = [];
  const bare: BuildRun[] = [];
  for (let i = 0; i < n; i++) {
    // Both sites start cold: no output and no content-layer cache (this site's, then Starlight's below).
    rmSync(SITE_OUT, { recursive: true, force: true });
    rmSync(join(ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
    rmSync(join(ROOT, '.astro', 'data-store.json'), { force: true });
    const round = `${i + 1}/${n}`;
    const cmd = siteBuild(ROOT);
    ours.push(
      await timedBuild(round, 'this site', cmd.command, cmd.args, {
        cwd: ROOT,
        env: { ...cmd.env, OUT_DIR: relative(ROOT, SITE_OUT) },
        label: 'site',
      }),
    );
    rmSync(STARLIGHT_OUT, { recursive: true, force: true });
    rmSync(join(STARLIGHT_DIR, 'node_modules', '.astro'), { recursive: true, force: true });
    rmSync(join(STARLIGHT_DIR, '.astro'), { recursive: true, force: true });
    theirs.push(await timedBuild(round, 'Starlight', 'node', ASTRO_BUILD, { cwd: STARLIGHT_DIR, label: 'starlight' }));
    for (const d of FRAMEWORK_CACHES) rmSync(join(FLOOR_DIR, d), { recursive: true, force: true });
    floor.push(
      await timedBuild(round, "the framework's floor", 'node', ASTRO_BUILD, { cwd: FLOOR_DIR, label: 'floor' }),
    );
    for (const d of FRAMEWORK_CACHES) rmSync(join(BARE_DIR, d), { recursive: true, force: true });
    bare.push(await timedBuild(round, 'bare Astro', 'node', ASTRO_BUILD, { cwd: BARE_DIR, label: 'bare' }));
  }
  return {
    ours: summarize(ours, SITE_OUT),
    starlight: summarize(theirs, STARLIGHT_OUT),
    floor: summarize(floor, FLOOR_OUT),
    bare: summarize(bare, BARE_OUT),
  };
}

/** Where Astro's render time went, heaviest route kinds first. */
export function renderSummary(b: BuildLog, top = 4): string {
  return Object.entries(b.renderByRoute)
    .sort((x, y) => y[1].ms - x[1].ms)
    .slice(0, top)
    .map(([k, v]) => `${k} ${(v.ms / 1000).toFixed(1)} s / ${v.pages.toLocaleString('en-US')} pages`)
    .join(', ');
}

/** Generates and builds one synthetic site; a stopped build reports how far it got. */
export async function scalePoint(locales: number, pages: number): Promise<ScalePoint> {
  const site = generateScaleSite(locales, pages);
  const label = `${locales} × ${pages}`;
  log(
    `scaling ${label}: building ${site.contentPages} content pages (limit ${SCALE_LIMIT} s, load ${loadavg()[0]!.toFixed(1)})`,
  );
  const build = siteBuild(site.dir);
  const r = await timedRun(build.command, build.args, {
    cwd: site.dir,
    env: build.env,
    limitSeconds: SCALE_LIMIT,
    label: `scale-${locales}x${pages}`,
  });
  const parsed = parseBuildLog(readFileSync(r.logFile, 'utf8'));
  const dist = join(site.dir, 'dist');
  const htmlPages = r.ok ? countHtml(dist) : parsed.pagesRendered;
  const point: ScalePoint = {
    label,
    locales,
    pages,
    contentPages: site.contentPages,
    htmlPages,
    seconds: r.seconds,
    peakMb: r.peakTreeMb,
    secondsPerPage: htmlPages ? r.seconds / htmlPages : Number.NaN,
    msPerContentPage: (r.seconds / site.contentPages) * 1000,
    complete: r.ok,
    log: parsed,
    logFile: relative(ROOT, r.logFile),
    units: site.units,
  };
  if (r.peakProcessMb !== undefined) point.peakProcessMb = r.peakProcessMb;
  if (r.cpuSeconds !== undefined) point.cpuSeconds = r.cpuSeconds;
  log(
    r.ok
      ? `  ${r.seconds.toFixed(1)} s, ${point.msPerContentPage.toFixed(1)} ms per page (${htmlPages} HTML files, ${(point.secondsPerPage * 1000).toFixed(1)} ms each), peak ${Math.round(r.peakTreeMb)} MB; render time: ${renderSummary(parsed)}`
      : `  ${r.timedOut ? 'stopped at the time limit' : `failed (exit ${r.exitCode})`} after ${r.seconds.toFixed(0)} s in phase "${parsed.lastPhase ?? '?'}", ${parsed.pagesRendered} pages written; peak ${Math.round(r.peakTreeMb)} MB; render time so far: ${renderSummary(parsed)}\n${r.tail.split('\n').slice(-6).join('\n')}`,
  );
  // The built copy is large and no longer needed.
  rmSync(dist, { recursive: true, force: true });
  return point;
}

/** Re-runs a scaling build under --cpu-prof and summarizes the largest (Astro's) process profile. */
export async function profileBuild(locales: number, pages: number) {
  const site = generateScaleSite(locales, pages);
  const dir = ensureDir(join(TMP, 'profiles'));
  for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
  log(`profiling the ${locales} × ${pages} build`);
  const build = siteBuild(site.dir);
  await timedRun(build.command, build.args, {
    cwd: site.dir,
    env: build.env,
    limitSeconds: SCALE_LIMIT * 2,
    label: 'profile',
    nodeOptions: `--cpu-prof --cpu-prof-dir=${dir}`,
  });
  const biggest = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => ({ f, size: statSync(join(dir, f)).size }))
    .sort((a, b) => b.size - a.size)[0];
  rmSync(join(site.dir, 'dist'), { recursive: true, force: true });
  if (!biggest) return undefined;
  return {
    file: relative(ROOT, join(dir, biggest.f)),
    ...summarizeProfile(JSON.parse(readFileSync(join(dir, biggest.f), 'utf8')) as CpuProfile),
  };
}
