/**
 * Intl formatting for the calculator's dates and instants. Every formatter names its time zone
 * explicitly (plain dates use UTC midnight), so output never depends on the machine's zone.
 */
import { listFormat } from '../i18n/format';
import { utcMidnight, type IsoDate } from './calendar';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, options);
    cache.set(key, f);
  }
  return f;
}

/** An instant as the reader's locale writes it in a given zone, with the zone's offset. */
export function formatInstant(instant: number, timeZone: string, lang: string): string {
  return formatter(lang, {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'shortOffset',
  }).format(instant);
}

/** A plain calendar date with its weekday, e.g. "Thursday, 24 December 2026". */
export function formatDate(date: IsoDate, lang: string): string {
  return formatter(lang, { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(
    utcMidnight(date),
  );
}

/** A plain calendar date without weekday, short, for tables. */
export function formatShortDate(date: IsoDate, lang: string): string {
  return formatter(lang, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(
    utcMidnight(date),
  );
}

/** The weekday name of a plain date. */
export function formatWeekday(date: IsoDate, lang: string): string {
  return formatter(lang, { timeZone: 'UTC', weekday: 'long' }).format(utcMidnight(date));
}

/** A list joined the locale's way ("A, B and C"). */
export function formatList(items: readonly string[], lang: string): string {
  return listFormat(lang).format(items);
}
