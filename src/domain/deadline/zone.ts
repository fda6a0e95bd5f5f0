/**
 * Wall time ⇄ instant in any IANA time zone through Intl.DateTimeFormat alone (no library, no host
 * time zone): an instant's offset is read from its formatted wall time, and a wall time is resolved by
 * trying the offsets in force around it, which also reveals skipped (gap) and repeated (overlap) times.
 */
import { dayNumber, type IsoDate } from './calendar';

const MS_PER_DAY = 86_400_000;
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's wall time at an instant; `wallMs` is that wall time read as if it were UTC. */
export interface WallTime {
  date: IsoDate;
  hour: number;
  minute: number;
  second: number;
  wallMs: number;
}

/** How a wall time maps to instants: once, twice (clocks went back) or never (clocks jumped forward). */
export type Resolution =
  | { kind: 'unique'; instant: number }
  | { kind: 'ambiguous'; instant: number; later: number }
  | { kind: 'skipped'; transition: number };

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone name as Intl spells it, or undefined when Intl does not know the zone. */
export function canonicalTimeZone(name: string): string | undefined {
  if (!ZONE_NAME.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The wall clock in `timeZone` at an instant (milliseconds since the epoch). */
export function wallTimeAt(instant: number, timeZone: string): WallTime {
  const seconds = Math.floor(instant / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(seconds)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const year = parts.year ?? 1970;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const hour = parts.hour ?? 0;
  const minute = parts.minute ?? 0;
  const second = parts.second ?? 0;
  const wallMs = dayNumber(date) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
  return { date, hour, minute, second, wallMs };
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
export function offsetAt(instant: number, timeZone: string): number {
  return wallTimeAt(instant, timeZone).wallMs - Math.floor(instant / 1000) * 1000;
}

/** Resolves a wall time (date + minutes after midnight) in a zone to the instant(s) it names. */
export function resolveWallTime(date: IsoDate, minutes: number, timeZone: string): Resolution {
  const wall = dayNumber(date) * MS_PER_DAY + minutes * 60_000;
  // Offsets a day either side bracket any single transition near this wall time.
  const offsets = [...new Set([wall - MS_PER_DAY, wall, wall + MS_PER_DAY].map((t) => offsetAt(t, timeZone)))];
  const hits = [...new Set(offsets.map((o) => wall - o))]
    .filter((t) => wallTimeAt(t, timeZone).wallMs === wall)
    .sort((a, b) => a - b);
  const [first, last] = [hits[0], hits[hits.length - 1]];
  if (first !== undefined && last !== undefined) {
    return first === last ? { kind: 'unique', instant: first } : { kind: 'ambiguous', instant: first, later: last };
  }
  // In a gap: the transition lies between wall − (larger offset) and wall − (smaller offset).
  let lo = Math.floor((wall - Math.max(...offsets)) / 1000);
  let hi = Math.ceil((wall - Math.min(...offsets)) / 1000);
  const before = offsetAt(lo * 1000, timeZone);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid * 1000, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return { kind: 'skipped', transition: hi * 1000 };
}

/** The first instant of a calendar day in a zone: midnight, or the end of a gap when midnight is skipped. */
export function startOfDay(date: IsoDate, timeZone: string): number {
  const r = resolveWallTime(date, 0, timeZone);
  return r.kind === 'skipped' ? r.transition : r.instant;
}

/** An offset as `+HH:MM` (seconds of historical local mean times are dropped). */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.floor(Math.abs(offsetMs) / 60_000);
  return `${sign}${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** An instant as ISO 8601 with the zone's offset, e.g. `2026-12-31T00:00:00+03:00`. */
export function isoInstant(instant: number, timeZone: string): string {
  const w = wallTimeAt(instant, timeZone);
  const hms = [w.hour, w.minute, w.second].map((n) => String(n).padStart(2, '0')).join(':');
  return `${w.date}T${hms}${formatOffset(w.wallMs - Math.floor(instant / 1000) * 1000)}`;
}
