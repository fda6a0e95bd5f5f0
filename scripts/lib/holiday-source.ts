/**
 * For `npm run holidays:update` and the tests, never a page or an island: reads date-holidays and
 * CLDR week data and hands them to the pure builders in src/domain/deadline/. Pages read the files it
 * writes (src/lib/holiday-files.ts).
 */
import Holidays, { type HolidaysTypes } from 'date-holidays';
import { LOCALES } from '../../src/domain/i18n/locales';
import { HOLIDAY_SPAN, type RegionHolidays } from '../../src/domain/deadline/holidays';
import { buildRegionHolidays, cldrWeekend, type SourceHoliday } from '../../src/domain/deadline/holiday-build';

/** date-holidays spells some language keys its own way. */
const SOURCE_KEYS: Readonly<Record<string, string>> = { ja: 'jp' };
const LANGUAGES: Readonly<Record<string, string>> = Object.fromEntries(
  LOCALES.map((l) => [l.code, SOURCE_KEYS[l.code] ?? l.code]),
);

const countries = new Holidays().getCountries('en');
const built = new Map<string, RegionHolidays>();

/** Every country date-holidays knows (ISO 3166-1 codes): one holiday file each. */
export function holidayRegionCodes(): string[] {
  return Object.keys(countries).sort();
}

/** The compact holiday file of one country, built once per build. */
export function regionHolidayFile(region: string): RegionHolidays {
  const cached = built.get(region);
  if (cached) return cached;
  if (!(region in countries)) throw new Error(`No holiday data for region "${region}"`);
  const hd = new Holidays(region);
  const holidays: SourceHoliday[] = [];
  for (let year = HOLIDAY_SPAN.first - 1; year <= HOLIDAY_SPAN.last; year++) {
    for (const h of hd.getHolidays(year)) {
      // The rule keeps every translation; the holiday object only the one chosen for display.
      const rule = hd.getRule(h.rule) as unknown as HolidaysTypes.HolidayRule | undefined;
      const base = { date: h.date, start: h.start, end: h.end, type: h.type, names: rule?.name ?? h.name };
      holidays.push(h.substitute ? { ...base, substitute: true } : base);
    }
  }
  const file = buildRegionHolidays({
    region,
    weekend: cldrWeekend(region),
    holidays,
    languages: LANGUAGES,
    localLanguage: hd.getLanguages()[0] ?? 'en',
  });
  built.set(region, file);
  return file;
}

/** A region's file as served under /holidays/ (written by `npm run holidays:update`). */
export function regionHolidayJson(region: string): string {
  return `${JSON.stringify(regionHolidayFile(region))}\n`;
}
