/** One question as plain links to the next wizard states: works with no JavaScript at all. */
import type { RefObject } from 'preact';
import { getQuestion, type Answers, type QuestionId } from '../../domain/eligibility/questions';
import { answerQuestion, type WizardState } from '../../domain/eligibility/steps';
import { Heading, WizardLink, type WizardContext } from './parts';

interface Props {
  ctx: WizardContext;
  /** The answers before this question. */
  answers: Answers;
  question: QuestionId;
  back?: WizardState | undefined;
  headingRef?: RefObject<HTMLHeadingElement>;
}

/** Renders the question as a fieldset of links, one per answer, each leading to the state that answer reaches. */
export function QuestionStatic({ ctx, answers, question, back, headingRef }: Props) {
  const { t } = ctx;
  const hintId = `${ctx.idPrefix ?? 'wz'}-${question}-hint`;
  const chosen = (value: string): WizardState => {
    const next = answerQuestion(answers, question, [value]);
    return typeof next === 'string' ? { answers } : next;
  };
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
        <ul class="wz-choices">
          {getQuestion(question).options.map((o) => (
            <li key={o}>
              <WizardLink ctx={ctx} class="wz-choice" to={chosen(o)}>
                {t(`questions.${question}.options.${o}`)}
              </WizardLink>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
