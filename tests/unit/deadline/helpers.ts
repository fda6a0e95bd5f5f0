/** Shared test helpers: real region calendars built from date-holidays, as the site builds them. */
import { readFileSync } from 'node:fs';
import { regionHolidayFile } from '../../../scripts/lib/holiday-source';
import { workCalendar, type RegionHolidays, type WorkCalendar } from '../../../src/domain/deadline/holidays';
import { createTranslator, type Messages, type Translate } from '../../../src/domain/i18n/format';

const calendars = new Map<string, WorkCalendar>();

/** The working calendar of a region ('' for none), built once per test file. */
export function calendarOf(region: string): WorkCalendar {
  let c = calendars.get(region);
  if (!c) {
    c = region === '' ? workCalendar() : workCalendar(regionHolidayFile(region));
    calendars.set(region, c);
  }
  return c;
}

/** The region's holiday file. */
export function dataOf(region: string): RegionHolidays {
  return regionHolidayFile(region);
}

/** The deadline namespace of a locale. */
export function messagesOf(code: string): Messages {
  return JSON.parse(readFileSync(`locales/${code}/deadline.json`, 'utf8')) as Messages;
}

/** A translator over a locale's deadline namespace. */
export function translatorOf(code: string, tag: string): Translate {
  return createTranslator(messagesOf(code), tag);
}
