/**
 * The calculator's state in the URL query, so a result can be shared:
 * `?notified=2026-12-24T16:30&tz=Europe/Istanbul&region=TR&rule=five-business-days`.
 * Parsing never throws: every bad value becomes an error naming its field, and the raw text is kept
 * so the form can show what was there.
 */
import { isValidIsoDate, yearOf } from './calendar';
import { HOLIDAY_SPAN } from './holidays';
import { DEFAULT_RULE_ID, RULES, findRule, type RuleId } from './rules';
import { canonicalTimeZone, resolveWallTime } from './zone';

export type FieldId = 'date' | 'time' | 'tz' | 'region' | 'rule';
export type ErrorCode =
  | 'required'
  | 'tooLong'
  | 'format'
  | 'impossibleDate'
  | 'impossibleTime'
  | 'yearOutOfSpan'
  | 'skippedTime'
  | 'unknownZone'
  | 'unknownRegion'
  | 'unknownRule';

export interface FieldError {
  field: FieldId;
  code: ErrorCode;
  params: Record<string, string | number>;
}

export interface DeadlineQueryValues {
  /** `YYYY-MM-DD` when well formed; otherwise the raw text, which validation reports. */
  date: string;
  /** `HH:MM` or empty (the count does not depend on the time). */
  time: string;
  /** IANA zone or empty for the reader's own zone. */
  tz: string;
  /** Region code or empty for no holidays. */
  region: string;
  rule: RuleId;
}

export interface ValidateOptions {
  /** Region codes with holiday data; any region is unknown when omitted. */
  regions?: readonly string[];
  /** The zone used when `tz` is empty (the reader's), to detect skipped times. */
  defaultTimeZone?: string;
  /** Report an empty date (on submit, not while the form is still blank). */
  requireDate?: boolean;
}

export const MAX_PARAM_LENGTH = 64;
const SHOWN_LENGTH = 40;
const START = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::00)?)?$/;

/** Shortens a bad value for an error message (the view escapes it; this only keeps messages short). */
function shown(value: string): string {
  return value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value;
}

/** Validates form values and returns every error in field order. */
export function validateDeadlineValues(values: DeadlineQueryValues, options: ValidateOptions = {}): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: FieldId, code: ErrorCode, params: Record<string, string | number> = {}) =>
    errors.push({ field, code, params });
  const { date, time, tz, region } = values;
  let dateOk = false;
  if (date === '') {
    if (options.requireDate) add('date', 'required');
  } else if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) add('date', 'format', { value: shown(date) });
  else if (!isValidIsoDate(date)) add('date', 'impossibleDate', { value: date });
  else if (yearOf(date) < HOLIDAY_SPAN.first || yearOf(date) > HOLIDAY_SPAN.last) {
    add('date', 'yearOutOfSpan', { value: date, min: String(HOLIDAY_SPAN.first), max: String(HOLIDAY_SPAN.last) });
  } else dateOk = true;

  let timeOk = false;
  if (time !== '') {
    const m = /^(\d{2}):(\d{2})$/.exec(time);
    if (!m) add('time', 'format', { value: shown(time) });
    else if (Number(m[1]) > 23 || Number(m[2]) > 59) add('time', 'impossibleTime', { value: time });
    else timeOk = true;
  }

  const zone = tz === '' ? options.defaultTimeZone : canonicalTimeZone(tz);
  if (tz !== '' && !zone) add('tz', 'unknownZone', { value: shown(tz) });
  if (dateOk && timeOk && zone) {
    const [h, min] = time.split(':').map(Number);
    const r = resolveWallTime(date, (h ?? 0) * 60 + (min ?? 0), zone);
    if (r.kind === 'skipped') add('time', 'skippedTime', { value: time, date, zone });
  }
  if (region !== '' && !(options.regions ?? []).includes(region))
    add('region', 'unknownRegion', { value: shown(region) });
  return errors;
}

/** Reads the query (with or without `?`) into form values and errors; never throws. */
export function parseDeadlineQuery(
  search: string,
  options: ValidateOptions = {},
): { values: DeadlineQueryValues; errors: FieldError[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const errors: FieldError[] = [];
  const read = (key: string, field: FieldId): string => {
    const raw = (params.get(key) ?? '').trim();
    if (raw.length > MAX_PARAM_LENGTH) {
      errors.push({ field, code: 'tooLong', params: { max: MAX_PARAM_LENGTH, value: shown(raw) } });
      return '';
    }
    return raw;
  };

  const rawRule = read('rule', 'rule');
  const rule = rawRule === '' ? undefined : findRule(rawRule);
  if (rawRule !== '' && !rule) errors.push({ field: 'rule', code: 'unknownRule', params: { value: shown(rawRule) } });
  const ruleId = rule?.id ?? DEFAULT_RULE_ID;
  // The start moment sits under the rule's own key; the other rules' keys are accepted as well.
  const ownKey = findRule(ruleId)?.queryKey ?? 'notified';
  const keys = [ownKey, ...RULES.map((r) => r.queryKey).filter((k) => k !== ownKey)];
  const startKey = keys.find((k) => params.has(k)) ?? ownKey;
  const start = read(startKey, 'date');
  const m = START.exec(start);
  const values: DeadlineQueryValues = {
    date: m ? (m[1] as string) : start,
    time: m?.[2] ?? '',
    tz: read('tz', 'tz'),
    region: read('region', 'region').toUpperCase(),
    rule: ruleId,
  };
  if (start !== '' && !m) {
    errors.push({ field: 'date', code: 'format', params: { value: shown(start) } });
    values.date = '';
  }
  const checked = validateDeadlineValues(values, options).filter((e) => !errors.some((x) => x.field === e.field));
  if (checked.some((e) => e.field === 'region')) values.region = '';
  return { values, errors: sortErrors([...errors, ...checked]) };
}

const ORDER: readonly FieldId[] = ['date', 'time', 'tz', 'region', 'rule'];

function sortErrors(errors: FieldError[]): FieldError[] {
  return errors.sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field));
}

/** Writes form values as a query string starting with `?` (empty values left out; `/` and `:` kept readable). */
export function serializeDeadlineQuery(values: DeadlineQueryValues): string {
  const enc = (v: string) => encodeURIComponent(v).replace(/%2F/g, '/').replace(/%3A/g, ':');
  const key = findRule(values.rule)?.queryKey ?? 'notified';
  const pairs: [string, string][] = [];
  if (values.date !== '') pairs.push([key, values.time !== '' ? `${values.date}T${values.time}` : values.date]);
  if (values.tz !== '') pairs.push(['tz', values.tz]);
  if (values.region !== '') pairs.push(['region', values.region]);
  pairs.push(['rule', values.rule]);
  return `?${pairs.map(([k, v]) => `${k}=${enc(v)}`).join('&')}`;
}
