import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, fromDayNumber, isValidIsoDate, isoWeekday } from '../../../src/domain/deadline/calendar';

describe('plain calendar dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-1', false],
    ['not a date', false],
  ])('%s is valid: %s', (date, valid) => {
    expect(isValidIsoDate(date)).toBe(valid);
  });

  it.each([
    ['2026-12-24', 4],
    ['2026-12-26', 6],
    ['2026-12-27', 7],
    ['2026-12-28', 1],
    ['1970-01-01', 4],
    ['2019-10-01', 2],
  ])('%s is ISO weekday %d', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-10-22', 9, '2026-10-31'],
  ])('%s + %d days = %s', (date, days, want) => {
    expect(addDays(date, days)).toBe(want);
  });

  it('round-trips day numbers', () => {
    for (const date of ['1999-12-31', '2019-10-01', '2035-12-31', '0099-06-15'])
      expect(fromDayNumber(dayNumber(date))).toBe(date);
  });
});
