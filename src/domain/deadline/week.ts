/**
 * First days of the week from CLDR week data in Intl, worked out at build time (Intl.Locale#getWeekInfo is
 * missing from some browsers, and a table of every region's week would weigh on the island): the reader's
 * locale and each region whose weekend is not Saturday–Sunday, which is when the calendar follows the region.
 */
import type { Weekday } from './calendar';
import { cldrWeekend } from './holiday-build';

interface WeekInfo {
  firstDay?: number;
}
type WithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** The first day of the week (ISO weekday) for a BCP 47 tag, Monday when Intl does not know. */
export function firstDayOfWeek(tag: string): Weekday {
  try {
    const locale = new Intl.Locale(tag) as WithWeekInfo;
    const day = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay;
    return day !== undefined && Number.isInteger(day) && day >= 1 && day <= 7 ? (day as Weekday) : 1;
  } catch {
    return 1;
  }
}

/**
 * The island's week data: `''` the reader's first day (from the page's locale), then each region among `regions`
 * whose weekend is not Saturday–Sunday with its own first day. Regions with the usual weekend are left out: the
 * calendar keeps the reader's first day for them (see calendarFirstDay).
 */
export function weekFirstDays(readerTag: string, regions: readonly string[]): Readonly<Record<string, Weekday>> {
  const key = `${readerTag} ${regions.join()}`;
  let out = known.get(key);
  if (!out) {
    const days: Record<string, Weekday> = { '': firstDayOfWeek(readerTag) };
    for (const region of regions) {
      if (cldrWeekend(region).join() !== '6,7') days[region] = firstDayOfWeek(`und-${region}`);
    }
    out = Object.freeze(days);
    known.set(key, out);
  }
  return out;
}

/** Answers by tag and regions: the runtime's CLDR data does not change, and every page with a calculator asks. */
const known = new Map<string, Readonly<Record<string, Weekday>>>();
