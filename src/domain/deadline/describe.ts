/** Words for ledger rows and field errors, shared by the island and the build-time worked example. */
import type { Translate } from '../i18n/format';
import type { LedgerDay } from './deadline';
import type { HolidayRef } from './holidays';
import type { FieldError } from './query';
import type { DeadlineRule } from './rules';

export interface LedgerRowText {
  /** Whether and how the day counts, e.g. "Day 3 of 5" or "Skipped". */
  status: string;
  /** Why: weekend, holiday names, notification day; empty when there is nothing to say. */
  reason: string;
}

/** Describes one ledger day for the table and the summary. */
export function describeLedgerDay(
  day: LedgerDay,
  rule: DeadlineRule,
  t: Translate,
  holidayName: (ref: HolidayRef) => string,
): LedgerRowText {
  const reasons: string[] = [];
  if (day.status === 'start') reasons.push(t(`ledger.startReason.${rule.startEvent}`));
  if (day.reasons.includes('weekend')) reasons.push(t('ledger.weekend'));
  for (const ref of day.holidays) {
    const name = holidayName(ref);
    reasons.push(t('ledger.holiday', { name: ref.substitute ? t('ledger.substitute', { name }) : name }));
  }
  if (day.holidaysUnknown && rule.counting === 'business') reasons.push(t('ledger.holidaysUnknown'));
  if (day.status === 'counted' && rule.counting === 'calendar' && day.reasons.length > 0) {
    reasons.push(t('ledger.calendarCounts'));
  }
  const status =
    day.status === 'start'
      ? t('ledger.notCounted')
      : day.status === 'skipped'
        ? t('ledger.skipped')
        : t('ledger.counted', { n: day.count ?? 0, total: rule.days });
  return { status, reason: reasons.join(' · ') };
}

/** A field error's message, naming the field (after the rule's start event) and the bad value. */
export function errorText(error: FieldError, t: Translate, rule: DeadlineRule): string {
  const field = t(
    error.field === 'date' || error.field === 'time'
      ? `form.${rule.startEvent}.${error.field}`
      : `form.${error.field}.label`,
  );
  return t(`errors.${error.code}`, { ...error.params, field });
}
