/**
 * npm run holidays:update: writes public/holidays/<region>.json, the compact public-holiday file of every
 * region date-holidays knows, which the deadline calculator fetches when a reader picks a region.
 *
 * The files are generated once here rather than on every build: computing them takes about 15 s (lunar
 * calendars are slow to evaluate) and they change only when date-holidays or the holiday span does.
 * tests/unit/deadline/holiday-files.test.ts fails, naming this command, whenever they are out of date.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { holidayRegionCodes, regionHolidayJson } from './lib/holiday-source';
import { ROOT, rel } from './lib/project';

const HOLIDAY_DIR = join(ROOT, 'public', 'holidays');

mkdirSync(HOLIDAY_DIR, { recursive: true });
const codes = holidayRegionCodes();
let written = 0;
for (const code of codes) {
  const file = join(HOLIDAY_DIR, `${code}.json`);
  const json = regionHolidayJson(code);
  let old: string | undefined;
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    old = undefined;
  }
  if (old !== json) {
    writeFileSync(file, json);
    written++;
  }
}
const stale = readdirSync(HOLIDAY_DIR).filter((f) => !codes.includes(f.replace(/\.json$/, '')));
for (const f of stale) rmSync(join(HOLIDAY_DIR, f));
console.log(
  `${rel(HOLIDAY_DIR)}: ${codes.length} regions, ${written} file(s) written, ${stale.length} stale file(s) removed`,
);
