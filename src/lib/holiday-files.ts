/**
 * Build time only (pages, never an island): the holiday files committed in public/holidays/, as the
 * calculator's readers fetch them. They are written by `npm run holidays:update` from date-holidays
 * (scripts/lib/holiday-source.ts), and tests/unit/deadline/holiday-files.test.ts fails when they differ from it, so
 * the pages can read them instead of loading date-holidays and computing lunar calendars on every build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../domain/i18n/locales';
import { parseRegionHolidays, type RegionHolidays } from '../domain/deadline/holidays';
import { regionOptions, type RegionOption } from '../domain/deadline/regions';

const DIR = join(process.cwd(), 'public', 'holidays');
let regions: string[] | undefined;
const files = new Map<string, RegionHolidays>();

/** The regions with a holiday file (ISO 3166-1 codes), sorted. */
export function holidayFileRegions(): string[] {
  regions ??= readdirSync(DIR)
    .filter((f) => /^[A-Z]{2}\.json$/.test(f))
    .map((f) => f.slice(0, 2))
    .sort();
  return regions;
}

/** One region's holiday file, read and checked once per build; a clear error names a broken file. */
export function readHolidayFile(region: string): RegionHolidays {
  let data = files.get(region);
  if (data) return data;
  const path = join(DIR, `${region}.json`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`public/holidays/${region}.json: ${(e as Error).message} (run npm run holidays:update)`);
  }
  data = parseRegionHolidays(raw);
  if (!data || data.region !== region)
    throw new Error(`public/holidays/${region}.json: not a holiday file for ${region} (run npm run holidays:update)`);
  files.set(region, data);
  return data;
}

/** The region select's options for a site locale (code from locales.json or BCP 47 tag). */
export function holidayRegionOptions(lang: string): readonly RegionOption[] {
  const tag = LOCALES.find((l) => l.code === lang)?.tag ?? lang;
  let options = optionsByTag.get(tag);
  if (!options) {
    options = Object.freeze(regionOptions(holidayFileRegions(), tag));
    optionsByTag.set(tag, options);
  }
  return options;
}

/** Options by tag, made once per build: every page with a calculator shows them. */
const optionsByTag = new Map<string, readonly RegionOption[]>();
