import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, isoInstant, resolveWallTime, startOfDay } from '../../../src/domain/deadline/zone';

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

describe('wall time in a zone → instant', () => {
  it.each([
    // zone, date, time, kind, ISO of the (first) instant, or of the transition for a skipped time
    ['Europe/Budapest', '2026-03-29', '01:59', 'unique', '2026-03-29T01:59:00+01:00'],
    ['Europe/Budapest', '2026-03-29', '02:30', 'skipped', '2026-03-29T03:00:00+02:00'],
    ['Europe/Budapest', '2026-03-29', '03:00', 'unique', '2026-03-29T03:00:00+02:00'],
    ['Europe/Budapest', '2026-10-25', '02:30', 'ambiguous', '2026-10-25T02:30:00+02:00'],
    ['America/Santiago', '2026-09-06', '00:00', 'skipped', '2026-09-06T01:00:00-03:00'],
    ['America/Santiago', '2026-09-06', '00:59', 'skipped', '2026-09-06T01:00:00-03:00'],
    ['America/Santiago', '2026-04-04', '23:30', 'ambiguous', '2026-04-04T23:30:00-03:00'],
    ['America/Santiago', '2026-04-05', '00:00', 'unique', '2026-04-05T00:00:00-04:00'],
    ['Australia/Lord_Howe', '2026-10-04', '02:15', 'skipped', '2026-10-04T02:30:00+11:00'],
    ['Australia/Lord_Howe', '2026-10-04', '02:30', 'unique', '2026-10-04T02:30:00+11:00'],
    ['Australia/Lord_Howe', '2026-04-05', '01:45', 'ambiguous', '2026-04-05T01:45:00+11:00'],
    ['Europe/Istanbul', '2026-03-29', '03:30', 'unique', '2026-03-29T03:30:00+03:00'],
    ['Europe/Istanbul', '2026-10-25', '03:30', 'unique', '2026-10-25T03:30:00+03:00'],
    ['Asia/Tehran', '2026-03-22', '00:30', 'unique', '2026-03-22T00:30:00+03:30'],
    ['Asia/Tehran', '2026-09-22', '00:30', 'unique', '2026-09-22T00:30:00+03:30'],
  ])('%s %s %s is %s (%s)', (zone, date, time, kind, iso) => {
    const r = resolveWallTime(date, minutes(time), zone);
    expect(r.kind).toBe(kind);
    expect(isoInstant(r.kind === 'skipped' ? r.transition : r.instant, zone)).toBe(iso);
  });

  it('gives both instants of a repeated time, an hour apart in Budapest and half an hour on Lord Howe', () => {
    const budapest = resolveWallTime('2026-10-25', minutes('02:30'), 'Europe/Budapest');
    const lordHowe = resolveWallTime('2026-04-05', minutes('01:45'), 'Australia/Lord_Howe');
    expect(budapest.kind === 'ambiguous' && budapest.later - budapest.instant).toBe(3_600_000);
    expect(lordHowe.kind === 'ambiguous' && lordHowe.later - lordHowe.instant).toBe(1_800_000);
  });
});

describe('start of a day', () => {
  it.each([
    ['America/Santiago', '2026-09-06', '2026-09-06T01:00:00-03:00'],
    ['America/Santiago', '2026-04-05', '2026-04-05T00:00:00-04:00'],
    ['Europe/Budapest', '2026-03-29', '2026-03-29T00:00:00+01:00'],
    ['Europe/Budapest', '2026-03-30', '2026-03-30T00:00:00+02:00'],
    ['Australia/Lord_Howe', '2026-10-05', '2026-10-05T00:00:00+11:00'],
    ['Australia/Lord_Howe', '2026-10-04', '2026-10-04T00:00:00+10:30'],
    ['Asia/Kolkata', '2026-01-01', '2026-01-01T00:00:00+05:30'],
    ['Pacific/Kiritimati', '2026-01-01', '2026-01-01T00:00:00+14:00'],
  ])('%s %s starts at %s', (zone, date, iso) => {
    expect(isoInstant(startOfDay(date, zone), zone)).toBe(iso);
  });
});

describe('zone names', () => {
  it.each([
    ['Europe/Istanbul', true],
    ['europe/istanbul', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['+03:00', false],
    ['<script>alert(1)</script>', false],
    [`Europe/${'x'.repeat(100)}`, false],
  ])('%s is known: %s', (name, known) => {
    expect(canonicalTimeZone(name) !== undefined).toBe(known);
  });
});
