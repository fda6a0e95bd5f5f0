/**
 * The opt-out deadline: counts the rule's days after the start day in the customer's time zone and
 * closes the window at the first instant of the day after the last counted day.
 * Assumptions the page states: the start day never counts; business days skip the region's weekend
 * and public holidays; the window closes at the end of the last counted day, local time.
 */
import { dayNumber, addDays, isoWeekday, yearOf, type IsoDate, type Weekday } from './calendar';
import type { HolidayRef, WorkCalendar } from './holidays';
import type { DeadlineRule, RuleId } from './rules';
import { isoInstant, resolveWallTime, startOfDay, wallTimeAt } from './zone';

export interface DeadlineInput {
  /** The start day (notification or approval, after the rule) in the customer's zone. */
  date: IsoDate;
  /** `HH:MM`, optional: the count depends on the day only. */
  time?: string | undefined;
  timeZone: string;
  rule: DeadlineRule;
  calendar: WorkCalendar;
}

export type DayReason = 'weekend' | 'holiday';

export interface LedgerDay {
  date: IsoDate;
  weekday: Weekday;
  /** `start` is the notification (or approval) day, which never counts. */
  status: 'start' | 'counted' | 'skipped';
  /** Position among counted days, from 1. */
  count?: number;
  /** Why a day was skipped; under a calendar-day rule, what a counted day is despite counting. */
  reasons: DayReason[];
  holidays: HolidayRef[];
  /** The region's holidays for this day's year are outside the data span. */
  holidaysUnknown: boolean;
}

export type DeadlineWarning = { code: 'holidaysUnknown'; year: number } | { code: 'ambiguousStart' };

export interface DeadlineResult {
  ruleId: RuleId;
  timeZone: string;
  region: string | undefined;
  startDate: IsoDate;
  /** The start instant when a time was given (the earlier one if the time occurred twice). */
  startInstant: number | undefined;
  lastCountedDate: IsoDate;
  /** The first instant after the window, ms since the epoch. */
  closesAt: number;
  /** `closesAt` as ISO 8601 with the customer's offset. */
  closesAtIso: string;
  /** The customer's wall date and time at `closesAt` (00:00, or later when midnight is skipped). */
  closesAtLocal: { date: IsoDate; time: string };
  ledger: LedgerDay[];
  /** Calendar days from the start day to the last counted day. */
  calendarDays: number;
  warnings: DeadlineWarning[];
}

const MAX_DAYS = 400;

function parseMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Computes the closing moment and the day-by-day ledger for one start moment and rule. */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const { date, timeZone, rule, calendar } = input;
  const warnings: DeadlineWarning[] = [];
  const unknownYears = new Set<number>();
  let startInstant: number | undefined;
  if (input.time) {
    const r = resolveWallTime(date, parseMinutes(input.time), timeZone);
    startInstant = r.kind === 'skipped' ? r.transition : r.instant;
    if (r.kind === 'ambiguous') warnings.push({ code: 'ambiguousStart' });
  }

  const describe = (day: IsoDate): Pick<LedgerDay, 'reasons' | 'holidays' | 'holidaysUnknown'> => {
    const holidays = calendar.holidaysOn(day);
    const reasons: DayReason[] = [];
    if (calendar.isWeekend(day)) reasons.push('weekend');
    if (holidays && holidays.length > 0) reasons.push('holiday');
    return { reasons, holidays: holidays ? [...holidays] : [], holidaysUnknown: holidays === undefined };
  };

  const ledger: LedgerDay[] = [{ date, weekday: isoWeekday(date), status: 'start', ...describe(date) }];
  let counted = 0;
  let day = date;
  while (counted < rule.days) {
    if (ledger.length > MAX_DAYS)
      throw new RangeError(`No ${rule.days} working days within ${MAX_DAYS} days of ${date}`);
    day = addDays(day, 1);
    const info = describe(day);
    const skip = rule.counting === 'business' && info.reasons.length > 0;
    if (rule.counting === 'business' && info.holidaysUnknown) unknownYears.add(yearOf(day));
    if (skip) {
      ledger.push({ date: day, weekday: isoWeekday(day), status: 'skipped', ...info });
    } else {
      counted += 1;
      ledger.push({ date: day, weekday: isoWeekday(day), status: 'counted', count: counted, ...info });
    }
  }
  for (const year of unknownYears) warnings.push({ code: 'holidaysUnknown', year });

  const closesAt = startOfDay(addDays(day, 1), timeZone);
  const wall = wallTimeAt(closesAt, timeZone);
  const hhmm = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
  return {
    ruleId: rule.id,
    timeZone,
    region: calendar.region,
    startDate: date,
    startInstant,
    lastCountedDate: day,
    closesAt,
    closesAtIso: isoInstant(closesAt, timeZone),
    closesAtLocal: { date: wall.date, time: hhmm },
    ledger,
    calendarDays: dayNumber(day) - dayNumber(date),
    warnings,
  };
}
