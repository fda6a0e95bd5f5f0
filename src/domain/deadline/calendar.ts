/**
 * Arithmetic on plain calendar dates written `YYYY-MM-DD`. Dates carry no time zone, so every
 * conversion goes through UTC methods only: the host machine's zone can never shift a day.
 */
export type IsoDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a `YYYY-MM-DD` string into numbers without checking that the day exists. */
export function splitIsoDate(date: IsoDate): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the string is `YYYY-MM-DD` and names a day that exists (no 30 February). */
export function isValidIsoDate(date: string): boolean {
  const parts = splitIsoDate(date);
  if (!parts) return false;
  const { year, month, day } = parts;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 for a valid date. */
export function dayNumber(date: IsoDate): number {
  const parts = splitIsoDate(date);
  if (!parts) throw new RangeError(`Not a date: ${date}`);
  const d = new Date(0);
  // setUTCFullYear keeps years below 100 literal, unlike Date.UTC.
  d.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return Math.floor(d.getTime() / MS_PER_DAY);
}

/** The date of a day number (inverse of dayNumber). */
export function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * MS_PER_DAY);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Adds (or subtracts) whole calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday of a date, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** The year of a date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** A date as milliseconds at UTC midnight, for Intl formatting with `timeZone: 'UTC'`. */
export function utcMidnight(date: IsoDate): number {
  return dayNumber(date) * MS_PER_DAY;
}
