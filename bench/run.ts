/**
 * npm run bench: this site against Astro Starlight on the same content, in one run. Flags:
 *   --check            exit non-zero when a budget is missed
 *   --quick            a fast partial run while developing (2 builds each instead of 5, fewer queries, one scaling point)
 *   --skip-lighthouse  --skip-scaling   leave those phases out
 *   --profile          CPU-profile the largest finished scaling build and list where its time goes
 *   --update-readme    write the figures into README.md's Performance section
 * Results: bench/results/latest.json, latest.md and build-scaling.svg (a --quick run writes to bench/tmp/).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { checkBudgets, LIMITS, type BudgetInput } from './core/budgets';
import { scalingChart } from './core/chart';
import { indexByLanguage } from './core/pagefind';
import { pickQueries } from './core/queries';
import { replaceSection } from './core/readme';
import { readLocales } from '../scripts/lib/project';
import {
  buildSites,
  combineScaleRuns,
  profileBuild,
  scalePoint,
  SITE_OUT,
  STARLIGHT_OUT,
  type ScalePoint,
} from './builds';
import { launch } from './lib/browser';
import { capture, CHROMIUM, ensureDir, log, RESULTS, ROOT, TMP } from './lib/env';
import { filesUnder } from './lib/files';
import { serve } from './lib/server';
import { ensureLighthouse, runLighthouseMedian } from './lighthouse';
import {
  comparisonRows,
  markdownReport,
  methodNotes,
  PAGE_TYPES,
  printReport,
  readmeReport,
  type Measured,
} from './report';
import { measureSearch, OUR_SEARCH, pageText, STARLIGHT_SEARCH } from './search';
import { writeFloorSite } from './floor';
import { ensureStarlight, STARLIGHT_CAVEATS, STARLIGHT_DIR, writeStarlightSite } from './starlight';
import { measurePage } from './weight';

const args = new Set(process.argv.slice(2));
const flags = {
  check: args.has('--check'),
  quick: args.has('--quick'),
  skipLighthouse: args.has('--skip-lighthouse'),
  skipScaling: args.has('--skip-scaling'),
  profile: args.has('--profile'),
  updateReadme: args.has('--update-readme'),
};
/**
 * Lighthouse runs per page and form factor; the median run counts. Five, as Lighthouse's variability guide
 * advises (the median of five halves the spread of one run): on two shared cores a page's Total Blocking Time
 * moved between 0 and 130 ms from one run to the next, and three runs let two disturbed ones decide.
 */
const LIGHTHOUSE_RUNS = flags.quick ? 1 : 5;
const SCALING = flags.quick
  ? [[5, 20]]
  : [
      [5, 20],
      [20, 50],
      [50, 100],
    ];
/** Builds of each scaling size: a single build's time moved by a quarter from one hour to the next. */
const SCALING_ROUNDS = flags.quick ? 1 : 2;
const outDir = ensureDir(flags.quick ? join(TMP, 'quick-results') : RESULTS);

async function main() {
  const locales = readLocales();
  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: capture(CHROMIUM, ['--version']),
    gitCommit: capture('git', ['rev-parse', 'HEAD']),
    gitDirty: capture('git', ['status', '--porcelain']).length > 0,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: loadavg(),
    flags,
    astro: '',
    starlight: '',
    lighthouse: '',
    pagefind: (
      JSON.parse(readFileSync(join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }
    ).version,
  };
  const v = ensureStarlight();
  Object.assign(environment, v);
  const mdFiles = writeStarlightSite();
  // Starlight's starter ships a favicon; without one every page would request a 404.
  cpSync(join(ROOT, 'public', 'favicon.svg'), join(ensureDir(join(STARLIGHT_DIR, 'public')), 'favicon.svg'));
  log(`Starlight ${v.starlight} (astro ${v.astro}): ${mdFiles} Markdown pages written`);
  writeFloorSite();

  const builds = await buildSites(flags.quick ? 2 : 5);

  const browser = await launch();
  const ours = await serve(SITE_OUT);
  const theirs = await serve(STARLIGHT_OUT);
  const weights: Measured['weights'] = {};
  for (const t of PAGE_TYPES) {
    weights[t.id] = {
      ours: await measurePage(browser, `${ours.url}/en/${t.path}`),
      starlight: await measurePage(browser, `${theirs.url}/en/${t.path}`),
    };
  }
  log('page weights measured');
  const pagefind = {
    ours: indexByLanguage(filesUnder(join(SITE_OUT, 'pagefind'))),
    starlight: indexByLanguage(filesUnder(join(STARLIGHT_OUT, 'pagefind'))),
  };

  const search: Measured['search'] = { ours: [], starlight: [] };
  const want = flags.quick ? 8 : 24;
  for (const l of flags.quick ? locales.filter((x) => ['en', 'ja'].includes(x.code)) : locales) {
    const path = `${l.code}/create-association/`;
    const queries = pickQueries(await pageText(browser, `${ours.url}/${path}`), l.tag, want + 16);
    const a = await measureSearch(browser, { ...OUR_SEARCH, baseUrl: ours.url }, l.code, path, queries, want);
    const b = await measureSearch(browser, { ...STARLIGHT_SEARCH, baseUrl: theirs.url }, l.code, path, queries, want);
    search.ours.push(a);
    search.starlight.push(b);
    log(
      `search ${l.code}: this site ${a.medianMs.toFixed(0)} ms, Starlight ${b.medianMs.toFixed(0)} ms (${a.samples.length} and ${b.samples.length} queries)`,
    );
  }
  await browser.close();
  await ours.close();
  await theirs.close();

  const lighthouse: Measured['lighthouse'] = { version: '', ours: [], starlight: [] };
  if (!flags.skipLighthouse) {
    lighthouse.version = environment.lighthouse = ensureLighthouse();
    const oursZ = await serve(SITE_OUT, { gzip: true });
    const theirsZ = await serve(STARLIGHT_OUT, { gzip: true });
    for (const t of flags.quick ? PAGE_TYPES.filter((x) => x.id === 'content') : PAGE_TYPES) {
      for (const ff of ['mobile', 'desktop'] as const) {
        const r = { ...(await runLighthouseMedian(`${oursZ.url}/en/${t.path}`, ff, LIGHTHOUSE_RUNS)), page: t.id };
        lighthouse.ours.push(r);
        log(
          `lighthouse this site ${t.id} ${ff}: ${Object.values(r.scores).join(' / ')} (performance in each run: ${r.performanceRuns?.join(', ')})${r.error ? ` (${r.error})` : ''}`,
        );
        if (t.id !== 'content') continue;
        const s = { ...(await runLighthouseMedian(`${theirsZ.url}/en/${t.path}`, ff, LIGHTHOUSE_RUNS)), page: t.id };
        lighthouse.starlight.push(s);
        log(`lighthouse Starlight ${t.id} ${ff}: ${Object.values(s.scores).join(' / ')}`);
      }
    }
    await oursZ.close();
    await theirsZ.close();
  }

  const scaling: ScalePoint[] = [];
  let profile: Measured['profile'];
  if (!flags.skipScaling) {
    // Each size is built SCALING_ROUNDS times, the sizes alternating, so that a slow spell of the shared machine
    // falls on both sizes rather than on one side of the ratio the budget judges.
    const runs: ScalePoint[] = [];
    for (let round = 0; round < SCALING_ROUNDS; round++)
      for (const [l, p] of SCALING) runs.push(await scalePoint(l!, p!));
    for (const [l, p] of SCALING) scaling.push(combineScaleRuns(runs.filter((r) => r.locales === l && r.pages === p)));
    const done = [...scaling].reverse().find((s) => s.complete);
    if (flags.profile && done) profile = await profileBuild(done.locales, done.pages);
  }

  const budgetInput: BudgetInput = {
    contentPageGzip: { ours: weights.content!.ours.total.gzip, starlight: weights.content!.starlight.total.gzip },
    contentPageJsGzip: weights.content!.ours.byKind.js.gzip,
    buildSeconds: { ours: builds.ours.medianSeconds, starlight: builds.starlight.medianSeconds },
    search: search.ours.map((s) => ({ locale: s.locale, medianMs: s.medianMs })),
  };
  if (builds.ours.phases && builds.starlight.phases)
    budgetInput.phases = { ours: builds.ours.phases, starlight: builds.starlight.phases };
  if (lighthouse.ours.length)
    budgetInput.lighthouse = lighthouse.ours.map((r) => ({ page: r.page, formFactor: r.formFactor, scores: r.scores }));
  if (scaling.length) {
    budgetInput.scaling = scaling.map((s) => ({
      contentPages: s.contentPages,
      secondsPerPage: s.msPerContentPage / 1000,
      peakMemoryMb: s.peakMb,
      complete: s.complete,
      ...(s.htmlPages ? { secondsPerHtmlPage: s.secondsPerPage } : {}),
      ...(s.cpuSeconds !== undefined ? { cpuSecondsPerPage: s.cpuSeconds / s.contentPages } : {}),
    }));
  }
  const measured: Measured = {
    locales,
    builds,
    weights,
    pagefind,
    search,
    lighthouse,
    scaling,
    profile,
    budgets: checkBudgets(budgetInput),
  };
  const rows = comparisonRows(measured);
  const notes = [...STARLIGHT_CAVEATS, ...methodNotes(environment.cpus)];

  writeFileSync(
    join(outDir, 'latest.json'),
    `${JSON.stringify({ environment, caveats: notes, ...measured, table: rows }, null, 2)}\n`,
  );
  const header = `Measured ${environment.date.slice(0, 10)} on ${environment.cpus} shared cores: Node ${environment.node}, ${environment.chromium}, Astro ${v.astro}, Starlight ${v.starlight}${lighthouse.version ? `, Lighthouse ${lighthouse.version}` : ''}.`;
  const markdown = markdownReport(measured, rows, header);
  writeFileSync(join(outDir, 'latest.md'), markdown);
  if (scaling.length) {
    const points = scaling.map((s) => ({
      label: s.label,
      pages: s.contentPages,
      seconds: s.seconds,
      memoryMb: s.peakMb,
      complete: s.complete,
    }));
    writeFileSync(join(outDir, 'build-scaling.svg'), scalingChart(points, { memoryBudgetMb: LIMITS.scalingMemoryMb }));
  }

  printReport(measured, rows, notes);
  console.log(
    `\nwritten: ${relative(ROOT, join(outDir, 'latest.json'))}, latest.md${scaling.length ? ', build-scaling.svg' : ''}`,
  );
  if (flags.updateReadme && !flags.quick) {
    const readme = join(ROOT, 'README.md');
    writeFileSync(readme, replaceSection(readFileSync(readme, 'utf8'), readmeReport(measured, rows, header)));
    console.log('README.md: Performance figures updated');
  }
  const missed = measured.budgets.filter((b) => b.status === 'fail').length;
  if (flags.check && missed) {
    console.log(`bench --check: ${missed} budget(s) missed`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(`bench: ${(err as Error).stack ?? String(err)}`);
  process.exitCode = 1;
});
