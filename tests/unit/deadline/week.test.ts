import { describe, expect, it } from 'vitest';
import { firstDayOfWeek, weekFirstDays } from '../../../src/domain/deadline/week';
import { calendarFirstDay } from '../../../src/domain/deadline/window-calendar';
import { cldrWeekend } from '../../../src/domain/deadline/holiday-build';

describe('first days of the week, from CLDR at build time', () => {
  it("gives each site locale's own first day", () => {
    expect(['en', 'tr-TR', 'hu-HU', 'ar', 'ja-JP'].map(firstDayOfWeek)).toEqual([7, 1, 1, 6, 7]);
  });

  it('falls back to Monday for a tag Intl cannot read', () => {
    expect(firstDayOfWeek('not a tag')).toBe(1);
  });

  it('lists only the regions whose weekend is not Saturday–Sunday, each with its own first day', () => {
    const days = weekFirstDays('en', ['TR', 'SA', 'EG', 'IN', 'IR', 'DE']);
    expect(days).toEqual({ '': 7, SA: 7, EG: 6, IN: 7, IR: 6 });
  });

  it('puts a Friday–Saturday region in its own week and keeps the reader’s where the weekend is the usual one', () => {
    const days = weekFirstDays('hu-HU', ['SA', 'TR']);
    const pick = (region: string) =>
      calendarFirstDay({
        regionWeekend: cldrWeekend(region),
        regionFirstDay: days[region],
        readerFirstDay: days['']!,
      });
    expect(pick('SA')).toBe(7);
    expect(pick('TR')).toBe(1);
  });
});
