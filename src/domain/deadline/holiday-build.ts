/**
 * Build-time only: turns date-holidays output into the compact per-region file the island fetches.
 * Public holidays only; names stored once in a table; a day is a holiday when the holiday covers more
 * than half of it, so Islamic holidays that begin at the previous sunset, or half days that begin at
 * noon (24 December in Guatemala), do not make the afternoon's date a day off.
 */
import { dayNumber, fromDayNumber, yearOf } from './calendar';
import { DEFAULT_WEEKEND, HOLIDAY_SPAN, type HolidayEntry, type HolidayNames, type RegionHolidays } from './holidays';

/** One holiday as date-holidays returns it, with the rule's translations (`getRule(rule).name`). */
export interface SourceHoliday {
  /** `YYYY-MM-DD hh:mm:ss` local, with ` -0600` when it starts six hours before that (at sunset). */
  date: string;
  start: Date | number;
  end: Date | number;
  type: string;
  substitute?: boolean;
  names: Readonly<Record<string, string>> | string;
}

export interface BuildRegionInput {
  region: string;
  weekend: readonly number[];
  /** Holidays of every year of the span and the year before it (a holiday may run into the next year). */
  holidays: readonly SourceHoliday[];
  /** Site language codes to keep names for, mapped to date-holidays' keys where they differ (ja → jp). */
  languages: Readonly<Record<string, string>>;
  /** date-holidays' first language for the region; its name is kept as `local` unless already kept. */
  localLanguage: string;
  span?: readonly [number, number];
}

const DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})(?: ([+-])(\d{2})(\d{2}))?$/;
const DAY_MIN = 1440;

/** The calendar days (as day numbers) that a holiday covers for more than half of the day. */
export function coveredDays(h: Pick<SourceHoliday, 'date' | 'start' | 'end'>): number[] {
  const m = DATE.exec(h.date);
  if (!m) return [];
  const shift = m[5] ? (m[5] === '-' ? -1 : 1) * (Number(m[6]) * 60 + Number(m[7])) : 0;
  const start = dayNumber(m[1] as string) * DAY_MIN + Number(m[2]) * 60 + Number(m[3]) + shift;
  const end = start + Math.round((Number(h.end) - Number(h.start)) / 60_000);
  const days: number[] = [];
  for (let d = Math.floor(start / DAY_MIN); d * DAY_MIN < end; d++) {
    const overlap = Math.min(end, (d + 1) * DAY_MIN) - Math.max(start, d * DAY_MIN);
    if (overlap > DAY_MIN / 2) days.push(d);
  }
  return days;
}

function pickNames(names: SourceHoliday['names'], input: BuildRegionInput): HolidayNames {
  if (typeof names === 'string') return { local: names };
  const out: Record<string, string> = {};
  for (const [site, key] of Object.entries(input.languages)) {
    const name = names[key];
    if (name) out[site] = name;
  }
  const local = names[input.localLanguage];
  if (local && !Object.values(input.languages).includes(input.localLanguage)) out.local = local;
  if (Object.keys(out).length === 0) {
    const any = Object.values(names)[0];
    if (any) out.local = any;
  }
  return out;
}

/** Builds one region's compact holiday file from date-holidays output. */
export function buildRegionHolidays(input: BuildRegionInput): RegionHolidays {
  const span = input.span ?? [HOLIDAY_SPAN.first, HOLIDAY_SPAN.last];
  const names: HolidayNames[] = [];
  const nameIndex = new Map<string, number>();
  const byYear = new Map<number, Map<string, HolidayEntry>>();
  for (let y = span[0]; y <= span[1]; y++) byYear.set(y, new Map());
  for (const h of input.holidays) {
    if (h.type !== 'public') continue;
    const picked = pickNames(h.names, input);
    const key = JSON.stringify(Object.entries(picked).sort(([a], [b]) => a.localeCompare(b)));
    let index = nameIndex.get(key);
    if (index === undefined) {
      index = names.length;
      names.push(picked);
      nameIndex.set(key, index);
    }
    for (const day of coveredDays(h)) {
      const date = fromDayNumber(day);
      const entries = byYear.get(yearOf(date));
      if (!entries) continue;
      const md = Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
      const entry: HolidayEntry = h.substitute ? [md, index, 1] : [md, index];
      entries.set(`${md}:${index}`, entry);
    }
  }
  const days: Record<string, HolidayEntry[]> = {};
  for (const [year, entries] of byYear)
    days[String(year)] = [...entries.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { v: 1, region: input.region, span, weekend: [...input.weekend], names, days };
}

/** The region's weekend (ISO weekdays) from CLDR week data in Intl, Saturday–Sunday if unknown. */
export function cldrWeekend(region: string): number[] {
  try {
    const locale = new Intl.Locale(`und-${region}`) as Intl.Locale & {
      getWeekInfo?: () => { weekend?: number[] };
      weekInfo?: { weekend?: number[] };
    };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    const weekend = info?.weekend;
    return weekend && weekend.length > 0 && weekend.length < 7
      ? [...weekend].sort((a, b) => a - b)
      : [...DEFAULT_WEEKEND];
  } catch {
    return [...DEFAULT_WEEKEND];
  }
}
