import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine, icsUid, type IcsEvent } from '../../../src/domain/deadline/ics';

const octets = (s: string) => new TextEncoder().encode(s).length;

/** A small RFC 5545 reader: unfolds lines and splits name, parameters and value. */
function parseIcs(text: string): { name: string; value: string }[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      return { name: line.slice(0, colon).split(';')[0]!, value: line.slice(colon + 1) };
    });
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const event: IcsEvent = {
  uid: icsUid('?notified=2026-12-24T16:30&tz=Europe/Istanbul&region=TR&rule=five-business-days'),
  dtstamp: Date.UTC(2026, 10, 22, 8, 0, 0),
  start: Date.UTC(2026, 11, 31, 21, 0, 0),
  summary: 'CPOR opt-out window closes; customer: Contoso, Ltd.',
  description: [
    'تنتهي مهلة رفض CPOR في الخميس، 31 ديسمبر 2026 — 顧客のタイム ゾーン（Europe/Istanbul）で 2027年1月1日 0:00',
    'Sources: S1, S2, S3, S4\\ back\\slash; semi;colon, comma',
    'x'.repeat(200),
  ].join('\n'),
  alarmDescription: 'The CPOR opt-out window closes in one day.',
  url: 'https://example.invalid/en/opt-out-deadline/?notified=2026-12-24T16:30&tz=Europe/Istanbul',
};

describe('buildIcs', () => {
  const text = buildIcs(event);
  const lines = text.split('\r\n');

  it('uses CRLF line endings only and ends with one', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every line to at most 75 octets without splitting a character', () => {
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
  });

  it('has the required calendar, event and alarm properties', () => {
    const props = parseIcs(text);
    const names = props.map((p) => p.name);
    expect(names[0]).toBe('BEGIN');
    expect(props[0]!.value).toBe('VCALENDAR');
    for (const required of ['VERSION', 'PRODID', 'UID', 'DTSTAMP', 'DTSTART', 'SUMMARY', 'TRIGGER', 'ACTION']) {
      expect(names).toContain(required);
    }
    const value = (name: string) => props.find((p) => p.name === name)?.value;
    expect(value('VERSION')).toBe('2.0');
    expect(value('DTSTART')).toBe('20261231T210000Z');
    expect(value('DTSTAMP')).toBe('20261122T080000Z');
    expect(value('TRIGGER')).toBe('-P1D');
    expect(value('ACTION')).toBe('DISPLAY');
    const blocks = props.filter((p) => p.name === 'BEGIN' || p.name === 'END').map((p) => `${p.name}:${p.value}`);
    expect(blocks).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'BEGIN:VALARM',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    // The alarm has its own DESCRIPTION, as RFC 5545 requires for DISPLAY alarms.
    expect(props.filter((p) => p.name === 'DESCRIPTION')).toHaveLength(2);
  });

  it('reads back the same summary and description', () => {
    const props = parseIcs(text);
    expect(unescapeText(props.find((p) => p.name === 'SUMMARY')!.value)).toBe(event.summary);
    expect(unescapeText(props.find((p) => p.name === 'DESCRIPTION')!.value)).toBe(event.description);
    expect(props.find((p) => p.name === 'URL')?.value).toBe(event.url);
  });

  it('is reproducible: the same input and DTSTAMP give the same file', () => {
    expect(buildIcs({ ...event })).toBe(text);
  });
});

describe('ICS helpers', () => {
  it.each([
    ['a,b;c\\d\ne', 'a\\,b\\;c\\\\d\\ne'],
    ['line\r\nbreak', 'line\\nbreak'],
    ['plain', 'plain'],
  ])('escapes %j', (input, want) => {
    expect(escapeIcsText(input)).toBe(want);
  });

  it('leaves short lines alone and folds multi-byte text on character boundaries', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldIcsLine(`DESCRIPTION:${'日'.repeat(60)}`);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'日'.repeat(60)}`);
  });

  it('makes UIDs stable per input and different between inputs', () => {
    expect(icsUid('?a=1')).toBe(icsUid('?a=1'));
    expect(icsUid('?a=1')).not.toBe(icsUid('?a=2'));
    expect(icsUid('?a=1')).toMatch(/^[0-9a-f]{16}-opt-out-deadline@cpor-guide$/);
  });
});
