import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { holidayRegionCodes, regionHolidayFile } from '../../../scripts/lib/holiday-source';
import { holidayRegionOptions } from '../../../src/lib/holiday-files';
import { fromDayNumber } from '../../../src/domain/deadline/calendar';
import {
  buildRegionHolidays,
  cldrWeekend,
  coveredDays,
  type SourceHoliday,
} from '../../../src/domain/deadline/holiday-build';
import { HOLIDAY_SPAN, parseRegionHolidays, workCalendar } from '../../../src/domain/deadline/holidays';
import { packRegionOptions, regionOptions, unpackRegionOptions } from '../../../src/domain/deadline/regions';

const h = (date: string, hours: number, extra: Partial<SourceHoliday> = {}): SourceHoliday => ({
  date,
  start: 0,
  end: hours * 3_600_000,
  type: 'public',
  names: { en: 'Day', tr: 'Gün', de: 'Tag' },
  ...extra,
});

describe('coveredDays: a holiday makes a date a day off only when it covers more than half of it', () => {
  it.each([
    ['a whole day', '2026-01-01 00:00:00', 24, ['2026-01-01']],
    [
      'Eid from sunset, 90 hours (Türkiye)',
      '2026-03-20 00:00:00 -0600',
      90,
      ['2026-03-20', '2026-03-21', '2026-03-22'],
    ],
    [
      'Eid from sunset, 114 hours',
      '2026-05-27 00:00:00 -0600',
      114,
      ['2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30'],
    ],
    ['a half day from noon', '2026-12-24 12:00:00', 12, []],
    ['an afternoon from 14:00', '2026-02-16 14:00:00', 10, []],
    ['across the year end', '2026-12-31 00:00:00', 48, ['2026-12-31', '2027-01-01']],
    ['an unreadable date', '24/12/2026', 24, []],
  ])('%s', (_name, date, hours, want) => {
    expect(coveredDays(h(date, hours)).map(fromDayNumber)).toEqual(want);
  });
});

describe('buildRegionHolidays', () => {
  const file = buildRegionHolidays({
    region: 'XX',
    weekend: [5, 6],
    languages: { en: 'en', tr: 'tr', ja: 'jp' },
    localLanguage: 'de',
    span: [2026, 2027],
    holidays: [
      h('2025-12-31 00:00:00', 48),
      h('2026-05-01 00:00:00', 24, {
        names: { en: 'Labour Day', jp: 'メーデー', de: 'Tag der Arbeit', fr: 'Fête du travail' },
      }),
      h('2026-05-04 00:00:00', 24, {
        substitute: true,
        names: { en: 'Labour Day', jp: 'メーデー', de: 'Tag der Arbeit' },
      }),
      h('2026-06-01 00:00:00', 24, { type: 'observance' }),
      h('2026-08-15 00:00:00', 24, { type: 'bank' }),
      h('2027-01-01 00:00:00', 24),
      h('2027-03-01 00:00:00', 24, { names: 'Only local' }),
    ],
  });

  it('keeps public holidays only, bucketed by the year of each covered date', () => {
    expect(file.days).toEqual({
      '2026': [
        [101, 0],
        [501, 1],
        [504, 1, 1],
      ],
      '2027': [
        [101, 0],
        [301, 2],
      ],
    });
  });

  it('stores each name once, in the site languages and the region’s own', () => {
    expect(file.names).toEqual([
      { en: 'Day', tr: 'Gün', local: 'Tag' },
      { en: 'Labour Day', ja: 'メーデー', local: 'Tag der Arbeit' },
      { local: 'Only local' },
    ]);
  });

  it('passes its own validation and carries the weekend', () => {
    expect(parseRegionHolidays(JSON.parse(JSON.stringify(file)))).toEqual(file);
    expect(workCalendar(file).isWeekend('2026-05-01')).toBe(true); // a Friday
    expect(workCalendar(file).holidaysOn('2028-01-01')).toBeUndefined();
  });
});

describe('parseRegionHolidays rejects broken files', () => {
  const good = {
    v: 1,
    region: 'TR',
    span: [2026, 2026],
    weekend: [6, 7],
    names: [{ en: 'A' }],
    days: { '2026': [[101, 0]] },
  };
  it.each([
    ['null', null],
    ['a string', 'TR'],
    ['a wrong version', { ...good, v: 2 }],
    ['a bad region', { ...good, region: '<b>' }],
    ['a seven-day weekend', { ...good, weekend: [1, 2, 3, 4, 5, 6, 7] }],
    ['a weekday out of range', { ...good, weekend: [0] }],
    ['a name index out of range', { ...good, days: { '2026': [[101, 1]] } }],
    ['an impossible date', { ...good, days: { '2026': [[230, 0]] } }],
    ['a year outside its span', { ...good, days: { '2027': [[101, 0]] } }],
    ['a non-string name', { ...good, names: [{ en: 1 }] }],
  ])('%s', (_name, raw) => {
    expect(parseRegionHolidays(raw)).toBeUndefined();
  });
  it('accepts the good one', () => {
    expect(parseRegionHolidays(good)).toBeDefined();
  });
});

describe('weekends from CLDR', () => {
  it.each([
    ['SA', [5, 6]],
    ['IR', [5]],
    ['IN', [7]],
    ['TR', [6, 7]],
    ['US', [6, 7]],
  ])('%s', (region, weekend) => {
    expect(cldrWeekend(region)).toEqual(weekend);
    expect(regionHolidayFile(region).weekend).toEqual(weekend);
  });
});

describe('the built region files', () => {
  it('exist for every date-holidays country and cover the whole span', () => {
    const codes = holidayRegionCodes();
    expect(codes.length).toBeGreaterThan(150);
    expect(codes).toEqual(expect.arrayContaining(['TR', 'HU', 'SA', 'JP', 'US', 'GB']));
    const tr = regionHolidayFile('TR');
    expect(Object.keys(tr.days).map(Number)).toEqual(
      Array.from({ length: HOLIDAY_SPAN.last - HOLIDAY_SPAN.first + 1 }, (_, i) => HOLIDAY_SPAN.first + i),
    );
    expect(parseRegionHolidays(JSON.parse(JSON.stringify(tr)))).toBeDefined();
  });

  it.each(['IR', 'BA', 'VA', 'ME', 'ID', 'AR', 'MY', 'DE', 'US', 'JP', 'TR', 'HU'])(
    '%s is at most 8 KB gzipped',
    (region) => {
      expect(gzipSync(JSON.stringify(regionHolidayFile(region))).length).toBeLessThanOrEqual(8 * 1024);
    },
  );
});

describe('region options', () => {
  it('names regions in the reader’s language and sorts them by its collation', () => {
    const tr = regionOptions(['DE', 'TR', 'HU'], 'tr-TR');
    expect(tr.map((r) => r.name)).toEqual(['Almanya', 'Macaristan', 'Türkiye']);
    const ja = regionOptions(['TR'], 'ja-JP');
    expect(ja).toEqual([{ code: 'TR', name: 'トルコ' }]);
  });

  it('lists every holiday region for a site locale', () => {
    const options = holidayRegionOptions('hu');
    expect(options.map((o) => o.code).sort()).toEqual(holidayRegionCodes());
    expect(options.find((o) => o.code === 'HU')?.name).toBe('Magyarország');
  });

  it('pack into one string for the island and unpack to the same list, in order', () => {
    for (const lang of ['en', 'ar', 'ja']) {
      const options = holidayRegionOptions(lang);
      const packed = packRegionOptions(options);
      expect(unpackRegionOptions(packed)).toEqual(options);
      expect(packed.length).toBeLessThan(JSON.stringify(options).length * 0.7);
    }
    expect(unpackRegionOptions('')).toEqual([]);
  });

  it('refuse to pack a name that would not survive the round trip, naming the region', () => {
    expect(() => packRegionOptions([{ code: 'XX', name: 'Two\tparts' }])).toThrow(/region "XX"/);
    expect(() => packRegionOptions([{ code: 'XY', name: 'Two\nlines' }])).toThrow(/region "XY"/);
  });
});
