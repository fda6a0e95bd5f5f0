import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, dayNumber } from '../../../src/domain/deadline/calendar';
import { computeDeadline, type DeadlineInput } from '../../../src/domain/deadline/deadline';
import { HOLIDAY_SPAN } from '../../../src/domain/deadline/holidays';
import { RULES } from '../../../src/domain/deadline/rules';
import { wallTimeAt } from '../../../src/domain/deadline/zone';
import { calendarOf } from './helpers';

const RUNS = { numRuns: 1000 };
const ZONES = [
  'UTC',
  'Europe/Budapest',
  'Europe/Istanbul',
  'Asia/Tehran',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Riyadh',
  'America/New_York',
  'Pacific/Kiritimati',
  'Asia/Kathmandu',
];
// No region, Monday–Friday with many holidays, Friday–Saturday, Friday only, Sunday only.
const REGIONS = ['', 'TR', 'SA', 'IR', 'IN', 'GB', 'HU', 'US', 'BA'];

// Stay a few weeks inside the span so windows never leave it (that case has its own test).
const firstDay = dayNumber(`${HOLIDAY_SPAN.first}-01-01`);
const lastDay = dayNumber(`${HOLIDAY_SPAN.last}-12-01`);
const date = fc.integer({ min: firstDay, max: lastDay }).map(fromDayNumber);
const time = fc.option(
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  { nil: undefined },
);
const input = fc.record({
  date,
  time,
  timeZone: fc.constantFrom(...ZONES),
  region: fc.constantFrom(...REGIONS),
  rule: fc.constantFrom(...RULES),
});
type Arb = { date: string; time: string | undefined; timeZone: string; region: string; rule: (typeof RULES)[number] };
const toInput = (a: Arb): DeadlineInput => ({
  date: a.date,
  time: a.time,
  timeZone: a.timeZone,
  rule: a.rule,
  calendar: calendarOf(a.region),
});

describe('deadline properties', () => {
  it('the last counted day is a business day under the business-day rule, and a counted day always', () => {
    fc.assert(
      fc.property(input, (a) => {
        const r = computeDeadline(toInput(a));
        const last = r.ledger[r.ledger.length - 1]!;
        expect(last.date).toBe(r.lastCountedDate);
        expect(last.status).toBe('counted');
        if (a.rule.counting === 'business') {
          const cal = calendarOf(a.region);
          expect(cal.isWeekend(last.date)).toBe(false);
          expect(cal.holidaysOn(last.date)).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it("counts exactly the rule's number of days, over consecutive dates from the start day", () => {
    fc.assert(
      fc.property(input, (a) => {
        const r = computeDeadline(toInput(a));
        expect(r.ledger.filter((d) => d.status === 'counted')).toHaveLength(a.rule.days);
        expect(r.ledger.map((d) => d.date)).toEqual(r.ledger.map((_, i) => addDays(a.date, i)));
        expect(r.calendarDays).toBe(r.ledger.length - 1);
        if (a.rule.counting === 'calendar') expect(r.calendarDays).toBe(a.rule.days);
      }),
      RUNS,
    );
  });

  it('closes at the first instant of the day after the last counted day, in the customer’s zone', () => {
    fc.assert(
      fc.property(input, (a) => {
        const r = computeDeadline(toInput(a));
        expect(wallTimeAt(r.closesAt, a.timeZone).date).toBe(addDays(r.lastCountedDate, 1));
        expect(wallTimeAt(r.closesAt - 1000, a.timeZone).date).toBe(r.lastCountedDate);
      }),
      RUNS,
    );
  });

  it('a later notification never closes earlier', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 20 }), (a, later) => {
        const first = computeDeadline(toInput(a));
        const second = computeDeadline(toInput({ ...a, date: addDays(a.date, later) }));
        expect(second.closesAt).toBeGreaterThanOrEqual(first.closesAt);
      }),
      RUNS,
    );
  });
});

describe('independence from the host time zone', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('gives identical results under UTC, Asia/Kolkata, America/Santiago and Pacific/Kiritimati', () => {
    const hostZones = ['UTC', 'Asia/Kolkata', 'America/Santiago', 'Pacific/Kiritimati'];
    // Guard: changing TZ must really change the host's zone, or this test could not fail.
    const offsets = hostZones.map((tz) => {
      process.env.TZ = tz;
      return new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset();
    });
    expect(new Set(offsets).size).toBe(hostZones.length);
    fc.assert(
      fc.property(input, (a) => {
        const results = hostZones.map((tz) => {
          process.env.TZ = tz;
          return computeDeadline(toInput(a));
        });
        for (const r of results.slice(1)) expect(r).toEqual(results[0]);
      }),
      RUNS,
    );
  });
});
