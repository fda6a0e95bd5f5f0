/**
 * Today's rule first (no fixed window), then which older rule is in use, where it comes from, the period it
 * describes, when it was checked, why it is the default, and what the count assumes.
 */
import { formatYears, type Translate } from '../../domain/i18n/format';
import { formatDate } from '../../domain/deadline/format';
import { DEFAULT_RULE_ID, NEWER_PAGES_SOURCES, type DeadlineRule } from '../../domain/deadline/rules';

/** The assumption keys under `assumptions.<counting>`, in reading order. */
export const ASSUMPTIONS: Readonly<Record<DeadlineRule['counting'], readonly string[]>> = {
  business: ['startDay', 'workingDays', 'holidays', 'halfDays', 'close', 'weekendStart', 'undefined'],
  calendar: ['startDay', 'everyDay', 'close', 'notifiedAfterApproval', 'undefined'],
};

/** "Stated on … [S1, S2]: pages of 2019–2021." for a rule, the years formatted for the locale `tag`. */
export function describeRuleSources(rule: DeadlineRule, t: Translate, tag: string): string {
  const older = rule.period.older;
  return t('about.sourceLine', {
    source: t(`rules.${rule.id}.source`),
    tags: rule.sources.map((s) => s.tag).join(', '),
    years: older ? formatYears(older.from, older.to, tag) : '',
  });
}

export interface RuleInfoProps {
  t: Translate;
  lang: string;
  rule: DeadlineRule;
  /** The rule's check date already formatted for the page (the island gets it from the server, so loading the page formats no date). */
  checkedText?: string | undefined;
}

/** The rule box shown beside the form, rendered on the server too. */
export function RuleInfo({ t, lang, rule, checkedText }: RuleInfoProps) {
  return (
    <section class="deadline__about" aria-labelledby="dl-about-title">
      <p class="deadline__current">{t('about.newerPages', { tags: NEWER_PAGES_SOURCES.join(', ') })}</p>
      <p id="dl-about-title" class="deadline__about-title">
        {t('about.ruleInUse', { rule: t(`rules.${rule.id}.name`) })}
      </p>
      <p>{t(`rules.${rule.id}.wording`)}</p>
      <p>{describeRuleSources(rule, t, lang)}</p>
      <p>
        {t('about.lastChecked')}{' '}
        <time dateTime={rule.lastChecked}>{checkedText ?? formatDate(rule.lastChecked, lang)}</time>
      </p>
      {rule.id === DEFAULT_RULE_ID && <p>{t('about.default')}</p>}
      <details class="deadline__assumptions" open>
        <summary>{t('assumptions.heading')}</summary>
        <ul>
          {(ASSUMPTIONS[rule.counting] ?? []).map((key) => (
            <li key={key}>{t(`assumptions.${rule.counting}.${key}`)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
