/**
 * The opt-out window as a month-style calendar: whole weeks as rows, from the week of the notification (or
 * approval) day to the week in which the window closes. Each day says what the ledger says of it (the start,
 * a counted day with its number, a skipped weekend day or holiday) and whether the window closes at its start.
 * The ledger stays the text version; this is the same information laid out in weeks.
 */
import { addDays, dayNumber, isoWeekday, splitIsoDate, type IsoDate, type Weekday } from './calendar';
import type { DayReason, DeadlineResult } from './deadline';
import type { HolidayRef } from './holidays';

export type CalendarDayKind = 'start' | 'counted' | 'skipped' | 'outside';

export interface CalendarDay {
  date: IsoDate;
  /** Day of the month, 1–31. */
  day: number;
  weekday: Weekday;
  kind: CalendarDayKind;
  /** Position among counted days, from 1 (counted days only). */
  count?: number;
  /** Why the day is skipped, or what a counted day is despite counting (a weekend under a calendar-day rule). */
  reasons: readonly DayReason[];
  holidays: readonly HolidayRef[];
  /** A day of the region's weekend, inside or outside the window. */
  weekend: boolean;
  /** The last counted day. */
  last: boolean;
  /** The window closes at this local time at the start of this day (`HH:MM`: 00:00, or later when midnight is skipped). */
  closesAt?: string;
  /** The first day of a month shown in the calendar (where a month's name belongs). */
  monthStart: boolean;
}

export interface WindowCalendar {
  /** The weekday of the first column. */
  firstDay: Weekday;
  /** Weekdays in column order. */
  columns: readonly Weekday[];
  weeks: readonly (readonly CalendarDay[])[];
}

/**
 * The first column of the calendar: the region's own first day when its weekend is not Saturday–Sunday (so a
 * Friday–Saturday weekend is not split across rows the way that region never reads it), the reader's otherwise.
 */
export function calendarFirstDay(options: {
  regionWeekend: readonly number[];
  regionFirstDay: Weekday | undefined;
  readerFirstDay: Weekday;
}): Weekday {
  const usual =
    options.regionWeekend.length === 2 && options.regionWeekend.includes(6) && options.regionWeekend.includes(7);
  return !usual && options.regionFirstDay ? options.regionFirstDay : options.readerFirstDay;
}

/** Lays a computed deadline out in weeks starting on `firstDay`; `weekend` is the region's weekend (ISO weekdays). */
export function windowCalendar(result: DeadlineResult, firstDay: Weekday, weekend: readonly number[]): WindowCalendar {
  const byDate = new Map(result.ledger.map((d) => [d.date, d]));
  const closing = result.closesAtLocal;
  const back = (isoWeekday(result.startDate) - firstDay + 7) % 7;
  const first = addDays(result.startDate, -back);
  const endWeekday = isoWeekday(closing.date);
  const forward = (firstDay + 6 - endWeekday + 7) % 7;
  const last = addDays(closing.date, forward);
  const total = dayNumber(last) - dayNumber(first) + 1;

  const days: CalendarDay[] = [];
  for (let i = 0; i < total; i++) {
    const date = addDays(first, i);
    const weekday = isoWeekday(date);
    const entry = byDate.get(date);
    const day: CalendarDay = {
      date,
      day: splitIsoDate(date)!.day,
      weekday,
      kind: entry?.status ?? 'outside',
      reasons: entry?.reasons ?? [],
      holidays: entry?.holidays ?? [],
      weekend: weekend.includes(weekday),
      last: date === result.lastCountedDate,
      monthStart: i === 0 || splitIsoDate(date)!.day === 1,
    };
    if (entry?.count !== undefined) day.count = entry.count;
    if (date === closing.date) day.closesAt = closing.time;
    days.push(day);
  }
  const weeks: CalendarDay[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  const columns = Array.from({ length: 7 }, (_, i) => (((firstDay - 1 + i) % 7) + 1) as Weekday);
  return { firstDay, columns, weeks };
}
