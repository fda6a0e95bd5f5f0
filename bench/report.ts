/** The benchmark's report: the comparison rows, the Markdown summary and the console output. */
import type { BudgetResult } from './core/budgets';
import type { LanguageIndex } from './core/pagefind';
import { markdownTable, textTable, type Row } from './core/table';
import { KINDS } from './core/weight';
import type { Locale } from '../src/domain/i18n/locales';
import { renderSummary, type BuildSummary, type ScalePoint } from './builds';
import type { LighthouseRun } from './lighthouse';
import type { LocaleLatency } from './search';
import type { MeasuredPage } from './weight';

export const PAGE_TYPES = [
  { id: 'content', label: 'content page', path: 'create-association/' },
  { id: 'overview', label: 'overview (wizard)', path: 'overview/' },
  { id: 'calculator', label: 'calculator page', path: 'opt-out-deadline/' },
  { id: 'status', label: 'status page', path: 'translation-status/' },
] as const;

export type LighthouseResult = LighthouseRun & { page: string };
export interface Measured {
  locales: Locale[];
  builds: { ours: BuildSummary; starlight: BuildSummary; floor?: BuildSummary; bare?: BuildSummary };
  weights: Record<string, { ours: MeasuredPage; starlight: MeasuredPage }>;
  pagefind: { ours: Record<string, LanguageIndex>; starlight: Record<string, LanguageIndex> };
  search: { ours: LocaleLatency[]; starlight: LocaleLatency[] };
  lighthouse: { version: string; ours: LighthouseResult[]; starlight: LighthouseResult[] };
  scaling: ScalePoint[];
  profile?:
    | {
        file: string;
        totalMs: number;
        files: { name: string; share: number }[];
        functions: { name: string; share: number }[];
      }
    | undefined;
  budgets: BudgetResult[];
}

/** How the figures were taken, and where the comparison is not like for like. */
export function methodNotes(cores: number): string[] {
  return [
    "Page weight: a fresh browser context per page (1280×800, nothing cached), every response until the network is idle plus 1 s; gzip is zlib level 9 over each text response body, fonts and images count as served. Pagefind index files (.pf_*, WebAssembly, entry JSON) are excluded; Pagefind scripts and styles count. Islands load their JavaScript only when needed, so a first visit loads none of it: the overview's wizard when it comes into view (below the first screen here), the calculator (on the overview and its own page) when the reader first reaches it with focus, pointer or key; `npm run size` gives each island's full weight.",
    "Build time: wall time of each site's build command, run directly (not through npm): `astro build` for Starlight (Pagefind runs inside it), package.json's build script for this site (`astro build`, which also writes _headers, then Pagefind), cold (Starlight's content cache removed), one build at a time, alternating; peak memory is the summed RSS of the build's process tree polled every 100 ms (GNU time's max RSS of the largest single process is in the JSON as peakProcessMb). Each build is split where Astro prints 'generating static routes', timed as the line reaches the benchmark: before it, start-up, the content sync (with this site's translation step) and both bundles; after it, the pages, the post-build hooks and the search index.",
    "The framework's floor: an Astro project of one short MDX page through the content layer and @astrojs/mdx (bench/floor.ts), with this site's Astro, built cold after each pair of builds; its median is taken from both sites' medians in the row 'build time above the framework's floor', the part of each build that is the site's own work (figures in the JSON under builds.floor). Bare Astro (one .astro page, no content layer or MDX, bench/tmp/bare) is built after it the same way (builds.bare).",
    "Search: per locale, queries are words of that locale's create-association page; each is timed in the page from setting the input and dispatching `input` to the first result element (our site debounces 60 ms, Pagefind's Default UI in Starlight 300 ms).",
    "Lighthouse runs against the same files served with gzip, as a real host would; five runs per page and form factor (as the Lighthouse variability guide advises), of which the run with the median performance score counts; every run's performance score is in the JSON.",
    "Scaling: each size is built twice (once in a --quick run), the sizes alternating; the faster build's time counts (other work on a shared machine can only slow a build down) and the higher peak memory (the budget is a ceiling); both builds are in the JSON under scaling[].rounds. Time per page divides the build time by the site's pages, locales × pages (the budget's 1,000 and 5,000 pages); time per HTML file divides it by every HTML file written (those pages plus each locale's home, tool and translation status pages) and is shown beside it. Astro renders four pages at a time here, so render times by route add up each page's own time and can exceed the build's wall time.",
    `The machine: ${cores} cores shared with other work; load averages are recorded per build, CPU time is given next to wall time.`,
  ];
}

/**
 * Each site's build time less the framework's floor (medians): the part of the build that is the site's own
 * work. Undefined when the floor was not measured.
 */
export function floorRow(b: Pick<Measured['builds'], 'ours' | 'starlight' | 'floor'>): Row | undefined {
  const floor = b.floor?.medianSeconds;
  if (floor === undefined) return undefined;
  return {
    metric: "build time above the framework's floor (median less the floor's)",
    ours: b.ours.medianSeconds - floor,
    starlight: b.starlight.medianSeconds - floor,
    unit: 's',
  };
}

/**
 * Each site's build in two parts (medians): until Astro starts writing pages (start-up, the content sync with
 * this site's translation step, both bundles), and from then to the end (the pages, the post-build hooks and
 * the search index). Empty when a run did not print Astro's line.
 */
export function phaseRows(b: Pick<Measured['builds'], 'ours' | 'starlight'>): Row[] {
  const ours = b.ours.phases;
  const starlight = b.starlight.phases;
  if (!ours || !starlight) return [];
  return [
    {
      metric: 'build time before the first page is written: start-up, content, bundles (median)',
      ours: ours.before,
      starlight: starlight.before,
      unit: 's',
    },
    {
      metric: 'build time from the first page written to the end: pages, search index (median)',
      ours: ours.from,
      starlight: starlight.from,
      unit: 's',
    },
  ];
}

/**
 * The framework's own cost, in one line: the floor (one MDX page through the content layer), the part of it
 * before its page, and bare Astro (one .astro page) with the difference, which is what the content layer and
 * @astrojs/mdx cost by themselves. Undefined when the floor was not built.
 */
export function frameworkLine(b: Pick<Measured['builds'], 'floor' | 'bare'>): string | undefined {
  const { floor, bare } = b;
  if (!floor) return undefined;
  const s = (x: number) => `${x.toFixed(2)} s`;
  let line = `The framework's floor (bench/floor.ts: one MDX page through the content layer): ${s(floor.medianSeconds)} (median of ${floor.runs.length})`;
  if (floor.phases) line += `, ${s(floor.phases.before)} of it before its page is written`;
  if (bare)
    line += `; bare Astro (one .astro page, no content layer or MDX): ${s(bare.medianSeconds)}, so the content layer and @astrojs/mdx take ${s(floor.medianSeconds - bare.medianSeconds)} by themselves`;
  return `${line}.`;
}

/** The comparison table: this site, Starlight, ratio. */
export function comparisonRows(m: Measured): Row[] {
  const rows: Row[] = [];
  for (const t of PAGE_TYPES) {
    const w = m.weights[t.id]!;
    rows.push({
      metric: `${t.label}: total gzip`,
      ours: w.ours.total.gzip,
      starlight: w.starlight.total.gzip,
      unit: 'bytes',
    });
    rows.push({
      metric: `${t.label}: total raw`,
      ours: w.ours.total.raw,
      starlight: w.starlight.total.raw,
      unit: 'bytes',
    });
    for (const k of KINDS) {
      if (w.ours.byKind[k].requests + w.starlight.byKind[k].requests === 0) continue;
      rows.push({
        metric: `${t.label}: ${k} gzip`,
        ours: w.ours.byKind[k].gzip,
        starlight: w.starlight.byKind[k].gzip,
        unit: 'bytes',
      });
    }
    rows.push({
      metric: `${t.label}: requests`,
      ours: w.ours.total.requests,
      starlight: w.starlight.total.requests,
      unit: 'count',
    });
  }
  const b = m.builds;
  rows.push({
    metric: 'build time (median)',
    ours: b.ours.medianSeconds,
    starlight: b.starlight.medianSeconds,
    unit: 's',
  });
  const above = floorRow(b);
  if (above) rows.push(above);
  rows.push(...phaseRows(b));
  rows.push({
    metric: 'build CPU time, user + system (median)',
    ours: b.ours.medianCpuSeconds,
    starlight: b.starlight.medianCpuSeconds,
    unit: 's',
  });
  rows.push({
    metric: 'build peak memory (process tree, median)',
    ours: b.ours.medianPeakMb,
    starlight: b.starlight.medianPeakMb,
    unit: 'MB',
  });
  rows.push({ metric: 'HTML pages built', ours: b.ours.htmlPages, starlight: b.starlight.htmlPages, unit: 'count' });
  for (const l of m.locales) {
    const key = (idx: Record<string, LanguageIndex>) => idx[l.tag.toLowerCase()] ?? idx[l.code];
    rows.push({
      metric: `Pagefind index ${l.code} (bytes)`,
      ours: key(m.pagefind.ours)?.total,
      starlight: key(m.pagefind.starlight)?.total,
      unit: 'bytes',
    });
  }
  for (const s of m.search.ours) {
    rows.push({
      metric: `search ${s.locale}: median to first result`,
      ours: s.medianMs,
      starlight: m.search.starlight.find((x) => x.locale === s.locale)?.medianMs,
      unit: 'ms',
    });
  }
  for (const r of m.lighthouse.ours.filter((x) => x.page === 'content')) {
    const s = m.lighthouse.starlight.find((x) => x.formFactor === r.formFactor);
    for (const [cat, score] of Object.entries(r.scores)) {
      rows.push({
        metric: `Lighthouse content ${r.formFactor}: ${cat}`,
        ours: score,
        starlight: s?.scores[cat as keyof typeof s.scores],
        unit: 'score',
      });
    }
  }
  return rows;
}

/** " (builds 24.7 s, 26.1 s)" when a size was built more than once: the table's time is the faster. */
export function roundsNote(s: Pick<ScalePoint, 'rounds'>): string {
  return s.rounds && s.rounds.length > 1
    ? ` (builds ${s.rounds.map((r) => `${r.seconds.toFixed(1)} s`).join(', ')})`
    : '';
}

function scalingTable(scaling: readonly ScalePoint[]): string {
  if (!scaling.length) return '';
  return [
    '| locales × pages | pages | HTML files written | build time | CPU time | peak memory | per page | per HTML file |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...scaling.map(
      (s) =>
        `| ${s.label} | ${s.contentPages.toLocaleString('en-US')} | ${s.htmlPages.toLocaleString('en-US')}${s.complete ? '' : ' (so far)'} | ${s.seconds.toFixed(1)} s${s.complete ? '' : ' (stopped)'}${roundsNote(s)} | ${s.cpuSeconds === undefined ? '—' : `${s.cpuSeconds.toFixed(1)} s`} | ${Math.round(s.peakMb)} MB${s.complete ? '' : ' (so far)'} | ${s.complete ? `${s.msPerContentPage.toFixed(1)} ms` : '—'} | ${(s.secondsPerPage * 1000).toFixed(1)} ms${s.complete ? '' : ' (so far)'} |`,
    ),
  ].join('\n');
}

function lighthouseTable(lh: Measured['lighthouse']): string {
  if (!lh.ours.length) return '';
  const all = [...lh.ours.map((r) => ({ who: 'this site', r })), ...lh.starlight.map((r) => ({ who: 'Starlight', r }))];
  return [
    '| page | form factor | performance | accessibility | best practices | SEO |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...all.map(
      ({ who, r }) =>
        `| ${who} ${r.page} | ${r.formFactor} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} |`,
    ),
  ].join('\n');
}

/** The Markdown summary (bench/results/latest.md and the README's figures). */
export function markdownReport(m: Measured, rows: readonly Row[], header: string): string {
  const budgets = [
    '| budget | result | status |',
    '| --- | --- | --- |',
    ...m.budgets.map((b) => `| ${b.budget} | ${b.actual} | ${b.status} |`),
  ].join('\n');
  return `${[header, markdownTable(rows), frameworkLine(m.builds) ?? '', lighthouseTable(m.lighthouse), scalingTable(m.scaling), budgets].filter(Boolean).join('\n\n')}\n`;
}

/** The headline ratios the README shows; every other figure is in bench/results/latest.md. */
const README_ROWS = new Set([
  'content page: total gzip',
  'content page: js gzip',
  'build time (median)',
  'build peak memory (process tree, median)',
]);

/** The README's short version: the headline ratios, the slowest locale's search, and which budgets hold. */
export function readmeReport(m: Measured, rows: readonly Row[], header: string): string {
  const slowest = [...m.search.ours].sort((a, b) => b.medianMs - a.medianMs)[0];
  const short: Row[] = rows.filter((r) => README_ROWS.has(r.metric));
  if (slowest) {
    short.push({
      metric: `search: median to first result (slowest locale, ${slowest.locale})`,
      ours: slowest.medianMs,
      starlight: m.search.starlight.find((x) => x.locale === slowest.locale)?.medianMs,
      unit: 'ms',
    });
  }
  const judged = m.budgets.filter((b) => b.status !== 'skipped');
  const missed = judged.filter((b) => b.status === 'fail').map((b) => `${b.budget} (${b.actual})`);
  const verdict =
    `${judged.length - missed.length} of ${judged.length} budgets hold` +
    (missed.length ? `; missed: ${missed.join('; ')}.` : '.');
  return `${[header, markdownTable(short), verdict, 'Every figure, per page type, locale and site size, with Lighthouse for every page type and each budget: [bench/results/latest.md](bench/results/latest.md).'].filter(Boolean).join('\n\n')}\n`;
}

/** Prints everything a reader of the console needs, budgets last. */
export function printReport(m: Measured, rows: readonly Row[], notes: readonly string[]): void {
  console.log(`\n${textTable(rows)}\n`);
  if (m.lighthouse.ours.length) {
    console.log('Lighthouse (performance / accessibility / best practices / SEO):');
    for (const { who, r } of [
      ...m.lighthouse.ours.map((r) => ({ who: 'this site', r })),
      ...m.lighthouse.starlight.map((r) => ({ who: 'Starlight', r })),
    ]) {
      console.log(
        `  ${`${who} ${r.page} ${r.formFactor}`.padEnd(34)} ${Object.values(r.scores)
          .map((s) => String(s).padStart(3))
          .join(' / ')}`,
      );
    }
    for (const r of m.lighthouse.ours) {
      for (const [cat, audits] of Object.entries(r.failing)) {
        for (const a of audits ?? [])
          console.log(
            `    ${r.page} ${r.formFactor} ${cat}: ${a.id} (${a.title}) score ${a.score}${a.items ? `: ${a.items.join(' | ')}` : ''}`,
          );
      }
    }
    console.log('');
  }
  console.log(`Where this site's build renders (first run): ${renderSummary(m.builds.ours.runs[0]!.log, 6)}`);
  const framework = frameworkLine(m.builds);
  if (framework) console.log(framework);
  if (m.scaling.length) {
    console.log(`\nBuild scaling:\n${scalingTable(m.scaling)}`);
    for (const p of m.scaling)
      console.log(`  ${p.label}: render time ${p.complete ? '' : 'so far '}by route: ${renderSummary(p.log, 6)}`);
    console.log('');
  }
  if (m.profile) {
    console.log(
      `CPU profile of the largest finished scaling build (${m.profile.file}, ${m.profile.totalMs} ms sampled), self time by file:`,
    );
    for (const h of m.profile.files) console.log(`  ${(h.share * 100).toFixed(1).padStart(5)} %  ${h.name}`);
    console.log('…by function:');
    for (const h of m.profile.functions) console.log(`  ${(h.share * 100).toFixed(1).padStart(5)} %  ${h.name}`);
    console.log('');
  }
  console.log('Budgets:');
  for (const b of m.budgets) console.log(`  ${b.status.toUpperCase().padEnd(7)} ${b.budget}: ${b.actual}`);
  console.log(`\nCaveats:\n${notes.map((c) => `  - ${c}`).join('\n')}`);
}
