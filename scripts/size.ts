/**
 * npm run size: JavaScript each page type loads on first visit (gzip), the islands' own cost, and the
 * largest holiday file, measured over the built site against the budgets. Exits non-zero over budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { BASE, listFiles, OUT_DIR } from './lib/built-site';

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const fileOf = (url: string) => join(OUT_DIR, url.slice(BASE.length));
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;

/** A module and every module it imports statically, transitively (dynamic imports load later). */
function closure(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = readFileSync(fileOf(url), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    closure(new URL(m[1]!, `http://x${url}`).pathname, seen);
  }
  return seen;
}

/** Modules that a set of modules imports dynamically (loaded later, on use), with their own closures. */
function lazy(modules: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const url of modules) {
    const code = readFileSync(fileOf(url), 'utf8');
    for (const m of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"']+\.js)["'`]\s*\)/g)) {
      const target = new URL(m[1]!, `http://x${url}`).pathname;
      if (!modules.has(target)) closure(target, out);
    }
  }
  for (const u of modules) out.delete(u);
  return out;
}

interface Weight {
  js: number;
  islands: Record<string, number>;
  later: Record<string, number>;
}
function pageWeight(route: string): Weight {
  const html = readFileSync(fileOf(`${BASE}${route}index.html`), 'utf8');
  const root = parse(html, { blockTextElements: { script: true } });
  const modules = new Set<string>();
  let inline = 0;
  for (const s of root.querySelectorAll('script')) {
    const src = s.getAttribute('src');
    if (src) closure(src, modules);
    else inline += gz(s.rawText);
  }
  const islands: Record<string, number> = {};
  const later: Record<string, number> = {};
  for (const el of root.querySelectorAll('astro-island')) {
    const own = new Set<string>();
    closure(el.getAttribute('component-url')!, own);
    closure(el.getAttribute('renderer-url')!, own);
    const name = el.getAttribute('component-url')!.replace(/^.*\/|\..*$/g, '');
    // The island's cost: its modules and the renderer (Preact) plus Astro's hydration script, all gzip.
    islands[name] = [...own].reduce((a, u) => a + gz(readFileSync(fileOf(u))), 0) + inline;
    later[name] = [...lazy(own)].reduce((a, u) => a + gz(readFileSync(fileOf(u))), 0);
    for (const u of own) modules.add(u);
  }
  return { js: [...modules].reduce((a, u) => a + gz(readFileSync(fileOf(u))), 0) + inline, islands, later };
}

const budgets = { contentJs: 2 * 1024, wizard: 12 * 1024, deadline: 20 * 1024, region: 8 * 1024 };
const types: [string, string][] = [
  ['content page', 'en/create-association/'],
  ['overview (wizard + calculator)', 'en/overview/'],
  ['calculator page', 'en/opt-out-deadline/'],
  ['wizard page', 'en/eligibility/'],
  ['status page', 'en/translation-status/'],
];
const failures: string[] = [];
console.log('JavaScript on first visit (gzip, before search is opened):');
const seenIslands: Record<string, number> = {};
const seenLater: Record<string, number> = {};
for (const [label, route] of types) {
  const w = pageWeight(route);
  console.log(`  ${label.padEnd(32)} ${kb(w.js).padStart(10)}   /${route}`);
  Object.assign(seenIslands, w.islands);
  Object.assign(seenLater, w.later);
  if (label === 'content page' && w.js > budgets.contentJs)
    failures.push(`content page JavaScript ${kb(w.js)} > ${kb(budgets.contentJs)}`);
}
console.log('Islands (their modules + Preact + hydration script, gzip):');
for (const [name, size] of Object.entries(seenIslands)) {
  const budget = name.startsWith('EligibilityWizard')
    ? budgets.wizard
    : name.startsWith('DeadlineCalculator')
      ? budgets.deadline
      : undefined;
  const more = seenLater[name] ? `; +${kb(seenLater[name]!)} loaded on use (not on page load)` : '';
  console.log(`  ${name.padEnd(32)} ${kb(size).padStart(10)}${budget ? `   budget ${kb(budget)}` : ''}${more}`);
  if (budget && size > budget) failures.push(`${name} ${kb(size)} > ${kb(budget)}`);
}
const regions = listFiles()
  .filter((f) => /\/holidays\/[A-Z]{2}\.json$/.test(f))
  .map((f) => ({ f, size: gz(readFileSync(fileOf(f))) }))
  .sort((a, b) => b.size - a.size);
if (regions.length) {
  console.log(
    `Holiday data: ${regions.length} regions, largest ${regions[0]!.f.replace(/^.*\//, '')} ${kb(regions[0]!.size)} gzip (budget ${kb(budgets.region)}), median ${kb(regions[Math.floor(regions.length / 2)]!.size)}`,
  );
  if (regions[0]!.size > budgets.region)
    failures.push(`holiday file ${regions[0]!.f} ${kb(regions[0]!.size)} > ${kb(budgets.region)}`);
}
for (const f of failures) console.log(`OVER BUDGET: ${f}`);
console.log(failures.length ? `size: ${failures.length} budget(s) missed` : 'size: every budget met');
if (failures.length) process.exitCode = 1;
