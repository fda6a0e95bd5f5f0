// The README's test command: type check, unit tests, build, end-to-end tests and the trust gates, in order.
// Stops at the first failing step and ends with one line "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const steps = [
  ['browser', 'node', ['scripts/ensure-browser.mjs']],
  ['lint', 'npm', ['run', 'lint']],
  ['type check', 'npx', ['astro', 'check']],
  [
    'unit tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'],
  ],
  ['build', 'npm', ['run', 'build']],
  ['end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json']],
  // A gate may pass arguments to its script: { "name", "script", "args": [...] } runs `npm run script -- ...args`.
  ...JSON.parse(readFileSync('scripts/gates.json', 'utf8')).map((g) => [
    g.name,
    'npm',
    ['run', g.script, ...(g.args?.length ? ['--', ...g.args] : [])],
  ]),
];

let passed = 0;
let failed = 0;
function count() {
  if (existsSync('reports/vitest.json')) {
    const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
    passed += v.numPassedTests;
    failed += v.numFailedTests;
  }
  if (existsSync('reports/playwright.json')) {
    const p = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
    passed += p.stats.expected;
    failed += p.stats.unexpected + p.stats.flaky;
  }
}
for (const [name, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const extra = name === 'end-to-end tests' ? { PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/playwright.json' } : {};
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } });
  console.log(
    `=== ${name}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (name.startsWith('gate')) {
    if (r.status === 0) passed++;
    else failed++;
  }
  if (r.status !== 0) {
    count();
    // A step that failed without failing a counted test (type check, build, a crash) counts once.
    if (!name.startsWith('gate') && failed === 0) failed++;
    console.log(`\ntests: ${passed} passed, ${failed} failed`);
    process.exit(1);
  }
}
count();
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
