/** Gate: the site built under a sub-path (/cpor-guide/) works: links and anchors resolve, and the browser tests of tests/e2e/subpath.spec.ts pass against it. */
import { execSync } from 'node:child_process';

// SUBPATH_PORT moves the gate's preview server when 4322 is taken (several checkouts testing at once).
const env = {
  ...process.env,
  BASE_PATH: '/cpor-guide/',
  OUT_DIR: 'dist-sub',
  E2E_PORT: process.env.SUBPATH_PORT ?? '4322',
};
const run = (cmd: string) => execSync(cmd, { stdio: 'inherit', env });
try {
  run('npm run build --silent');
  run('npx tsx scripts/gates/links.ts');
  run('npx tsx scripts/gates/csp.ts');
  run('npx playwright test tests/e2e/subpath.spec.ts --reporter=list');
  console.log('subpath: the site under /cpor-guide/ passed links, CSP and browser checks');
} catch {
  console.log('subpath: FAILED (see above)');
  process.exitCode = 1;
}
