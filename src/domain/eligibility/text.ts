/** Words for the wizard's answers, sources, periods and outcomes, shared by the island, the plain version and copy-as-text. */
import { formatYears, listFormat, type Translate } from '../i18n/format';
import { CURRENT_CHECKED, type Period } from '../sources/period';
import type { AnswerParam, Evaluation, Reason, SourceId } from './evaluation';
import { walk } from './flow';
import { answerValues, type Answers, type QuestionId } from './questions';

/** Localized label of the reader's answer to `param.question`. */
export function describeAnswer(answers: Answers, param: AnswerParam, t: Translate, tag: string): string {
  const labels = answerValues(answers, param.question).map((v) => t(`questions.${param.question}.options.${v}`));
  return listFormat(tag).format(labels);
}

/** A reason's text with its placeholders filled from the reader's answers. */
export function reasonText(answers: Answers, r: Reason, t: Translate, tag: string): string {
  const vars: Record<string, string> = {};
  for (const [name, param] of Object.entries(r.params)) vars[name] = describeAnswer(answers, param, t, tag);
  return t(r.messageKey, vars);
}

/** "Sources: S3 — creation page, Oct 2020; S5 — …" from the short labels in the messages. */
export function sourcesText(sources: readonly SourceId[], t: Translate): string {
  const list = sources.map((id) => t('ui.sourceItem', { id, label: t(`sources.${id}`) })).join('; ');
  return t('ui.sources', { count: sources.length, list });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date (a day, no time) in the locale's long style. */
export function formatDay(iso: string, tag: string): string {
  let f = dateFormats.get(tag);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(tag, f);
  }
  return f.format(new Date(`${iso}T00:00:00Z`));
}

/** "pages of 2019–2021", "current pages, checked 22 November 2026", or both. */
export function periodText(period: Period, t: Translate, tag: string): string {
  const { older, current } = period;
  const years = older ? formatYears(older.from, older.to, tag) : '';
  const date = current ? formatDay(current, tag) : '';
  if (older && current) return t('ui.period.both', { years, date });
  return older ? t('ui.period.older', { years }) : t('ui.period.current', { date });
}

/** A rule's sources with the period they describe: "Sources: S15 — …; S17 — … (current pages, checked …)". */
export function citationText(sources: readonly SourceId[], period: Period, t: Translate, tag: string): string {
  return t('ui.citation', { sources: sourcesText(sources, t), period: periodText(period, t, tag) });
}

/** The day the sources were last compared with the guide, as shown under every outcome. */
export function lastCheckedText(t: Translate, tag: string): string {
  return t('ui.lastChecked', { date: formatDay(CURRENT_CHECKED, tag) });
}

/** The answered questions on the reader's path with their localized answers, for summaries. */
export function answerRows(
  answers: Answers,
  t: Translate,
  tag: string,
): { id: QuestionId; label: string; value: string }[] {
  return walk(answers).asked.map((id) => ({
    id,
    label: t(`questions.${id}.summary`),
    value: describeAnswer(answers, { question: id }, t, tag),
  }));
}

/** The outcome as plain text (answers, outcome, its basis, checklist, reasons with sources and periods), for copying. */
export function outcomeAsText(answers: Answers, e: Evaluation, t: Translate, tag: string, link?: string): string {
  const lines: string[] = [t('title'), ''];
  const section = (title: string, items: string[]): void => {
    if (items.length) lines.push(title, ...items.map((i) => `- ${i}`), '');
  };
  const withSources = (r: Reason): string => {
    let s = `${reasonText(answers, r, t, tag)} ${citationText(r.sources, r.period, t, tag)}`;
    if (r.conflict && r.conflictSources && r.conflictPeriod) {
      s += `\n  ${t('ui.conflict')} ${t(r.conflict)} ${citationText(r.conflictSources, r.conflictPeriod, t, tag)}`;
    }
    return s;
  };
  section(
    t('ui.yourAnswers'),
    answerRows(answers, t, tag).map((r) => `${r.label}: ${r.value}`),
  );
  lines.push(
    `${t('ui.result')}: ${t(`outcomes.${e.outcome}.title`)}`,
    t(`outcomes.${e.outcome}.body`),
    `${t('ui.basis', { period: periodText(e.basis.period, t, tag) })} ${sourcesText(e.basis.sources, t)}`,
    lastCheckedText(t, tag),
    '',
  );
  section(
    t('ui.prepare'),
    e.checklist.map((c) => `${t(c.messageKey)} ${citationText(c.sources, c.period, t, tag)}`),
  );
  section(t('ui.why'), e.reasons.map(withSources));
  section(t('ui.notes'), e.notes.map(withSources));
  section(
    t('ui.changeTitle'),
    e.changeHints.map((h) => t(h.messageKey)),
  );
  if (link) lines.push(link);
  return `${lines.join('\n').trim()}\n`;
}
