/**
 * The opt-out window as a small month-style calendar (weeks as rows), drawn from windowCalendar. Loaded with
 * import() once there is a result, so the calculator's first load does not carry it. Every mark is a pattern or
 * a symbol as well as a colour, and every cell says in words what it shows; the ledger stays the text version.
 */
import type { Translate } from '../../domain/i18n/format';
import { utcMidnight, type Weekday } from '../../domain/deadline/calendar';
import type { DeadlineResult } from '../../domain/deadline/deadline';
import { formatDate } from '../../domain/deadline/format';
import type { HolidayRef } from '../../domain/deadline/holidays';
import type { DeadlineRule } from '../../domain/deadline/rules';
import { calendarFirstDay, type CalendarDay, windowCalendar } from '../../domain/deadline/window-calendar';

export interface WindowCalendarViewProps {
  t: Translate;
  lang: string;
  rule: DeadlineRule;
  result: DeadlineResult;
  /** The region's weekend (ISO weekdays). */
  weekend: readonly number[];
  /** From the build: `''` the reader's first day, and regions whose weekend is not Saturday–Sunday. */
  firstDays: Readonly<Record<string, number>> | undefined;
  nameOf: (ref: HolidayRef) => string;
}

const fmt = (lang: string, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...o });

export function WindowCalendarView({ t, lang, rule, result, weekend, firstDays, nameOf }: WindowCalendarViewProps) {
  const firstDay = calendarFirstDay({
    regionWeekend: weekend,
    regionFirstDay: result.region ? (firstDays?.[result.region] as Weekday | undefined) : undefined,
    readerFirstDay: (firstDays?.[''] ?? 1) as Weekday,
  });
  const view = windowCalendar(result, firstDay, weekend);
  const dayOnly = fmt(lang, { day: 'numeric' });
  const withMonth = fmt(lang, { day: 'numeric', month: 'short' });
  const short = fmt(lang, { weekday: 'short' });
  const long = fmt(lang, { weekday: 'long' });
  const num = new Intl.NumberFormat(lang);
  const [h, m] = result.closesAtLocal.time.split(':').map(Number);
  const time = fmt(lang, { hour: '2-digit', minute: '2-digit' }).format(Date.UTC(2000, 0, 1, h, m));
  // A week from 2024-01-01 (a Monday), so weekday n is 2024-01-0n.
  const weekdayDate = (d: number) => utcMidnight(`2024-01-0${d}`);
  const startText = t(`calendar.start.${rule.startEvent}`);

  const cell = (d: CalendarDay) => {
    const said: string[] = [];
    if (d.kind === 'start') said.push(startText);
    if (d.kind === 'counted') said.push(t('calendar.counted', { n: d.count ?? 0 }));
    const holiday = d.kind === 'skipped' && d.holidays.length > 0;
    if (d.kind === 'skipped' && !holiday) said.push(t('calendar.skippedWeekend'));
    else if (d.weekend) said.push(t('calendar.weekend'));
    const names = d.holidays.map((ref) => nameOf(ref));
    if (holiday) for (const name of names) said.push(t('calendar.holiday', { name }));
    if (d.last) said.push(t('calendar.last'));
    if (d.closesAt) said.push(t('calendar.closes', { time }));
    const cls = ['cal__d', `cal__d--${d.kind}`];
    if (d.weekend) cls.push('cal__d--weekend');
    if (holiday) cls.push('cal__d--holiday');
    if (d.last) cls.push('cal__d--last');
    if (d.closesAt) cls.push('cal__d--close');
    return (
      <td key={d.date} class={cls.join(' ')}>
        <time class="cal__n" dateTime={d.date}>
          {(d.monthStart ? withMonth : dayOnly).format(utcMidnight(d.date))}
        </time>
        <span class="cal__m" aria-hidden="true">
          {d.kind === 'start' && '▶'}
          {d.kind === 'counted' && <b>{num.format(d.count ?? 0)}</b>}
          {d.kind === 'skipped' && (holiday ? '★' : '–')}
          {d.last && ' ⚑'}
          {d.closesAt && `■ ${time}`}
        </span>
        {holiday && (
          <span class="cal__h" aria-hidden="true">
            {names.join(', ')}
          </span>
        )}
        {said.length > 0 && <span class="visually-hidden">{said.join('; ')}</span>}
      </td>
    );
  };

  const key = (cls: string, mark: string, text: string) => (
    <li>
      <span class={`cal__k cal__d ${cls}`} aria-hidden="true">
        {mark}
      </span>
      {text}
    </li>
  );

  return (
    <div class="cal">
      <table class="cal__t">
        <caption>
          {t('calendar.caption', {
            start: formatDate(result.startDate, lang),
            end: formatDate(result.closesAtLocal.date, lang),
          })}
        </caption>
        <thead>
          <tr>
            {view.columns.map((d) => (
              <th key={d} scope="col" class={weekend.includes(d) ? 'cal__we' : undefined}>
                <abbr title={long.format(weekdayDate(d))}>{short.format(weekdayDate(d))}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.weeks.map((week) => (
            <tr key={week[0]!.date}>{week.map(cell)}</tr>
          ))}
        </tbody>
      </table>

      <p class="cal__legend">{t('calendar.legend')}</p>
      <ul class="cal__keys">
        {key('cal__d--start', '▶', startText)}
        {key('cal__d--counted', num.format(1), t('calendar.countedKey'))}
        {key('cal__d--skipped cal__d--weekend', '–', t('calendar.weekendKey'))}
        {key('cal__d--skipped cal__d--holiday', '★', t('calendar.holidayKey'))}
        {key('cal__d--last', '⚑', t('calendar.last'))}
        {key('cal__d--close', '■', t('calendar.closesKey'))}
        {key('cal__d--outside', '', t('calendar.outsideKey'))}
      </ul>
    </div>
  );
}

/** The chunk's entry: the one export DeadlineResultView loads. */
export default WindowCalendarView;
