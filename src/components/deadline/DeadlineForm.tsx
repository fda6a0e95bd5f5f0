/** The calculator's fields: start date and time, customer's zone, holiday region and rule. */
import type { Ref } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { escapeHtml } from '../../domain/html';
import type { Translate } from '../../domain/i18n/format';
import { describeRuleSources } from './RuleInfo';
import { errorText } from '../../domain/deadline/describe';
import { HOLIDAY_SPAN } from '../../domain/deadline/holidays';
import { isValidIsoDate } from '../../domain/deadline/calendar';
import type { DeadlineQueryValues, FieldError, FieldId } from '../../domain/deadline/query';
import { RULES, type DeadlineRule } from '../../domain/deadline/rules';
import type { RegionOption } from '../../domain/deadline/regions';

export interface DeadlineFormProps {
  t: Translate;
  /** BCP 47 tag of the page's language. */
  lang: string;
  rule: DeadlineRule;
  values: DeadlineQueryValues;
  errors: readonly FieldError[];
  showSummary: boolean;
  summaryRef: Ref<HTMLDivElement>;
  regions: readonly RegionOption[];
  readerZone: string;
  regionStatus: 'loading' | 'error' | undefined;
  onRetry: () => void;
  onChange: (field: keyof DeadlineQueryValues, value: string) => void;
  onCommit: (field: FieldId) => void;
  onSubmit: (event: Event) => void;
}

/** The id of a field's control, for labels and the error summary's links. */
export const fieldId = (field: FieldId) => (field === 'rule' ? 'dl-rule-0' : `dl-${field}`);

/** The form with hints, errors beside fields and an error summary after a failed submit. */
export function DeadlineForm(props: DeadlineFormProps) {
  const { t, lang, rule, values, errors } = props;
  // The ~400 zone suggestions are added when the reader first reaches the field, not while the page
  // loads: building them then was the longest task of the calculator page on a phone.
  const [zones, setZones] = useState<readonly string[]>([]);
  const loadZones = () => {
    if (zones.length) return;
    const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
    setZones(intl.supportedValuesOf?.('timeZone') ?? []);
  };
  // The island hydrates on the reader's first focus, so the zone field may already have it.
  useEffect(() => {
    if (document.activeElement?.id === 'dl-tz') loadZones();
  }, []);

  const none = t('form.region.none');
  const regionOptions = useMemo(
    () => regionOptionsHtml(none, props.regions, values.region),
    // The selection is marked only for the first render (the server's HTML); afterwards `value` keeps it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [none, props.regions],
  );

  const errorOf = (field: FieldId) => errors.find((e) => e.field === field);
  const describedBy = (field: FieldId, hint = true) =>
    [hint ? `dl-${field}-hint` : '', errorOf(field) ? `dl-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const invalid = (field: FieldId) => (errorOf(field) ? true : undefined);
  const fieldError = (field: FieldId) => {
    const e = errorOf(field);
    return e ? (
      <p id={`dl-${field}-error`} class="deadline__error">
        {errorText(e, t, rule)}
      </p>
    ) : null;
  };
  const text = (field: 'date' | 'time' | 'tz') => ({
    id: `dl-${field}`,
    // A date input cannot hold an impossible date (the browser would warn); the error beside it names it.
    value: field === 'date' && !isValidIsoDate(values.date) ? '' : values[field],
    'aria-describedby': describedBy(field),
    'aria-invalid': invalid(field),
    onInput: (e: Event) => props.onChange(field, (e.currentTarget as HTMLInputElement).value),
    onChange: () => props.onCommit(field),
  });
  const regionName = props.regions.find((r) => r.code === values.region)?.name ?? values.region;

  return (
    <form class="deadline__form" onSubmit={props.onSubmit} noValidate>
      {props.showSummary && errors.length > 0 && (
        // A generic element may not be named (ARIA 1.2): focused, it reads its title and links as they stand.
        <div class="deadline__summary" tabIndex={-1} ref={props.summaryRef}>
          <p class="deadline__summary-title">{t('errors.summaryTitle')}</p>
          <ul>
            {errors.map((e) => (
              <li key={`${e.field}-${e.code}`}>
                <a href={`#${fieldId(e.field)}`}>{errorText(e, t, rule)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset class="deadline__group">
        <legend>{t(`form.${rule.startEvent}.legend`)}</legend>
        <div class="deadline__field">
          <label for="dl-date">{t(`form.${rule.startEvent}.date`)}</label>
          <p id="dl-date-hint" class="deadline__hint">
            {t('form.dateHint', { min: String(HOLIDAY_SPAN.first), max: String(HOLIDAY_SPAN.last) })}
          </p>
          {fieldError('date')}
          <input
            type="date"
            required
            min={`${HOLIDAY_SPAN.first}-01-01`}
            max={`${HOLIDAY_SPAN.last}-12-31`}
            {...text('date')}
          />
        </div>
        <div class="deadline__field">
          <label for="dl-time">{t(`form.${rule.startEvent}.time`)}</label>
          <p id="dl-time-hint" class="deadline__hint">
            {t('form.timeHint')}
          </p>
          {fieldError('time')}
          <input type="time" {...text('time')} />
        </div>
      </fieldset>
      <div class="deadline__field">
        <label for="dl-tz">{t('form.tz.label')}</label>
        <p id="dl-tz-hint" class="deadline__hint">
          {props.readerZone ? t('form.tz.hint', { zone: props.readerZone }) : t('form.tz.hintNoScript')}
        </p>
        {fieldError('tz')}
        <input
          type="text"
          list="dl-zones"
          dir="ltr"
          autocomplete="off"
          spellcheck={false}
          placeholder={props.readerZone || undefined}
          onFocus={loadZones}
          onPointerEnter={loadZones}
          {...text('tz')}
        />
        <datalist id="dl-zones">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </div>
      <div class="deadline__field">
        <label for="dl-region">{t('form.region.label')}</label>
        <p id="dl-region-hint" class="deadline__hint">
          {t('form.region.hint')}
        </p>
        {fieldError('region')}
        {/* ~200 options as one string: hydrating them as elements was most of the page's blocking time on a phone. */}
        <select
          id="dl-region"
          aria-describedby={describedBy('region')}
          aria-invalid={invalid('region')}
          value={values.region}
          onChange={(e) => {
            props.onChange('region', e.currentTarget.value);
            props.onCommit('region');
          }}
          dangerouslySetInnerHTML={{ __html: regionOptions }}
        />
        <p class="deadline__status" role="status">
          {props.regionStatus === 'loading' && t('form.region.loading', { region: regionName })}
          {props.regionStatus === 'error' && t('form.region.failed', { region: regionName })}
        </p>
        {props.regionStatus === 'error' && (
          <button type="button" class="deadline__button" onClick={props.onRetry}>
            {t('form.region.retry')}
          </button>
        )}
      </div>
      <fieldset class="deadline__group" aria-describedby={describedBy('rule', false)}>
        <legend>{t('form.rule.label')}</legend>
        {fieldError('rule')}
        {RULES.map((r, i) => (
          <div class="deadline__choice" key={r.id}>
            <input
              type="radio"
              name="dl-rule"
              id={`dl-rule-${i}`}
              value={r.id}
              checked={values.rule === r.id}
              aria-describedby={`dl-rule-${i}-text`}
              onChange={() => {
                props.onChange('rule', r.id);
                props.onCommit('rule');
              }}
            />
            <label for={`dl-rule-${i}`}>{t(`rules.${r.id}.name`)}</label>
            <p id={`dl-rule-${i}-text`} class="deadline__hint">
              {t(`rules.${r.id}.wording`)} {describeRuleSources(r, t, lang)}
            </p>
          </div>
        ))}
      </fieldset>
      <button type="submit" class="deadline__button deadline__button--primary">
        {t('form.submit')}
      </button>
    </form>
  );
}

/** The region options as HTML: "no region" first, then every region by its localized name. */
export function regionOptionsHtml(none: string, regions: readonly RegionOption[], selected: string): string {
  const option = (value: string, label: string) =>
    `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  return option('', none) + regions.map((r) => option(r.code, r.name)).join('');
}
