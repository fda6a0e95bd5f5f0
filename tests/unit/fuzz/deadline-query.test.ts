/** Property tests of the deadline calculator's URL state: any query is read without throwing, and a shared link reads back as written. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidayRegionCodes } from '../../../scripts/lib/holiday-source';
import { dayNumber, fromDayNumber } from '../../../src/domain/deadline/calendar';
import { HOLIDAY_SPAN } from '../../../src/domain/deadline/holidays';
import {
  MAX_PARAM_LENGTH,
  parseDeadlineQuery,
  serializeDeadlineQuery,
  type DeadlineQueryValues,
} from '../../../src/domain/deadline/query';
import { RULES, type RuleId } from '../../../src/domain/deadline/rules';
import { resolveWallTime } from '../../../src/domain/deadline/zone';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 60_000;
const REGIONS = holidayRegionCodes();
const ZONES = Intl.supportedValuesOf('timeZone');
const FIELDS = ['date', 'time', 'tz', 'region', 'rule'];

/** Query-shaped noise: the calculator's keys, escapes (broken ones too), markup and unicode, sometimes very long. */
const piece = fc.oneof(
  fc.constantFrom(
    'notified',
    'approved',
    'tz',
    'region',
    'rule',
    '=',
    '&',
    '?',
    '#',
    '+',
    '%',
    '%2',
    '%ZZ',
    '%E0%A4%A',
    '%00',
    '%F0%9F%98',
    '%3Cscript%3E',
    '<script>alert(1)</script>',
    'T',
    ':',
    '-',
    '2026-02-30',
    '25:61',
    'Europe/Berlin',
    'TR',
    'five-business-days',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.stringMatching(/^[0-9]{1,4}$/),
);
const noisyQuery = fc.oneof(
  fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .tuple(
      fc.constantFrom('notified', 'tz', 'region', 'rule'),
      fc.string({ minLength: MAX_PARAM_LENGTH - 2, maxLength: 3000 }),
    )
    .map(([k, v]) => `?${k}=${v}`),
);

const date = fc
  .integer({ min: dayNumber(`${HOLIDAY_SPAN.first}-01-01`), max: dayNumber(`${HOLIDAY_SPAN.last}-12-31`) })
  .map(fromDayNumber);
const two = (n: number) => String(n).padStart(2, '0');
const time = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${two(h)}:${two(m)}`),
);
const values: fc.Arbitrary<DeadlineQueryValues> = fc.record({
  date,
  time,
  tz: fc.oneof(fc.constant(''), fc.constantFrom(...ZONES)),
  region: fc.oneof(fc.constant(''), fc.constantFrom(...REGIONS)),
  rule: fc.constantFrom<RuleId>(...RULES.map((r) => r.id)),
});

describe('parseDeadlineQuery, fuzzed', () => {
  it(
    'never throws; every error names a form field and every value stays short',
    () => {
      fc.assert(
        fc.property(noisyQuery, (search) => {
          const { values: v, errors } = parseDeadlineQuery(search, { regions: REGIONS, defaultTimeZone: 'UTC' });
          for (const e of errors) expect(FIELDS).toContain(e.field);
          for (const text of [v.date, v.time, v.tz, v.region])
            expect(text.length).toBeLessThanOrEqual(MAX_PARAM_LENGTH);
          expect(RULES.map((r) => r.id)).toContain(v.rule);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'reads back every valid state it writes, without errors',
    () => {
      fc.assert(
        fc.property(values, (v) => {
          const query = serializeDeadlineQuery(v);
          const parsed = parseDeadlineQuery(query, { regions: REGIONS });
          expect(parsed.values).toEqual(v);
          // The one valid-looking state that is not valid: a wall time skipped by a clock change in that zone.
          const [h, m] = v.time.split(':').map(Number);
          const skipped =
            v.time !== '' && v.tz !== '' && resolveWallTime(v.date, h! * 60 + m!, v.tz).kind === 'skipped';
          expect(parsed.errors).toEqual(
            skipped
              ? [{ field: 'time', code: 'skippedTime', params: { value: v.time, date: v.date, zone: v.tz } }]
              : [],
          );
          // Written once, the same state always gives the same link.
          expect(serializeDeadlineQuery(parsed.values)).toBe(query);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
