#!/usr/bin/env node
/**
 * Runs the deadline tests under several host time zones: the calculator must never depend on the
 * zone of the machine that runs it. Usage: node scripts/test-tz.mjs [extra vitest args]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ZONES = ['UTC', 'Asia/Kolkata', 'America/Santiago', 'Pacific/Kiritimati'];
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const failed = [];
for (const tz of ZONES) {
  console.log(`\n── TZ=${tz} ──`);
  const run = spawnSync(process.execPath, [vitest, 'run', 'tests/unit/deadline', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (run.status !== 0) failed.push(tz);
}
console.log(
  failed.length === 0
    ? `\nDeadline tests passed under ${ZONES.join(', ')}.`
    : `\nDeadline tests failed under: ${failed.join(', ')}`,
);
process.exit(failed.length === 0 ? 0 : 1);
