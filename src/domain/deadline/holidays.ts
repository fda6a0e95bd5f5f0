/**
 * The compact per-region holiday file (built at build time, fetched by the island on demand) and the
 * working calendar the deadline computation reads from it.
 */
import { isValidIsoDate, isoWeekday, yearOf, type IsoDate } from './calendar';

/** Years with holiday data: CPOR began on 1 October 2019 [S3, S4]; the end leaves a decade ahead. */
export const HOLIDAY_SPAN = { first: 2019, last: 2035 } as const;

/** ISO weekdays off when no region is chosen: Saturday and Sunday. */
export const DEFAULT_WEEKEND: readonly number[] = [6, 7];

/** One holiday name in the site's languages that date-holidays has, plus `local` in the region's own. */
export type HolidayNames = Readonly<Record<string, string>>;

/** `[month * 100 + day, index into names]`, with a trailing 1 for a substitute day. */
export type HolidayEntry = readonly [number, number] | readonly [number, number, 1];

export interface RegionHolidays {
  v: 1;
  region: string;
  span: readonly [number, number];
  /** ISO weekdays (1 = Monday … 7 = Sunday) that are not working days, from CLDR. */
  weekend: readonly number[];
  names: readonly HolidayNames[];
  /** Public holidays per year (as a string key), one entry per day off. */
  days: Readonly<Record<string, readonly HolidayEntry[]>>;
}

export interface HolidayRef {
  /** Index into the region's name table. */
  name: number;
  substitute: boolean;
}

export interface WorkCalendar {
  region: string | undefined;
  weekend: readonly number[];
  /** Public holidays on a date: none when no region is chosen, undefined when the year is outside the data. */
  holidaysOn(date: IsoDate): readonly HolidayRef[] | undefined;
  isWeekend(date: IsoDate): boolean;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function validEntry(e: unknown, year: number, nameCount: number): boolean {
  if (!Array.isArray(e) || e.length < 2 || e.length > 3) return false;
  const [md, name, sub] = e as unknown[];
  if (!isInt(md) || !isInt(name) || name < 0 || name >= nameCount) return false;
  if (e.length === 3 && sub !== 1) return false;
  const mm = String(Math.floor(md / 100)).padStart(2, '0');
  const dd = String(md % 100).padStart(2, '0');
  return isValidIsoDate(`${year}-${mm}-${dd}`);
}

/** Checks a fetched holiday file; undefined when anything is off, so a bad file never crashes the page. */
export function parseRegionHolidays(raw: unknown): RegionHolidays | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (r.v !== 1 || typeof r.region !== 'string' || !/^[A-Z]{2}$/.test(r.region)) return undefined;
  const span = r.span;
  if (!Array.isArray(span) || span.length !== 2 || !isInt(span[0]) || !isInt(span[1]) || span[0] > span[1])
    return undefined;
  const weekend = r.weekend;
  if (!Array.isArray(weekend) || weekend.length > 6 || !weekend.every((d) => isInt(d) && d >= 1 && d <= 7))
    return undefined;
  const names = r.names;
  const nameOk = (n: unknown) =>
    typeof n === 'object' &&
    n !== null &&
    Object.values(n).length > 0 &&
    Object.values(n).every((s) => typeof s === 'string');
  if (!Array.isArray(names) || !names.every(nameOk)) return undefined;
  const days = r.days;
  if (typeof days !== 'object' || days === null) return undefined;
  for (const [key, list] of Object.entries(days)) {
    const year = Number(key);
    if (!isInt(year) || year < span[0] || year > span[1] || !Array.isArray(list)) return undefined;
    if (!list.every((e) => validEntry(e, year, names.length))) return undefined;
  }
  return raw as RegionHolidays;
}

/** The working calendar of a region's data, or Monday–Friday without holidays when there is none. */
export function workCalendar(data?: RegionHolidays): WorkCalendar {
  const weekend = data ? data.weekend : DEFAULT_WEEKEND;
  const byDate = new Map<IsoDate, HolidayRef[]>();
  for (const [year, list] of Object.entries(data?.days ?? {})) {
    for (const [md, name, sub] of list) {
      const date = `${year}-${String(Math.floor(md / 100)).padStart(2, '0')}-${String(md % 100).padStart(2, '0')}`;
      const refs = byDate.get(date) ?? [];
      refs.push({ name, substitute: sub === 1 });
      byDate.set(date, refs);
    }
  }
  return {
    region: data?.region,
    weekend,
    holidaysOn(date) {
      if (!data) return [];
      const year = yearOf(date);
      if (year < data.span[0] || year > data.span[1]) return undefined;
      return byDate.get(date) ?? [];
    },
    isWeekend: (date) => weekend.includes(isoWeekday(date)),
  };
}

/** A holiday's name in the reader's language (base of its BCP 47 tag), else English, else the region's own. */
export function holidayName(data: RegionHolidays, ref: HolidayRef, lang: string): string {
  const names = data.names[ref.name] ?? {};
  const base = lang.toLowerCase().split('-')[0] ?? 'en';
  return names[base] ?? names.en ?? names.local ?? Object.values(names)[0] ?? '';
}
