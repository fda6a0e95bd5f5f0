/** The deadline calculator's reducer: what a link, an edit, leaving a field, submitting and holiday replies do to its state. */
import { describe, expect, it } from 'vitest';
import { calculatorReducer, initialState, type CalculatorState } from '../../../src/components/deadline/state';
import { parseDeadlineQuery } from '../../../src/domain/deadline/query';

const regions = ['de', 'tr'];
const start = (search: string): CalculatorState => initialState(parseDeadlineQuery(search, { regions }));

describe('calculatorReducer', () => {
  it("starts from a link: its errors are shown at once and kept as the link's own", () => {
    const s = start('?notified=2026-13-40&region=xx');
    expect(s.values.region).toBe('');
    expect([...s.shown].sort()).toEqual(['date', 'region']);
    expect(s.linkErrors.map((e) => e.field).sort()).toEqual(['date', 'region']);
    expect(s.submitted).toBe(false);
  });

  it("editing a field clears the link's errors for it, and editing the time clears the date's (one start value feeds both)", () => {
    let s = start('?notified=2026-13-40&region=xx');
    s = calculatorReducer(s, { type: 'change', field: 'region', value: 'de' });
    expect(s.values.region).toBe('de');
    expect(s.linkErrors.map((e) => e.field)).toEqual(['date']);
    s = calculatorReducer(s, { type: 'change', field: 'time', value: '10:00' });
    expect(s.linkErrors).toEqual([]);
    // Which errors show does not change until the reader leaves the field.
    expect([...s.shown].sort()).toEqual(['date', 'region']);
  });

  it('leaving a field shows its errors from then on; leaving it again changes nothing', () => {
    const s = calculatorReducer(start(''), { type: 'commit', field: 'tz' });
    expect([...s.shown]).toEqual(['tz']);
    expect(calculatorReducer(s, { type: 'commit', field: 'tz' })).toBe(s);
  });

  it('a link with values is checked in full when loaded (Back, Forward); a blank one is not', () => {
    const parsed = parseDeadlineQuery('?notified=2026-12-24', { regions });
    const s = calculatorReducer(start(''), { type: 'load', ...parsed, checkAll: true });
    expect(s.values.date).toBe('2026-12-24');
    expect([...s.shown].sort()).toEqual(['date', 'region', 'rule', 'time', 'tz']);
    const blank = calculatorReducer(s, { type: 'load', ...parseDeadlineQuery('', { regions }), checkAll: false });
    expect([...blank.shown]).toEqual([]);
    expect(blank.values.date).toBe('');
  });

  it('keeps each region’s holidays, whatever order the replies come in, and counts retries', () => {
    let s = calculatorReducer(start(''), { type: 'holidays', region: 'de', state: 'loading' });
    s = calculatorReducer(s, { type: 'holidays', region: 'tr', state: 'loading' });
    s = calculatorReducer(s, { type: 'holidays', region: 'tr', state: 'error' });
    s = calculatorReducer(s, { type: 'holidays', region: 'de', state: { years: {} } as never });
    expect(Object.keys(s.holidays).sort()).toEqual(['de', 'tr']);
    expect(s.holidays.tr).toBe('error');
    expect(typeof s.holidays.de).toBe('object');
    expect(calculatorReducer(calculatorReducer(s, { type: 'retry' }), { type: 'retry' }).retry).toBe(2);
  });

  it("submitting marks the form submitted and the reader's zone is recorded; neither touches the values", () => {
    const s0 = start('?notified=2026-12-24');
    const s = calculatorReducer(calculatorReducer(s0, { type: 'submit' }), { type: 'zone', zone: 'Europe/Istanbul' });
    expect(s.submitted).toBe(true);
    expect(s.readerZone).toBe('Europe/Istanbul');
    expect(s.values).toBe(s0.values);
  });
});
