// Makes sure a Chromium for Playwright exists: Playwright cannot download its own browsers here,
// so the tests use Debian's chromium (CHROMIUM_PATH overrides /usr/bin/chromium).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) {
  console.log(`browser: ${path}`);
  process.exit(0);
}
const root = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  /* no apt */
}
if (root && hasApt && !process.env.CHROMIUM_PATH) {
  console.log('browser: installing Debian chromium (apt-get)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  process.exit(existsSync(path) ? 0 : 1);
}
console.error(
  `error: no Chromium at ${path}. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
);
process.exit(1);
