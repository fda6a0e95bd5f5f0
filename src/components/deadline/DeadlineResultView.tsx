/** The result: closing moment in an <output>, three time views, the calendar, the ledger, .ics and a copyable summary. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../domain/i18n/format';
import type { WindowComparison } from '../../domain/deadline/compare';
import type { DeadlineResult } from '../../domain/deadline/deadline';
import { describeLedgerDay } from '../../domain/deadline/describe';
import { formatDate, formatInstant } from '../../domain/deadline/format';
import { DEFAULT_WEEKEND, holidayName, type HolidayRef, type RegionHolidays } from '../../domain/deadline/holidays';
import { buildIcs, icsUid } from '../../domain/deadline/ics';
import { serializeDeadlineQuery, type DeadlineQueryValues } from '../../domain/deadline/query';
import { findRule, type DeadlineRule } from '../../domain/deadline/rules';
import { buildSummary } from '../../domain/deadline/summary';
import { describeRuleSources } from './RuleInfo';
// The calendar's styles come with the island's own, so its lazy chunk is script only.
import './calendar.css';

export interface DeadlineResultViewProps {
  t: Translate;
  lang: string;
  rule: DeadlineRule;
  result: DeadlineResult | undefined;
  /** Both older windows counted from the same day, shown side by side. */
  comparison?: WindowComparison | undefined;
  data: RegionHolidays | undefined;
  values: DeadlineQueryValues;
  readerZone: string;
  regionName: string | undefined;
  /** First days of the week from the build (see DeadlineCalculatorProps). */
  firstDays?: Readonly<Record<string, number>> | undefined;
}

// The calendar is its own chunk, fetched once the first result is shown: the island's first load stays as it was.
type CalendarModule = typeof import('./WindowCalendarView');
let calendarChunk: Promise<CalendarModule> | undefined;

/** Renders the result and keeps a polite live region announcing the closing moment. */
export function DeadlineResultView(props: DeadlineResultViewProps) {
  const { t, lang, rule, result, data, readerZone } = props;
  const nameOf = (ref: HolidayRef) => (data ? holidayName(data, ref, lang) : '');
  const [icsHref, setIcsHref] = useState<string | undefined>(undefined);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'fallback'>('idle');
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const [calendar, setCalendar] = useState<CalendarModule | undefined>(undefined);
  useEffect(() => {
    // Without the chunk (offline, blocked) the ledger still says everything the calendar would.
    if (!result || calendar) return;
    if (!calendarChunk) calendarChunk = import('./WindowCalendarView');
    calendarChunk.then(setCalendar, () => {});
  }, [result]);

  const summary = useMemo(
    () =>
      result
        ? buildSummary(result, {
            t,
            lang,
            readerTimeZone: readerZone,
            regionName: props.regionName,
            holidayName: nameOf,
          })
        : '',
    [result, lang, readerZone, props.regionName],
  );

  useEffect(() => {
    setCopy('idle');
    if (!result) return setIcsHref(undefined);
    const ics = buildIcs({
      uid: icsUid(serializeDeadlineQuery(props.values)),
      dtstamp: Date.now(),
      start: result.closesAt,
      summary: t('ics.summary'),
      description: summary,
      alarmDescription: t('ics.alarm'),
      url: location.href,
    });
    const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    setIcsHref(href);
    return () => URL.revokeObjectURL(href);
  }, [summary]);

  const copySummary = () => {
    const fallback = () => {
      setCopy('fallback');
      requestAnimationFrame(() => fallbackRef.current?.select());
    };
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(summary).then(() => setCopy('copied'), fallback);
    else fallback();
  };

  const announcement = result
    ? t('result.announce', { moment: formatInstant(result.closesAt, result.timeZone, lang) })
    : '';

  return (
    <section class="deadline__result" aria-labelledby={result ? 'dl-result-title' : undefined}>
      <p class="deadline__live" aria-live="polite">
        {announcement}
      </p>
      {result && (
        <>
          <p id="dl-result-title" class="deadline__result-title">
            {t('result.closesLabel')}
          </p>
          <output class="deadline__output" for="dl-date dl-time dl-tz dl-region">
            <time dateTime={result.closesAtIso}>{formatInstant(result.closesAt, result.timeZone, lang)}</time>
          </output>
          <p>
            {t('result.endOf', { date: formatDate(result.lastCountedDate, lang), zone: result.timeZone })}{' '}
            {t('result.calendarDays', { count: result.calendarDays })}
          </p>
          {result.warnings.map((w) => (
            <p class="deadline__warning" key={w.code}>
              {w.code === 'holidaysUnknown'
                ? t('warnings.holidaysUnknown', { year: String(w.year) })
                : t('warnings.ambiguousStart')}
            </p>
          ))}
          <dl class="deadline__views">
            <dt>{t('result.customerZone', { zone: result.timeZone })}</dt>
            <dd>{formatInstant(result.closesAt, result.timeZone, lang)}</dd>
            <dt>{t('result.readerZone', { zone: readerZone })}</dt>
            <dd>{formatInstant(result.closesAt, readerZone, lang)}</dd>
            <dt>{t('result.utc')}</dt>
            <dd>{formatInstant(result.closesAt, 'UTC', lang)}</dd>
          </dl>
          {props.comparison && <CompareWindows t={t} lang={lang} comparison={props.comparison} />}
          {calendar && (
            <calendar.WindowCalendarView
              t={t}
              lang={lang}
              rule={rule}
              result={result}
              weekend={data?.weekend ?? DEFAULT_WEEKEND}
              firstDays={props.firstDays}
              nameOf={nameOf}
            />
          )}
          <LedgerTable t={t} lang={lang} rule={rule} result={result} nameOf={nameOf} />
          <div class="deadline__actions">
            {icsHref && (
              <a class="deadline__button" href={icsHref} download={t('ics.fileName')}>
                {t('result.download')}
              </a>
            )}
            <button type="button" class="deadline__button" onClick={copySummary}>
              {t('result.copy')}
            </button>
            <p role="status" class="deadline__status">
              {copy === 'copied' ? t('result.copied') : copy === 'fallback' ? t('result.copyFallback') : ''}
            </p>
          </div>
          {copy === 'fallback' && (
            <div class="deadline__field">
              <label for="dl-summary-text">{t('result.summaryLabel')}</label>
              <textarea id="dl-summary-text" ref={fallbackRef} readOnly rows={12} value={summary} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

interface LedgerTableProps {
  t: Translate;
  lang: string;
  rule: DeadlineRule;
  result: DeadlineResult;
  nameOf: (ref: HolidayRef) => string;
}

/** The day-by-day ledger from the start day to the last counted day. */
export function LedgerTable({ t, lang, rule, result, nameOf }: LedgerTableProps) {
  return (
    <table class="deadline__ledger">
      <caption>
        {t('ledger.caption', {
          start: formatDate(result.startDate, lang),
          end: formatDate(result.lastCountedDate, lang),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('ledger.date')}</th>
          <th scope="col">{t('ledger.status')}</th>
          <th scope="col">{t('ledger.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {result.ledger.map((day) => {
          const row = describeLedgerDay(day, rule, t, nameOf);
          return (
            <tr key={day.date} class={`deadline__day deadline__day--${day.status}`}>
              <th scope="row">
                <time dateTime={day.date}>{formatDate(day.date, lang)}</time>
              </th>
              <td>{row.status}</td>
              <td>{row.reason}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Both windows of the 2019–2021 pages from the same day, and the moment to act before to meet the shorter. */
export function CompareWindows({ t, lang, comparison }: { t: Translate; lang: string; comparison: WindowComparison }) {
  const first = comparison.results[0]!;
  const moment = (r: DeadlineResult) => formatInstant(r.closesAt, r.timeZone, lang);
  const { earliest } = comparison;
  return (
    <section class="deadline__compare" aria-labelledby="dl-compare-title">
      <p id="dl-compare-title" class="deadline__result-title">
        {t('compare.heading')}
      </p>
      <p>{t('compare.intro', { date: formatDate(first.startDate, lang) })}</p>
      <table class="deadline__compare-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.rule')}</th>
            <th scope="col">{t('compare.closes')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.results.map((r) => {
            const rule = findRule(r.ruleId)!;
            return (
              <tr key={r.ruleId}>
                <th scope="row">
                  {t(`rules.${r.ruleId}.name`)} <span class="deadline__hint">{describeRuleSources(rule, t, lang)}</span>
                </th>
                <td>
                  <time dateTime={r.closesAtIso}>{moment(r)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        {earliest
          ? t('compare.earlier', { moment: moment(earliest), rule: t(`rules.${earliest.ruleId}.name`) })
          : t('compare.same', { moment: moment(first) })}
      </p>
    </section>
  );
}
