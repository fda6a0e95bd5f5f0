/** Headless Chromium for the benchmark (Debian's, through playwright-core). */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './env';

/** Launches Chromium with the project's flags. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
