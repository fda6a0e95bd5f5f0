import { describe, expect, it } from 'vitest';
import type { Weekday } from '../../../src/domain/deadline/calendar';
import { computeDeadline } from '../../../src/domain/deadline/deadline';
import { holidayName } from '../../../src/domain/deadline/holidays';
import { findRule, type RuleId } from '../../../src/domain/deadline/rules';
import { calendarFirstDay, type CalendarDay, windowCalendar } from '../../../src/domain/deadline/window-calendar';
import { calendarOf, dataOf } from './helpers';

function calendarFor(
  date: string,
  timeZone: string,
  region: string,
  firstDay: Weekday,
  rule: RuleId = 'five-business-days',
) {
  const calendar = calendarOf(region);
  const result = computeDeadline({ date, timeZone, rule: findRule(rule)!, calendar });
  return { result, view: windowCalendar(result, firstDay, calendar.weekend) };
}

/** One row as short codes: S start, 1–9 counted, w skipped weekend, h skipped holiday, . outside; `|` marks the closing day. */
const row = (week: readonly CalendarDay[]) =>
  week
    .map((d) => {
      const code =
        d.kind === 'start'
          ? 'S'
          : d.kind === 'counted'
            ? String(d.count)
            : d.kind === 'skipped'
              ? d.reasons.includes('holiday')
                ? 'h'
                : 'w'
              : '.';
      return d.closesAt ? `|${code}` : code;
    })
    .join(' ');

describe('the opt-out window on a calendar', () => {
  it('crosses a month and a year end: New Year’s Day skipped with its name, months marked where they start', () => {
    const { view } = calendarFor('2026-12-28', 'Europe/Istanbul', 'TR', 1);
    expect(view.columns).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(view.weeks.map(row)).toEqual(['S 1 2 3 h w w', '4 5 |. . . . .']);
    const days = view.weeks.flat();
    expect(days.filter((d) => d.monthStart).map((d) => d.date)).toEqual(['2026-12-28', '2027-01-01']);
    const newYear = days.find((d) => d.date === '2027-01-01')!;
    expect(newYear.holidays.map((h) => holidayName(dataOf('TR'), h, 'en'))).toEqual(["New Year's Day"]);
    expect(days.find((d) => d.last)?.date).toBe('2027-01-05');
    expect(days.find((d) => d.closesAt)).toMatchObject({ date: '2027-01-06', closesAt: '00:00' });
  });

  it('starts the week where a Friday–Saturday region does, with its weekend at the end of each row', () => {
    const firstDay = calendarFirstDay({ regionWeekend: [5, 6], regionFirstDay: 7, readerFirstDay: 1 });
    expect(firstDay).toBe(7);
    const { view } = calendarFor('2026-11-15', 'Asia/Riyadh', 'SA', firstDay);
    expect(view.columns).toEqual([7, 1, 2, 3, 4, 5, 6]);
    expect(view.weeks.map(row)).toEqual(['S 1 2 3 4 w w', '5 |. . . . . .']);
    for (const week of view.weeks) expect(week.slice(5).every((d) => d.weekend)).toBe(true);
  });

  it('keeps the reader’s first day where the region’s weekend is Saturday–Sunday, or when no region is chosen', () => {
    expect(calendarFirstDay({ regionWeekend: [6, 7], regionFirstDay: 1, readerFirstDay: 7 })).toBe(7);
    expect(calendarFirstDay({ regionWeekend: [6, 7], regionFirstDay: undefined, readerFirstDay: 1 })).toBe(1);
    expect(calendarFirstDay({ regionWeekend: [5], regionFirstDay: 6, readerFirstDay: 1 })).toBe(6);
  });

  it('shows a holiday on a weekend as both, with the substitute day after it', () => {
    const { view } = calendarFor('2026-12-21', 'Europe/London', 'GB', 1);
    expect(view.weeks.map(row)).toEqual(['S 1 2 3 h h w', 'h 4 5 |. . . .']);
    const boxingDay = view.weeks.flat().find((d) => d.date === '2026-12-26')!;
    expect(boxingDay.reasons).toEqual(['weekend', 'holiday']);
    expect(boxingDay.holidays.map((h) => holidayName(dataOf('GB'), h, 'en'))).toEqual(['Boxing Day']);
    const substitute = view.weeks.flat().find((d) => d.date === '2026-12-28')!;
    expect(substitute.holidays[0]?.substitute).toBe(true);
  });

  it('marks a closing time other than midnight when the clock change skips it, across a month end', () => {
    const { view } = calendarFor('2026-08-29', 'America/Santiago', '', 1, 'seven-days-after-approval');
    expect(view.weeks.map(row)).toEqual(['. . . . . S 1', '2 3 4 5 6 7 |.']);
    const closing = view.weeks.flat().find((d) => d.closesAt)!;
    expect(closing).toMatchObject({ date: '2026-09-06', closesAt: '01:00' });
    // Under a calendar-day rule a weekend day counts, and says so.
    expect(view.weeks.flat().find((d) => d.date === '2026-08-30')).toMatchObject({
      kind: 'counted',
      reasons: ['weekend'],
    });
  });

  it('keeps whole days and a midnight close when the clocks go back inside the window', () => {
    // New York leaves summer time on Sunday 1 November 2026, inside the window.
    const { result, view } = calendarFor('2026-10-29', 'America/New_York', 'US', 7);
    expect(view.columns).toEqual([7, 1, 2, 3, 4, 5, 6]);
    expect(view.weeks.map(row)).toEqual(['. . . . S 1 w', 'w 2 3 4 5 |. .']);
    expect(
      view.weeks
        .flat()
        .filter((d) => d.monthStart)
        .map((d) => d.date),
    ).toEqual(['2026-10-25', '2026-11-01']);
    expect(view.weeks.flat().find((d) => d.closesAt)).toMatchObject({ date: '2026-11-06', closesAt: '00:00' });
    expect(result.closesAtIso).toBe('2026-11-06T00:00:00-05:00');
  });

  it('skips only the one weekend day of a region that rests on Sunday alone', () => {
    const { view } = calendarFor('2026-11-12', 'Asia/Kolkata', 'IN', 7);
    expect(view.weeks.map(row)).toEqual(['. . . . S 1 2', 'w 3 4 5 |. . .']);
    expect(
      view.weeks
        .flat()
        .filter((d) => d.weekend)
        .map((d) => d.weekday),
    ).toEqual([7, 7]);
  });

  it('agrees with the ledger day by day', () => {
    const { result, view } = calendarFor('2026-10-22', 'Europe/Istanbul', 'TR', 1);
    const inWindow = view.weeks.flat().filter((d) => d.kind !== 'outside');
    expect(inWindow.map((d) => [d.date, d.kind, d.count])).toEqual(
      result.ledger.map((d) => [d.date, d.status, d.count]),
    );
  });
});
