// Makes sure a Chromium for Playwright exists (scripts/lib/browser-path.mjs says which one is used). Playwright
// cannot download its browsers on every machine, so on Debian or Ubuntu as root this installs Debian's chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, DEBIAN_CHROMIUM } from './lib/browser-path.mjs';

const found = chromiumPath();
if (found && existsSync(found)) {
  console.log(`browser: ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`error: CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, and there is no browser there.`);
  process.exit(1);
}
const root = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  /* no apt */
}
if (root && hasApt) {
  console.log('browser: installing Debian chromium (apt-get)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  process.exit(existsSync(DEBIAN_CHROMIUM) ? 0 : 1);
}
console.error(
  'error: no Chromium found. Run `npx playwright install chromium`, or install one (Debian/Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
);
process.exit(1);
