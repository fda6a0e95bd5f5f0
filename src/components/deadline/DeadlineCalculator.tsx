/**
 * The opt-out deadline island: form state lives in the URL query; the result is computed in the
 * browser from the pure domain, with one region's holiday file fetched only when a region is chosen.
 * Its state changes through one reducer (./state.ts).
 */
import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import { createTranslator, type Messages } from '../../domain/i18n/format';
import { compareWindows, type WindowComparison } from '../../domain/deadline/compare';
import { computeDeadline, type DeadlineResult } from '../../domain/deadline/deadline';
import { parseRegionHolidays, workCalendar } from '../../domain/deadline/holidays';
import {
  parseDeadlineQuery,
  serializeDeadlineQuery,
  validateDeadlineValues,
  type FieldError,
  type FieldId,
} from '../../domain/deadline/query';
import { defaultRule, findRule } from '../../domain/deadline/rules';
import { canonicalTimeZone } from '../../domain/deadline/zone';
import { unpackRegionOptions } from '../../domain/deadline/regions';
import { DeadlineForm } from './DeadlineForm';
import { DeadlineResultView } from './DeadlineResultView';
import { RuleInfo } from './RuleInfo';
import { calculatorReducer, FIELDS, initialState } from './state';
import './deadline.css';

export interface DeadlineCalculatorProps {
  /** BCP 47 tag of the page's language. */
  lang: string;
  /** The `deadline` namespace, resolved on the server. */
  messages: Messages;
  /** Every region with a holiday file, named for the page, packed by `packRegionOptions`. */
  regions: string;
  /** URL prefix of the holiday files, e.g. `/holidays/` or `/base/holidays/`. */
  holidaysUrl: string;
  /** The query to start from on the server (the browser reads its own location). */
  initialSearch?: string;
  /** Each rule's check date (ISO) formatted for the page on the server: creating a date formatter was the longest part of loading the island on a phone. */
  checkedDates?: Readonly<Record<string, string>>;
  /** First day of the week for the calendar, from CLDR at build time: `''` the reader's, then regions with another weekend. */
  firstDays?: Readonly<Record<string, number>>;
}

const sortErrors = (list: FieldError[]) => list.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));

/** The form's current values in the page, by field: what the reader entered before hydration. */
function formValues(root: HTMLElement | null): Partial<Record<FieldId, string | undefined>> {
  if (!root) return {};
  const value = (id: string) => root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value;
  const rule = root.querySelector<HTMLInputElement>('input[name="dl-rule"]:checked')?.value;
  return { date: value('dl-date'), time: value('dl-time'), tz: value('dl-tz'), region: value('dl-region'), rule };
}

/** The calculator: form, rule information and, once the input is valid, the result. */
export function DeadlineCalculator(props: DeadlineCalculatorProps) {
  const { lang, messages, holidaysUrl } = props;
  const t = useMemo(() => createTranslator(messages, lang), [messages, lang]);
  const regions = useMemo(() => unpackRegionOptions(props.regions), [props.regions]);
  const codes = useMemo(() => regions.map((r) => r.code), [regions]);
  const initial = useMemo(() => parseDeadlineQuery(props.initialSearch ?? '', { regions: codes }), []);
  const [state, dispatch] = useReducer(calculatorReducer, initial, initialState);
  const { values, shown, linkErrors, submitted, readerZone, holidays, retry } = state;
  // History bookkeeping, not shown: whether the reader has edited since loading, and whether the current
  // history entry is a draft. The first edit after loading or submitting opens a new history entry; later
  // edits replace it, so Back returns to the last submitted (or shared) state rather than to every keystroke.
  const dirty = useRef(false);
  const drafting = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const loadFromLocation = (zone: string) => {
    const parsed = parseDeadlineQuery(location.search, { regions: codes, defaultTimeZone: zone });
    dispatch({ type: 'load', values: parsed.values, errors: parsed.errors, checkAll: location.search.length > 1 });
  };

  const change = (field: FieldId, value: string) => {
    dirty.current = true;
    dispatch({ type: 'change', field, value });
  };
  const commit = (field: FieldId) => dispatch({ type: 'commit', field });

  useEffect(() => {
    // The island hydrates when the reader first reaches it (`client:interaction`) or at once for a link
    // with values, so the reader's zone, which sets up the browser's date formatting, is needed now.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    dispatch({ type: 'zone', zone });
    if (location.search.length > 1) loadFromLocation(zone);
    else {
      // Hydration leaves the form's values as the reader left them: whatever was typed or chosen before
      // the island took over becomes its state, as if entered now.
      const typed = formValues(rootRef.current);
      for (const field of FIELDS) {
        const value = typed[field];
        if (value !== undefined && value !== initial.values[field]) {
          change(field, value);
          commit(field);
        }
      }
    }
    const onPop = () => {
      dirty.current = false;
      drafting.current = false;
      loadFromLocation(zone);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (!dirty.current) return;
    const query = serializeDeadlineQuery(values);
    if (query === location.search) return;
    if (drafting.current) history.replaceState(history.state, '', query + location.hash);
    else history.pushState(null, '', query + location.hash);
    drafting.current = true;
  }, [values]);

  const region = values.region;
  const regionState = region === '' ? undefined : holidays[region];
  useEffect(() => {
    if (region === '' || !codes.includes(region)) return;
    const state = holidays[region];
    if (state !== undefined && state !== 'error') return;
    // Results are stored per region, so a reply that arrives after the reader moved on is still kept.
    dispatch({ type: 'holidays', region, state: 'loading' });
    fetch(`${holidaysUrl}${region}.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then(
        (raw: unknown) => parseRegionHolidays(raw) ?? 'error',
        () => 'error' as const,
      )
      .then((loaded) => dispatch({ type: 'holidays', region, state: loaded }));
  }, [region, retry]);

  const rule = findRule(values.rule) ?? defaultRule();
  const validateOptions = {
    regions: codes,
    requireDate: submitted,
    ...(readerZone ? { defaultTimeZone: readerZone } : {}),
  };
  const checked = validateDeadlineValues(values, validateOptions);
  const errors = sortErrors([...checked, ...linkErrors.filter((e) => !checked.some((c) => c.field === e.field))]);
  const visible = errors.filter((e) => submitted || shown.has(e.field));
  // An unknown rule in a link falls back to the default rule, which is a valid choice.
  const blocking = errors.filter((e) => e.field !== 'rule');
  const zone = values.tz === '' ? readerZone : canonicalTimeZone(values.tz);
  const data = typeof regionState === 'object' ? regionState : undefined;

  // The chosen rule's result, and both older windows counted from the same day (neither is always shorter).
  const [result, comparison] = useMemo((): [DeadlineResult?, WindowComparison?] => {
    if (blocking.length > 0 || values.date === '' || !zone || (region !== '' && !data)) return [];
    try {
      const input = { date: values.date, time: values.time || undefined, timeZone: zone, calendar: workCalendar(data) };
      return [computeDeadline({ ...input, rule }), compareWindows(input)];
    } catch {
      return [];
    }
  }, [values, zone, data, blocking.length]);

  const submit = (event: Event) => {
    event.preventDefault();
    dispatch({ type: 'submit' });
    const all = validateDeadlineValues(values, { ...validateOptions, requireDate: true });
    if (all.length > 0 || linkErrors.some((e) => e.field !== 'rule')) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    drafting.current = false;
  };

  return (
    <div class="deadline" ref={rootRef}>
      <DeadlineForm
        t={t}
        lang={lang}
        rule={rule}
        values={values}
        errors={visible}
        showSummary={submitted}
        summaryRef={summaryRef}
        regions={regions}
        readerZone={readerZone}
        regionStatus={regionState === 'loading' || regionState === 'error' ? regionState : undefined}
        onRetry={() => dispatch({ type: 'retry' })}
        onChange={change}
        onCommit={commit}
        onSubmit={submit}
      />
      <DeadlineResultView
        t={t}
        lang={lang}
        rule={rule}
        result={result}
        comparison={comparison}
        data={data}
        values={values}
        readerZone={readerZone || 'UTC'}
        regionName={regions.find((r) => r.code === region)?.name}
        firstDays={props.firstDays}
      />
      <RuleInfo t={t} lang={lang} rule={rule} checkedText={props.checkedDates?.[rule.lastChecked]} />
    </div>
  );
}

export default DeadlineCalculator;
