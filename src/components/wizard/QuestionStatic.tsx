/** One question as plain links to the next wizard states: works with no JavaScript at all. */
import type { RefObject } from 'preact';
import { getQuestion, type Answers, type QuestionId } from '../../domain/eligibility/questions';
import { answerQuestion, type WizardState } from '../../domain/eligibility/steps';
import { listFormat } from '../../domain/i18n/format';
import { Heading, WizardLink, type WizardContext } from './parts';

interface Props {
  ctx: WizardContext;
  /** The answers before this question. */
  answers: Answers;
  question: QuestionId;
  /** Options ticked so far (multi-select question only). */
  draft?: readonly string[];
  back?: WizardState | undefined;
  headingRef?: RefObject<HTMLHeadingElement>;
}

/** Renders the question as a fieldset of links; a multi-select ticks and unticks options one page at a time. */
export function QuestionStatic({ ctx, answers, question, draft = [], back, headingRef }: Props) {
  const { t } = ctx;
  const q = getQuestion(question);
  const hintId = `${ctx.idPrefix ?? 'wz'}-${question}-hint`;
  const label = (o: string) => t(`questions.${question}.options.${o}`);
  const chosen = (values: readonly string[]): WizardState => {
    const next = answerQuestion(answers, question, values);
    return typeof next === 'string' ? { answers } : next;
  };
  const ticked = (values: readonly string[]): WizardState =>
    values.length ? { answers: { ...answers, [question]: values }, step: question } : { answers, step: question };
  const choice = (o: string) => (
    <li key={o}>
      <WizardLink ctx={ctx} class="wz-choice" to={chosen([o])}>
        {label(o)}
      </WizardLink>
    </li>
  );
  const combinable = q.options.filter((o) => !q.exclusive.includes(o));
  const list = listFormat(ctx.tag).format(draft.map(label));
  return (
    <div class="wz-screen wz-question">
      {back && (
        <WizardLink ctx={ctx} class="wz-back" to={back}>
          {t('ui.back')}
        </WizardLink>
      )}
      <fieldset class="wz-fieldset" aria-describedby={hintId}>
        <legend class="wz-legend">
          <Heading level={ctx.level} headingRef={headingRef}>
            {t(`questions.${question}.legend`)}
          </Heading>
        </legend>
        <p class="wz-hint" id={hintId}>
          {t(`questions.${question}.hint`)}
        </p>
        {q.kind === 'single' ? (
          <ul class="wz-choices">{q.options.map(choice)}</ul>
        ) : (
          <>
            <ul class="wz-choices">
              {combinable.map((o) => {
                const on = draft.includes(o);
                const next = on ? draft.filter((d) => d !== o) : combinable.filter((c) => c === o || draft.includes(c));
                return (
                  <li key={o}>
                    <WizardLink ctx={ctx} class={`wz-choice wz-toggle${on ? ' wz-toggle--on' : ''}`} to={ticked(next)}>
                      <span class="wz-box" aria-hidden="true" />
                      <span class="wz-visually-hidden">{t(on ? 'ui.remove' : 'ui.add')}: </span>
                      {label(o)}
                      {on && <span class="wz-visually-hidden"> ({t('ui.isSelected')})</span>}
                    </WizardLink>
                  </li>
                );
              })}
            </ul>
            <p class="wz-selected">{draft.length ? t('ui.selectedList', { list }) : t('ui.selectedNone')}</p>
            {draft.length > 0 && (
              <WizardLink ctx={ctx} class="wz-button" to={chosen(draft)}>
                {t('ui.continue')}
              </WizardLink>
            )}
            <p class="wz-or">{t('ui.or')}</p>
            <ul class="wz-choices">{q.exclusive.map(choice)}</ul>
          </>
        )}
      </fieldset>
    </div>
  );
}
