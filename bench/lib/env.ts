/** Paths and the process environment the benchmark uses: Node 24 from the project, telemetry off. */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath, DEBIAN_CHROMIUM } from '../../scripts/lib/browser-path.mjs';

export const ROOT = resolve(join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
export const TMP = join(ROOT, 'bench', 'tmp');
export const RESULTS = join(ROOT, 'bench', 'results');
/** The browser the benchmark drives (scripts/lib/browser-path.mjs); Debian's path when none is found, for the message. */
export const CHROMIUM = chromiumPath() ?? DEBIAN_CHROMIUM;
export { CHROMIUM_ARGS };

/** Environment for child processes: the project's Node 24 first on PATH, so npm and astro run on it. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_UPDATE_NOTIFIER: '1',
    ...extra,
  };
}

/** Creates a folder (and its parents) and returns it. */
export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs a short command and returns its trimmed output, or '' when it fails. */
export function capture(cmd: string, args: string[], cwd = ROOT): string {
  try {
    return execFileSync(cmd, args, {
      cwd,
      env: childEnv(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

/** Prints a progress line with the time since the benchmark started. */
const started = Date.now();
export function log(message: string): void {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(5);
  console.log(`[${s}s] ${message}`);
}
