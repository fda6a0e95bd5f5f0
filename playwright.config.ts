import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/browser-path.mjs';

const port = Number(process.env.E2E_PORT ?? 4321);
const base = process.env.BASE_PATH ?? '/';
const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // A test.only left in a spec would silently skip the rest of the suite in CI.
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    // A failing test keeps its trace (DOM snapshots, network, console) in test-results/: `npx playwright show-trace`.
    trace: 'retain-on-failure',
    launchOptions: {
      // CHROMIUM_PATH, Debian's chromium or Playwright's own install (scripts/lib/browser-path.mjs).
      ...(executablePath ? { executablePath } : {}),
      args: [...CHROMIUM_ARGS, '--disable-quic'],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
