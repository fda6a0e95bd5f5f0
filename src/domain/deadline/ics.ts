/**
 * An RFC 5545 calendar file with one event at the closing moment and a display alarm one day
 * before. Times are written in UTC (`Z`), so no VTIMEZONE block is needed; DTSTAMP is an argument
 * so the same input gives the same file.
 */
export interface IcsEvent {
  /** Stable per input, e.g. from `icsUid(query)`. */
  uid: string;
  /** The moment the file is made, ms since the epoch. */
  dtstamp: number;
  /** The closing moment, ms since the epoch. */
  start: number;
  summary: string;
  description: string;
  alarmDescription: string;
  url?: string | undefined;
}

const encoder = new TextEncoder();

/** Escapes TEXT values: backslash, semicolon, comma and newlines. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character; continuations start with a space. */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** `YYYYMMDDTHHMMSSZ` for an instant. */
export function icsUtc(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A short stable hash (two FNV-1a passes) for event UIDs; not for security. */
export function icsUid(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x85ebca6b) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}-opt-out-deadline@cpor-guide`;
}

/** Builds the whole .ics text, CRLF line endings, folded lines. */
export function buildIcs(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CPOR guide//Opt-out deadline calculator//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsUtc(event.dtstamp)}`,
    `DTSTART:${icsUtc(event.start)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(event.alarmDescription)}`,
    'TRIGGER:-P1D',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
