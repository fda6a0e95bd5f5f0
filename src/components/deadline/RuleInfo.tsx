/** Which rule is in use, where it comes from, when it was checked, and what the count assumes. */
import type { Translate } from '../../domain/i18n/format';
import { formatDate } from '../../domain/deadline/format';
import { NEWER_PAGES_SOURCES, type DeadlineRule } from '../../domain/deadline/rules';

/** The assumption keys under `assumptions.<counting>`, in reading order. */
export const ASSUMPTIONS: Readonly<Record<DeadlineRule['counting'], readonly string[]>> = {
  business: ['startDay', 'workingDays', 'holidays', 'halfDays', 'close', 'weekendStart', 'undefined'],
  calendar: ['startDay', 'everyDay', 'close', 'notifiedAfterApproval', 'undefined'],
};

/** "Stated on … [S1, S2]" for a rule. */
export function describeRuleSources(rule: DeadlineRule, t: Translate): string {
  return t('about.sourceLine', {
    source: t(`rules.${rule.id}.source`),
    tags: rule.sources.map((s) => s.tag).join(', '),
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
      <p id="dl-about-title" class="deadline__about-title">
        {t('about.ruleInUse', { rule: t(`rules.${rule.id}.name`) })}
      </p>
      <p>{t(`rules.${rule.id}.wording`)}</p>
      <p>{describeRuleSources(rule, t)}</p>
      <p>
        {t('about.lastChecked')}{' '}
        <time dateTime={rule.lastChecked}>{checkedText ?? formatDate(rule.lastChecked, lang)}</time>
      </p>
      <p>{t('about.newerPages', { tags: NEWER_PAGES_SOURCES.join(', ') })}</p>
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
