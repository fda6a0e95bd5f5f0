/**
 * An outcome with what it rests on (sources, the period they describe, when they were last checked), its
 * reasons, disagreements between sources, and the answers that would change it.
 */
import type { ComponentChildren, RefObject } from 'preact';
import type { Evaluation, Reason } from '../../domain/eligibility/evaluation';
import type { Answers } from '../../domain/eligibility/questions';
import type { WizardState } from '../../domain/eligibility/steps';
import { citationText, lastCheckedText, periodText, reasonText, sourcesText } from '../../domain/eligibility/text';
import { AnswerList, ChangeLabel } from './CheckAnswers';
import { Heading, WizardLink, type WizardContext } from './parts';

interface Props {
  ctx: WizardContext;
  answers: Answers;
  evaluation: Evaluation;
  back?: WizardState | undefined;
  headingRef?: RefObject<HTMLHeadingElement>;
  /** Buttons the island adds (copy, print); hidden when printing. */
  actions?: ComponentChildren;
}

/** Renders the result page; every rule that decided it is listed with its sources. */
export function Outcome({ ctx, answers, evaluation: e, back, headingRef, actions }: Props) {
  const { t, tag, level } = ctx;
  const reason = (r: Reason) => (
    <li key={r.messageKey}>
      <p>{reasonText(answers, r, t, tag)}</p>
      <p class="wz-sources">{citationText(r.sources, r.period, t, tag)}</p>
      {r.conflict && r.conflictSources && r.conflictPeriod && (
        <p class="wz-conflict">
          <strong>{t('ui.conflict')}</strong> {t(r.conflict)}{' '}
          <span class="wz-sources">{citationText(r.conflictSources, r.conflictPeriod, t, tag)}</span>
        </p>
      )}
    </li>
  );
  const guides = e.guides.filter((g) => ctx.guideUrls[g]);
  return (
    <div class={`wz-screen wz-outcome wz-outcome--${e.outcome}`}>
      {back && (
        <WizardLink ctx={ctx} class="wz-back" to={back}>
          {t('ui.back')}
        </WizardLink>
      )}
      <Heading level={level} headingRef={headingRef} class="wz-outcome-title">
        {t(`outcomes.${e.outcome}.title`)}
      </Heading>
      <p class="wz-lead">{t(`outcomes.${e.outcome}.body`)}</p>
      <div class="wz-basis">
        <p>
          {t('ui.basis', { period: periodText(e.basis.period, t, tag) })}{' '}
          <span class="wz-sources">{sourcesText(e.basis.sources, t)}</span>
        </p>
        <p>{lastCheckedText(t, tag)}</p>
      </div>
      {e.checklist.length > 0 && (
        <section>
          <Heading level={level + 1}>{t('ui.prepare')}</Heading>
          <ul class="wz-checklist">
            {e.checklist.map((c) => (
              <li key={c.messageKey}>
                {t(c.messageKey)} <span class="wz-sources">{citationText(c.sources, c.period, t, tag)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <Heading level={level + 1}>{t('ui.why')}</Heading>
        <ol class="wz-reasons">{e.reasons.map(reason)}</ol>
      </section>
      {e.changeHints.length > 0 && (
        <section>
          <Heading level={level + 1}>{t('ui.changeTitle')}</Heading>
          <ul class="wz-hints">
            {e.changeHints.map((hint) => (
              <li key={hint.messageKey}>
                {t(hint.messageKey)}{' '}
                <WizardLink ctx={ctx} class="wz-noprint" to={{ answers, step: hint.questionId }}>
                  <ChangeLabel t={t} question={t(`questions.${hint.questionId}.summary`)} />
                </WizardLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {e.notes.length > 0 && (
        <section>
          <Heading level={level + 1}>{t('ui.notes')}</Heading>
          <ul class="wz-reasons">{e.notes.map(reason)}</ul>
        </section>
      )}
      <section>
        <Heading level={level + 1}>{t('ui.yourAnswers')}</Heading>
        <AnswerList ctx={ctx} answers={answers} />
      </section>
      {guides.length > 0 && (
        <section class="wz-noprint">
          <Heading level={level + 1}>{t('ui.readNext')}</Heading>
          <ul>
            {guides.map((g) => (
              <li key={g}>
                <a href={ctx.guideUrls[g]}>{t(`guides.${g}`)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="wz-actions wz-noprint">
        {actions}
        <WizardLink ctx={ctx} class="wz-button wz-button--secondary" to={{ answers: {} }}>
          {t('ui.startAgain')}
        </WizardLink>
      </div>
    </div>
  );
}
