/** Words for the wizard's answers, sources and outcomes, shared by the island, the static pages and copy-as-text. */
import { listFormat, type Translate } from '../i18n/format';
import type { AnswerParam, Evaluation, Reason, SourceId } from './evaluation';
import { walk } from './flow';
import { answerValues, type Answers, type QuestionId } from './questions';

/** Localized labels of the reader's answer (or of `param.values`), joined as a list for the locale. */
export function describeAnswer(answers: Answers, param: AnswerParam, t: Translate, tag: string): string {
  const values = param.values ?? answerValues(answers, param.question);
  const labels = values.map((v) => t(`questions.${param.question}.options.${v}`));
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

/** The outcome as plain text (answers, outcome, checklist, reasons with sources), for copying or pasting. */
export function outcomeAsText(answers: Answers, e: Evaluation, t: Translate, tag: string, link?: string): string {
  const lines: string[] = [t('title'), ''];
  const section = (title: string, items: string[]): void => {
    if (items.length) lines.push(title, ...items.map((i) => `- ${i}`), '');
  };
  const withSources = (r: Reason): string => {
    let s = `${reasonText(answers, r, t, tag)} (${sourcesText(r.sources, t)})`;
    if (r.conflict) s += `\n  ${t('ui.conflict')} ${t(r.conflict)} (${sourcesText(r.conflictSources ?? [], t)})`;
    return s;
  };
  section(
    t('ui.yourAnswers'),
    answerRows(answers, t, tag).map((r) => `${r.label}: ${r.value}`),
  );
  lines.push(`${t('ui.result')}: ${t(`outcomes.${e.outcome}.title`)}`, t(`outcomes.${e.outcome}.body`), '');
  section(
    t('ui.prepare'),
    e.checklist.map((c) => `${t(c.messageKey)} (${sourcesText(c.sources, t)})`),
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
