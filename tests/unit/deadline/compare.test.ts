import { describe, expect, it } from 'vitest';
import { compareWindows } from '../../../src/domain/deadline/compare';
import { calendarOf } from './helpers';

const compare = (date: string, region = '') =>
  compareWindows({ date, timeZone: 'Europe/Istanbul', calendar: calendarOf(region) });
const lastDays = (date: string, region = '') => compare(date, region).results.map((r) => r.lastCountedDate);

describe('both older windows from the same day', () => {
  it('counts each rule once, five business days first', () => {
    const c = compare('2026-10-22', 'TR');
    expect(c.results.map((r) => r.ruleId)).toEqual(['five-business-days', 'seven-days-after-approval']);
  });

  it('closes together from a weekday with no holiday in between', () => {
    // Tuesday 3 November 2026: five business days end on Tuesday the 10th, seven days on the 10th too.
    expect(lastDays('2026-11-03')).toEqual(['2026-11-10', '2026-11-10']);
    expect(compare('2026-11-03').earliest).toBeUndefined();
  });

  it('finds the seven-day window shorter when a holiday falls inside five business days', () => {
    // Thursday 22 October 2026 in Türkiye: Republic Day (29 October) pushes the fifth business day to the 30th.
    expect(lastDays('2026-10-22', 'TR')).toEqual(['2026-10-30', '2026-10-29']);
    expect(compare('2026-10-22', 'TR').earliest?.ruleId).toBe('seven-days-after-approval');
  });

  it('finds the five-business-day window shorter from a weekend', () => {
    // Sunday 8 November 2026: Monday to Friday end on the 13th; seven calendar days end on Sunday the 15th.
    expect(lastDays('2026-11-08')).toEqual(['2026-11-13', '2026-11-15']);
    expect(compare('2026-11-08').earliest?.ruleId).toBe('five-business-days');
  });
});
