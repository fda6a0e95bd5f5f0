/** Shown when the URL's answers cannot all be read: what was wrong, a restart, and a way on with what was valid. */
import type { RefObject } from 'preact';
import type { Answers } from '../../domain/eligibility/questions';
import type { QueryError } from '../../domain/eligibility/query';
import { Heading, WizardLink, type WizardContext } from './parts';

interface Props {
  ctx: WizardContext;
  errors: readonly QueryError[];
  /** The answers that could be read. */
  answers: Answers;
  headingRef?: RefObject<HTMLHeadingElement>;
}

/** Lists each unusable parameter by name; never echoes a value from the URL. */
export function QueryErrors({ ctx, errors, answers, headingRef }: Props) {
  const { t } = ctx;
  return (
    <div class="wz-screen wz-query-errors">
      <div class="wz-error-summary" role="alert">
        <Heading level={ctx.level} headingRef={headingRef}>
          {t('ui.queryTitle')}
        </Heading>
        <ul>
          {errors.map((e, i) => (
            <li key={i}>{t(e.messageKey, { param: e.param })}</li>
          ))}
        </ul>
      </div>
      <p>{t('ui.queryIntro')}</p>
      <div class="wz-actions">
        <WizardLink ctx={ctx} class="wz-button" to={{ answers: {} }}>
          {t('ui.startAgain')}
        </WizardLink>
        <WizardLink ctx={ctx} class="wz-button wz-button--secondary" to={{ answers }}>
          {t('ui.continueValid')}
        </WizardLink>
      </div>
    </div>
  );
}
