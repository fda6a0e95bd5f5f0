import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../src/domain/deadline/deadline';
import { describeLedgerDay, errorText } from '../../../src/domain/deadline/describe';
import { holidayName } from '../../../src/domain/deadline/holidays';
import { parseDeadlineQuery } from '../../../src/domain/deadline/query';
import { findRule } from '../../../src/domain/deadline/rules';
import { buildSummary } from '../../../src/domain/deadline/summary';
import { LOCALES } from '../../../src/domain/i18n/locales';
import { calendarOf, dataOf, translatorOf } from './helpers';

const KEY_LEFT = /\b(form|errors|rules|about|assumptions|result|ledger|ics|summary|warnings|example)\.[\w.-]+/;
const rule = findRule('five-business-days')!;
const result = computeDeadline({
  date: '2026-10-22',
  time: '16:30',
  timeZone: 'Europe/Istanbul',
  rule,
  calendar: calendarOf('TR'),
});

describe('buildSummary', () => {
  it('states the rule, the start, the closing moment in three zones, the skipped holiday and the sources', () => {
    const t = translatorOf('en', 'en');
    const text = buildSummary(result, {
      t,
      lang: 'en',
      readerTimeZone: 'America/New_York',
      regionName: 'Türkiye',
      holidayName: (ref) => holidayName(dataOf('TR'), ref, 'en'),
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('CPOR opt-out window: Five business days from the notification');
    expect(text).toContain('Customer notified: Thursday, October 22, 2026 at 04:30 PM GMT+3 (Europe/Istanbul)');
    expect(text).toContain(
      "Window closes, customer's time (Europe/Istanbul): Saturday, October 31, 2026 at 12:00 AM GMT+3",
    );
    expect(text).toContain('Your time (America/New_York): Friday, October 30, 2026 at 05:00 PM GMT-4');
    expect(text).toContain('UTC: Friday, October 30, 2026 at 09:00 PM GMT');
    expect(text).toContain('Last counted day: Friday, October 30, 2026');
    expect(text).toContain('8 calendar days after the start day');
    expect(text).toContain('Public holidays skipped: Thursday, October 29, 2026: Republic Day');
    expect(text).toContain('Sources: S1, S2, S3, S4');
    expect(text).not.toMatch(KEY_LEFT);
  });

  it.each(LOCALES.map((l) => [l.code, l.tag] as const))('has every string it needs in %s', (code, tag) => {
    const text = buildSummary(result, {
      t: translatorOf(code, tag),
      lang: tag,
      readerTimeZone: 'UTC',
      regionName: undefined,
      holidayName: (ref) => holidayName(dataOf('TR'), ref, tag),
    });
    expect(text).not.toMatch(KEY_LEFT);
    expect(text).toContain(code === 'tr' ? 'Cumhuriyet Bayramı' : 'Republic Day');
  });
});

describe('ledger and error wording', () => {
  const t = translatorOf('en', 'en');
  const nameOf = (ref: Parameters<typeof holidayName>[1]) => holidayName(dataOf('TR'), ref, 'en');

  it.each([
    ['2026-10-22', 'Does not count', 'notification day'],
    ['2026-10-23', 'Day 1 of 5', ''],
    ['2026-10-24', 'Skipped', 'weekend'],
    ['2026-10-29', 'Skipped', 'public holiday: Republic Day'],
    ['2026-10-30', 'Day 5 of 5', ''],
  ])('%s: %s (%s)', (date, status, reason) => {
    const day = result.ledger.find((d) => d.date === date)!;
    expect(describeLedgerDay(day, rule, t, nameOf)).toEqual({ status, reason });
  });

  it('names the field after the rule and quotes the bad value', () => {
    const { errors } = parseDeadlineQuery('notified=2026-02-30&tz=Mars/Base', { regions: [] });
    expect(errors.map((e) => errorText(e, t, rule))).toEqual([
      'Notification date: 2026-02-30 does not exist in the calendar.',
      "Customer's time zone: “Mars/Base” is not a time zone this browser knows. Use an IANA name such as Europe/Istanbul.",
    ]);
    expect(errorText(errors[0]!, t, findRule('seven-days-after-approval')!)).toMatch(/^Approval date:/);
  });
});
