/** The copyable plain-text summary of a result, in the reader's language through a translator. */
import type { Translate } from '../i18n/format';
import type { DeadlineResult } from './deadline';
import { formatDate, formatInstant, formatList } from './format';
import type { HolidayRef } from './holidays';
import { findRule } from './rules';

export interface SummaryContext {
  t: Translate;
  /** BCP 47 tag of the reader's language. */
  lang: string;
  /** The reader's own time zone, for the second view of the closing moment. */
  readerTimeZone: string;
  /** The chosen region's display name, or undefined when no region is chosen. */
  regionName: string | undefined;
  /** A holiday's display name in the reader's language. */
  holidayName: (ref: HolidayRef) => string;
}

/** Builds the plain-text summary: rule, start, closing moment in three zones, skipped days, sources. */
export function buildSummary(result: DeadlineResult, ctx: SummaryContext): string {
  const { t, lang } = ctx;
  const rule = findRule(result.ruleId);
  const startEvent = rule?.startEvent ?? 'notification';
  const start =
    result.startInstant === undefined
      ? formatDate(result.startDate, lang)
      : formatInstant(result.startInstant, result.timeZone, lang);
  const skippedHolidays = result.ledger
    .filter((d) => d.reasons.includes('holiday') && d.status !== 'counted')
    .map((d) => `${formatDate(d.date, lang)}: ${formatList(d.holidays.map(ctx.holidayName), lang)}`);
  const lines = [
    t('summary.title', { rule: t(`rules.${result.ruleId}.name`) }),
    '',
    t(`summary.start.${startEvent}`, { moment: start, zone: result.timeZone }),
    t('summary.closesCustomer', {
      moment: formatInstant(result.closesAt, result.timeZone, lang),
      zone: result.timeZone,
    }),
    t('summary.closesReader', {
      moment: formatInstant(result.closesAt, ctx.readerTimeZone, lang),
      zone: ctx.readerTimeZone,
    }),
    t('summary.closesUtc', { moment: formatInstant(result.closesAt, 'UTC', lang) }),
    t('summary.lastDay', { date: formatDate(result.lastCountedDate, lang) }),
    t('summary.calendarDays', { count: result.calendarDays }),
    ctx.regionName ? t('summary.region', { region: ctx.regionName }) : t('summary.noRegion'),
    ...(skippedHolidays.length > 0 ? [t('summary.skippedHolidays', { list: skippedHolidays.join('; ') })] : []),
    ...result.warnings.flatMap((w) =>
      // Years go in as strings: a number would be grouped ("2,036").
      w.code === 'holidaysUnknown' ? [t('warnings.holidaysUnknown', { year: String(w.year) })] : [],
    ),
    '',
    t(`rules.${result.ruleId}.counting`),
    t('summary.sources', {
      sources: (rule?.sources ?? []).map((s) => s.tag).join(', '),
      date: rule ? formatDate(rule.lastChecked, lang) : '',
    }),
    t('summary.caveat'),
  ];
  return lines.join('\n');
}
