import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_PARAM_LENGTH,
  parseDeadlineQuery,
  serializeDeadlineQuery,
  validateDeadlineValues,
  type DeadlineQueryValues,
} from '../../../src/domain/deadline/query';
import { RULES } from '../../../src/domain/deadline/rules';
import { resolveWallTime } from '../../../src/domain/deadline/zone';

const regions = ['TR', 'HU', 'SA', 'GB'];
const opts = { regions, defaultTimeZone: 'Europe/Budapest' };

describe('parseDeadlineQuery: good input', () => {
  it('reads the shared-link example', () => {
    const { values, errors } = parseDeadlineQuery(
      '?notified=2026-12-24T16:30&tz=Europe/Istanbul&region=TR&rule=five-business-days',
      opts,
    );
    expect(errors).toEqual([]);
    expect(values).toEqual({
      date: '2026-12-24',
      time: '16:30',
      tz: 'Europe/Istanbul',
      region: 'TR',
      rule: 'five-business-days',
    });
  });

  it('reads the approval key for the seven-day rule, and an encoded zone', () => {
    const { values, errors } = parseDeadlineQuery(
      'approved=2026-10-22&tz=America%2FSantiago&rule=seven-days-after-approval',
      opts,
    );
    expect(errors).toEqual([]);
    expect(values).toMatchObject({
      date: '2026-10-22',
      time: '',
      tz: 'America/Santiago',
      rule: 'seven-days-after-approval',
    });
  });

  it('gives an empty form and no errors for an empty query', () => {
    expect(parseDeadlineQuery('', opts)).toEqual({
      values: { date: '', time: '', tz: '', region: '', rule: 'five-business-days' },
      errors: [],
    });
  });
});

describe('parseDeadlineQuery: bad input is reported beside its field, never thrown', () => {
  it.each([
    ['garbage', '%%%&&==&&notified', []],
    ['an unparsable date', 'notified=yesterday', [['date', 'format']]],
    ['a script payload', 'notified=%3Cscript%3Ealert(1)%3C/script%3E', [['date', 'format']]],
    ['a script payload as zone', 'notified=2026-11-16&tz=<script>alert(1)</script>', [['tz', 'unknownZone']]],
    ['an overlong value', `notified=${'2'.repeat(MAX_PARAM_LENGTH + 1)}`, [['date', 'tooLong']]],
    ['30 February', 'notified=2026-02-30T10:00', [['date', 'impossibleDate']]],
    ['31 April', 'notified=2026-04-31', [['date', 'impossibleDate']]],
    ['month 13', 'notified=2026-13-01', [['date', 'impossibleDate']]],
    ['hour 25', 'notified=2026-02-10T25:00', [['time', 'impossibleTime']]],
    ['a year before the span', 'notified=2018-06-01', [['date', 'yearOutOfSpan']]],
    ['a year after the span', 'notified=2040-06-01', [['date', 'yearOutOfSpan']]],
    ['a time skipped in Budapest', 'notified=2026-03-29T02:30&tz=Europe/Budapest', [['time', 'skippedTime']]],
    ['a time skipped in the reader’s zone', 'notified=2026-03-29T02:30', [['time', 'skippedTime']]],
    ['a half-hour skipped on Lord Howe', 'notified=2026-10-04T02:15&tz=Australia/Lord_Howe', [['time', 'skippedTime']]],
    ['an unknown zone', 'notified=2026-11-16&tz=Mars/Olympus_Mons', [['tz', 'unknownZone']]],
    ['an unknown region', 'notified=2026-11-16&region=ZZ', [['region', 'unknownRegion']]],
    ['an unknown rule', 'notified=2026-11-16&rule=ten-days', [['rule', 'unknownRule']]],
    [
      'several at once, in field order',
      'rule=x&region=QQ&tz=Nowhere&notified=2026-02-29T10:00',
      [
        ['date', 'impossibleDate'],
        ['tz', 'unknownZone'],
        ['region', 'unknownRegion'],
        ['rule', 'unknownRule'],
      ],
    ],
  ])('%s', (_name, search, expected) => {
    const { errors } = parseDeadlineQuery(search, opts);
    expect(errors.map((e) => [e.field, e.code])).toEqual(expected);
  });

  it('keeps the bad value (shortened) for the message and drops unusable selections', () => {
    const parsed = parseDeadlineQuery(`notified=2026-11-16&region=ZZ&rule=${'r'.repeat(60)}&tz=Nowhere/Land`, opts);
    expect(parsed.values.region).toBe('');
    expect(parsed.values.rule).toBe('five-business-days');
    expect(parsed.values.tz).toBe('Nowhere/Land');
    const rule = parsed.errors.find((e) => e.field === 'rule')!;
    expect(String(rule.params.value)).toHaveLength(41);
    expect(parsed.errors.find((e) => e.field === 'tz')?.params.value).toBe('Nowhere/Land');
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const parsed = parseDeadlineQuery(s, opts);
        expect(Array.isArray(parsed.errors)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('validateDeadlineValues', () => {
  it('asks for a date on submit only', () => {
    const blank: DeadlineQueryValues = { date: '', time: '', tz: '', region: '', rule: 'five-business-days' };
    expect(validateDeadlineValues(blank, opts)).toEqual([]);
    expect(validateDeadlineValues(blank, { ...opts, requireDate: true }).map((e) => e.code)).toEqual(['required']);
  });
});

describe('serializeDeadlineQuery', () => {
  it('writes the shared-link form with readable slashes and colons', () => {
    const values: DeadlineQueryValues = {
      date: '2026-12-24',
      time: '16:30',
      tz: 'Europe/Istanbul',
      region: 'TR',
      rule: 'five-business-days',
    };
    expect(serializeDeadlineQuery(values)).toBe(
      '?notified=2026-12-24T16:30&tz=Europe/Istanbul&region=TR&rule=five-business-days',
    );
  });

  it('uses the approval key for the seven-day rule', () => {
    const values: DeadlineQueryValues = {
      date: '2026-10-22',
      time: '',
      tz: '',
      region: '',
      rule: 'seven-days-after-approval',
    };
    expect(serializeDeadlineQuery(values)).toBe('?approved=2026-10-22&rule=seven-days-after-approval');
  });

  it('round-trips every valid state', () => {
    const zones = ['', 'Europe/Istanbul', 'America/Argentina/Buenos_Aires', 'Etc/GMT+3', 'Asia/Tehran'];
    const values = fc.record({
      date: fc.integer({ min: 0, max: 6000 }).map((n) => new Date(Date.UTC(2019, 0, 1 + n)).toISOString().slice(0, 10)),
      time: fc.constantFrom('', '00:00', '09:05', '16:30', '23:59'),
      tz: fc.constantFrom(...zones),
      region: fc.constantFrom('', ...regions),
      rule: fc.constantFrom(...RULES.map((r) => r.id)),
    });
    fc.assert(
      fc.property(values, (v) => {
        // A wall time skipped by a clock change (Tehran's midnight change in 2021, say) is rightly refused.
        const [h, m] = v.time.split(':').map(Number);
        fc.pre(v.time === '' || resolveWallTime(v.date, h! * 60 + m!, v.tz || 'UTC').kind !== 'skipped');
        const parsed = parseDeadlineQuery(serializeDeadlineQuery(v), { regions, defaultTimeZone: 'UTC' });
        expect(parsed.errors).toEqual([]);
        expect(parsed.values).toEqual(v);
      }),
      { numRuns: 1000 },
    );
  });
});
