/**
 * The deadline calculator's state and every way it changes, as one reducer (pure, so it is tested without a
 * browser: tests/unit/deadline/calculator-state.test.ts). The island keeps outside it only what is not shown:
 * its bookkeeping of browser history.
 */
import type { RegionHolidays } from '../../domain/deadline/holidays';
import type { DeadlineQueryValues, FieldError, FieldId } from '../../domain/deadline/query';

/** A region's holidays: loaded, on their way, or failed (the reader may retry). */
export type HolidayState = RegionHolidays | 'loading' | 'error';

export const FIELDS: readonly FieldId[] = ['date', 'time', 'tz', 'region', 'rule'];

export interface CalculatorState {
  values: DeadlineQueryValues;
  /** Fields whose errors are shown: the reader left them, or a link set them. */
  shown: ReadonlySet<FieldId>;
  /**
   * Errors only the link can show (an unreadable or overlong value, an unknown region or rule): the bad
   * value never reaches the form, so they stay until the reader edits that field.
   */
  linkErrors: readonly FieldError[];
  /** The reader asked for the result: every error shows, and a missing date is one. */
  submitted: boolean;
  /** The reader's time zone, once the island runs in the browser ('' on the server). */
  readerZone: string;
  /** Holidays by region code, kept per region so a reply that arrives after the reader moved on is kept. */
  holidays: Readonly<Record<string, HolidayState>>;
  /** Incremented by each retry of a failed holiday file. */
  retry: number;
}

export type CalculatorAction =
  /** Values read from the page's address (a shared link, or Back and Forward); `checkAll` when it has any. */
  | { type: 'load'; values: DeadlineQueryValues; errors: readonly FieldError[]; checkAll: boolean }
  | { type: 'zone'; zone: string }
  | { type: 'change'; field: FieldId; value: string }
  /** The reader left a field: its errors show from now on. */
  | { type: 'commit'; field: FieldId }
  | { type: 'submit' }
  | { type: 'holidays'; region: string; state: HolidayState }
  | { type: 'retry' };

/** The state a parsed query starts from (on the server and at hydration). */
export function initialState(parsed: { values: DeadlineQueryValues; errors: readonly FieldError[] }): CalculatorState {
  return {
    values: parsed.values,
    shown: new Set(parsed.errors.map((e) => e.field)),
    linkErrors: parsed.errors,
    submitted: false,
    readerZone: '',
    holidays: {},
    retry: 0,
  };
}

export function calculatorReducer(state: CalculatorState, action: CalculatorAction): CalculatorState {
  switch (action.type) {
    case 'load':
      return {
        ...state,
        values: action.values,
        linkErrors: action.errors,
        // Values that arrive in a shared link are checked at once; a blank form waits for the reader.
        shown: new Set([...action.errors.map((e) => e.field), ...(action.checkAll ? FIELDS : [])]),
      };
    case 'zone':
      return { ...state, readerZone: action.zone };
    case 'change': {
      // The link's start value feeds both date and time, so editing either clears its errors.
      const cleared = action.field === 'time' ? 'date' : action.field;
      return {
        ...state,
        linkErrors: state.linkErrors.filter((e) => e.field !== action.field && e.field !== cleared),
        values: { ...state.values, [action.field]: action.value },
      };
    }
    case 'commit':
      return state.shown.has(action.field) ? state : { ...state, shown: new Set([...state.shown, action.field]) };
    case 'submit':
      return { ...state, submitted: true };
    case 'holidays':
      return { ...state, holidays: { ...state.holidays, [action.region]: action.state } };
    case 'retry':
      return { ...state, retry: state.retry + 1 };
  }
}
