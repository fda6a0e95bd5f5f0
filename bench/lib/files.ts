/** File listings of built sites. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` with its size, as paths relative to `dir` (none when it does not exist). */
export function filesUnder(dir: string): { path: string; bytes: number }[] {
  const out: { path: string; bytes: number }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push({ path: relative(dir, p).split('\\').join('/'), bytes: statSync(p).size });
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The number of HTML files of a built site. */
export function countHtml(dir: string): number {
  return filesUnder(dir).filter((f) => f.path.endsWith('.html')).length;
}
