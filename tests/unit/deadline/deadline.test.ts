import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../src/domain/deadline/deadline';
import { holidayName } from '../../../src/domain/deadline/holidays';
import { findRule, type RuleId } from '../../../src/domain/deadline/rules';
import { calendarOf, dataOf } from './helpers';

interface Case {
  name: string;
  date: string;
  time?: string;
  zone: string;
  region?: string;
  rule?: RuleId;
  closes: string;
  lastCounted: string;
  calendarDays: number;
  /** Dates skipped between the start and the last counted day. */
  skipped: string[];
}

const cases: Case[] = [
  {
    name: 'a Monday start counts Tuesday to the next Monday',
    date: '2026-11-16',
    time: '10:00',
    zone: 'Europe/Budapest',
    closes: '2026-11-24T00:00:00+01:00',
    lastCounted: '2026-11-23',
    calendarDays: 7,
    skipped: ['2026-11-21', '2026-11-22'],
  },
  {
    name: 'a Friday evening notification counts from Monday',
    date: '2026-11-20',
    time: '21:45',
    zone: 'Europe/Budapest',
    closes: '2026-11-28T00:00:00+01:00',
    lastCounted: '2026-11-27',
    calendarDays: 7,
    skipped: ['2026-11-21', '2026-11-22'],
  },
  {
    name: 'a Saturday notification counts from Monday',
    date: '2026-11-21',
    time: '09:00',
    zone: 'Europe/Budapest',
    closes: '2026-11-28T00:00:00+01:00',
    lastCounted: '2026-11-27',
    calendarDays: 6,
    skipped: ['2026-11-22'],
  },
  {
    name: 'a notification on a public holiday (Republic Day) counts from the next business day',
    date: '2026-10-29',
    time: '11:00',
    zone: 'Europe/Istanbul',
    region: 'TR',
    closes: '2026-11-06T00:00:00+03:00',
    lastCounted: '2026-11-05',
    calendarDays: 7,
    skipped: ['2026-10-31', '2026-11-01'],
  },
  {
    name: 'a holiday where the fifth day would fall pushes the end a day',
    date: '2026-10-22',
    time: '16:30',
    zone: 'Europe/Istanbul',
    region: 'TR',
    closes: '2026-10-31T00:00:00+03:00',
    lastCounted: '2026-10-30',
    calendarDays: 8,
    skipped: ['2026-10-24', '2026-10-25', '2026-10-29'],
  },
  {
    name: 'Christmas, Boxing Day and its substitute at the end of the window',
    date: '2026-12-21',
    time: '12:00',
    zone: 'Europe/London',
    region: 'GB',
    closes: '2026-12-31T00:00:00+00:00',
    lastCounted: '2026-12-30',
    calendarDays: 9,
    skipped: ['2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28'],
  },
  {
    name: 'the window closes at the year end',
    date: '2026-12-24',
    time: '16:30',
    zone: 'Europe/Istanbul',
    region: 'TR',
    closes: '2027-01-01T00:00:00+03:00',
    lastCounted: '2026-12-31',
    calendarDays: 7,
    skipped: ['2026-12-26', '2026-12-27'],
  },
  {
    name: "the window crosses New Year's Day",
    date: '2026-12-28',
    zone: 'Europe/Istanbul',
    region: 'TR',
    closes: '2027-01-06T00:00:00+03:00',
    lastCounted: '2027-01-05',
    calendarDays: 8,
    skipped: ['2027-01-01', '2027-01-02', '2027-01-03'],
  },
  {
    name: 'Budapest: the window spans the spring clock change',
    date: '2026-03-23',
    time: '08:00',
    zone: 'Europe/Budapest',
    closes: '2026-03-31T00:00:00+02:00',
    lastCounted: '2026-03-30',
    calendarDays: 7,
    skipped: ['2026-03-28', '2026-03-29'],
  },
  {
    name: 'Budapest: the window spans the autumn clock change',
    date: '2026-10-19',
    time: '08:00',
    zone: 'Europe/Budapest',
    closes: '2026-10-27T00:00:00+01:00',
    lastCounted: '2026-10-26',
    calendarDays: 7,
    skipped: ['2026-10-24', '2026-10-25'],
  },
  {
    name: 'Santiago: the day after the window starts at 01:00 because midnight is skipped',
    date: '2026-08-29',
    zone: 'America/Santiago',
    rule: 'seven-days-after-approval',
    closes: '2026-09-06T01:00:00-03:00',
    lastCounted: '2026-09-05',
    calendarDays: 7,
    skipped: [],
  },
  {
    name: 'Santiago: business days across the September change',
    date: '2026-09-03',
    time: '18:00',
    zone: 'America/Santiago',
    closes: '2026-09-11T00:00:00-03:00',
    lastCounted: '2026-09-10',
    calendarDays: 7,
    skipped: ['2026-09-05', '2026-09-06'],
  },
  {
    name: 'Lord Howe: the half-hour change happens inside the window',
    date: '2026-09-30',
    time: '12:00',
    zone: 'Australia/Lord_Howe',
    closes: '2026-10-08T00:00:00+11:00',
    lastCounted: '2026-10-07',
    calendarDays: 7,
    skipped: ['2026-10-03', '2026-10-04'],
  },
  {
    name: 'Istanbul keeps +03:00 all year (no change since 2016)',
    date: '2026-03-26',
    time: '09:00',
    zone: 'Europe/Istanbul',
    closes: '2026-04-03T00:00:00+03:00',
    lastCounted: '2026-04-02',
    calendarDays: 7,
    skipped: ['2026-03-28', '2026-03-29'],
  },
  {
    name: 'Tehran keeps +03:30 all year (no change since 2022)',
    date: '2026-09-14',
    time: '09:00',
    zone: 'Asia/Tehran',
    closes: '2026-09-22T00:00:00+03:30',
    lastCounted: '2026-09-21',
    calendarDays: 7,
    skipped: ['2026-09-19', '2026-09-20'],
  },
  {
    name: 'Saudi Arabia: a Friday–Saturday weekend',
    date: '2026-11-19',
    time: '14:00',
    zone: 'Asia/Riyadh',
    region: 'SA',
    closes: '2026-11-27T00:00:00+03:00',
    lastCounted: '2026-11-26',
    calendarDays: 7,
    skipped: ['2026-11-20', '2026-11-21'],
  },
  {
    name: 'seven days after approval count weekends and holidays',
    date: '2026-10-22',
    time: '16:30',
    zone: 'Europe/Istanbul',
    region: 'TR',
    rule: 'seven-days-after-approval',
    closes: '2026-10-30T00:00:00+03:00',
    lastCounted: '2026-10-29',
    calendarDays: 7,
    skipped: [],
  },
];

describe('computeDeadline on real dates', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const rule = findRule(c.rule ?? 'five-business-days')!;
    const result = computeDeadline({
      date: c.date,
      time: c.time,
      timeZone: c.zone,
      rule,
      calendar: calendarOf(c.region ?? ''),
    });
    expect(result.closesAtIso).toBe(c.closes);
    expect(result.lastCountedDate).toBe(c.lastCounted);
    expect(result.calendarDays).toBe(c.calendarDays);
    expect(result.ledger.filter((d) => d.status === 'skipped').map((d) => d.date)).toEqual(c.skipped);
    expect(result.ledger.filter((d) => d.status === 'counted')).toHaveLength(rule.days);
    expect(result.ledger[0]).toMatchObject({ date: c.date, status: 'start' });
    expect(result.warnings).toEqual([]);
  });

  it('names the skipped holiday in the reader’s language, else in English', () => {
    const rule = findRule('five-business-days')!;
    const result = computeDeadline({
      date: '2026-10-22',
      timeZone: 'Europe/Istanbul',
      rule,
      calendar: calendarOf('TR'),
    });
    const holiday = result.ledger.find((d) => d.date === '2026-10-29')!;
    expect(holiday.reasons).toEqual(['holiday']);
    const [ref] = holiday.holidays;
    expect(holidayName(dataOf('TR'), ref!, 'tr-TR')).toBe('Cumhuriyet Bayramı');
    expect(holidayName(dataOf('TR'), ref!, 'en')).toBe('Republic Day');
    // date-holidays has no Japanese name for it.
    expect(holidayName(dataOf('TR'), ref!, 'ja-JP')).toBe('Republic Day');
  });

  it('flags a substitute day', () => {
    const rule = findRule('five-business-days')!;
    const result = computeDeadline({ date: '2026-12-21', timeZone: 'Europe/London', rule, calendar: calendarOf('GB') });
    expect(result.ledger.find((d) => d.date === '2026-12-28')?.holidays).toEqual([
      expect.objectContaining({ substitute: true }),
    ]);
  });

  it('says holidays are unknown when the window runs past the data span', () => {
    const rule = findRule('five-business-days')!;
    const result = computeDeadline({
      date: '2035-12-28',
      timeZone: 'Europe/Istanbul',
      rule,
      calendar: calendarOf('TR'),
    });
    expect(result.warnings).toEqual([{ code: 'holidaysUnknown', year: 2036 }]);
    // 2035-12-28 is a Friday: 31 December counts, then four days of 2036 whose holidays are unknown.
    expect(result.ledger.filter((d) => d.holidaysUnknown).map((d) => d.date)).toEqual([
      '2036-01-01',
      '2036-01-02',
      '2036-01-03',
      '2036-01-04',
    ]);
    expect(result.lastCountedDate).toBe('2036-01-04');
    // Without a region, no holidays are assumed and nothing is unknown.
    const plain = computeDeadline({ date: '2035-12-28', timeZone: 'Europe/Istanbul', rule, calendar: calendarOf('') });
    expect(plain.warnings).toEqual([]);
  });

  it('warns when the start time occurred twice, without changing the count', () => {
    const rule = findRule('five-business-days')!;
    const base = { date: '2026-10-25', timeZone: 'Europe/Budapest', rule, calendar: calendarOf('') };
    const twice = computeDeadline({ ...base, time: '02:30' });
    expect(twice.warnings).toEqual([{ code: 'ambiguousStart' }]);
    expect(twice.closesAt).toBe(computeDeadline(base).closesAt);
  });
});
