/** The check-your-answers list: every answer on the reader's path with a Change link, then the result. */
import type { RefObject } from 'preact';
import type { Answers } from '../../domain/eligibility/questions';
import type { WizardState } from '../../domain/eligibility/steps';
import { answerRows } from '../../domain/eligibility/text';
import type { Translate } from '../../domain/i18n/format';
import { Heading, WizardLink, type WizardContext } from './parts';

interface Props {
  ctx: WizardContext;
  answers: Answers;
  back?: WizardState | undefined;
  headingRef?: RefObject<HTMLHeadingElement>;
}

/** Renders the answers as a summary list; without the island it says how Change behaves without script. */
export function CheckAnswers({ ctx, answers, back, headingRef }: Props) {
  const { t } = ctx;
  return (
    <div class="wz-screen wz-check">
      {back && (
        <WizardLink ctx={ctx} class="wz-back" to={back}>
          {t('ui.back')}
        </WizardLink>
      )}
      <Heading level={ctx.level} headingRef={headingRef}>
        {t('ui.checkTitle')}
      </Heading>
      <p>{t('ui.checkIntro')}</p>
      <AnswerList ctx={ctx} answers={answers} withChange />
      {!ctx.navigate && <p class="wz-note">{t('ui.noJsChange')}</p>}
      <WizardLink ctx={ctx} class="wz-button" to={{ answers, step: 'result' }}>
        {t('ui.seeResult')}
      </WizardLink>
    </div>
  );
}

/** The reader's answers as a description list, optionally with Change links. */
export function AnswerList({
  ctx,
  answers,
  withChange = false,
}: {
  ctx: WizardContext;
  answers: Answers;
  withChange?: boolean;
}) {
  return (
    <dl class="wz-summary">
      {answerRows(answers, ctx.t, ctx.tag).map((row) => (
        <div class="wz-summary-row" key={row.id}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
          {withChange && (
            <dd class="wz-summary-action">
              <WizardLink ctx={ctx} to={{ answers, step: row.id }}>
                <ChangeLabel t={ctx.t} question={row.label} />
              </WizardLink>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

/** "Change" with the question named for screen readers (visible text stays short). */
export function ChangeLabel({ t, question }: { t: Translate; question: string }) {
  return (
    <>
      {t('ui.change')}
      <span class="wz-visually-hidden"> {t('ui.changeHidden', { question })}</span>
    </>
  );
}
