/** Links to wizard states: query URLs for the island, state paths (fragments of the plain version) without JavaScript. */
import { answersBefore } from './flow';
import { answerValues, getQuestion } from './questions';
import { serializeWizardQuery } from './serialize';
import { toStatePath } from './statePath';
import type { WizardState } from './steps';

export type HrefFor = (state: WizardState) => string;

/** Query links on the page that hosts the island (`pagePath` is that page's path, without query). */
export function queryHref(pagePath: string): HrefFor {
  return ({ answers, step }) => pagePath + serializeWizardQuery(answers, step);
}

/**
 * Links to states as `basePath` + state path (`…/steps/#/` + path for the plain version). A path only
 * holds the answers so far, so "show question q again" becomes the state where q is asked, with the
 * answers before it; for the multi-select question that state starts from the reader's current ticks.
 */
export function staticHref(basePath: string): HrefFor {
  return ({ answers, step }) => {
    if (step === 'result') return basePath + toStatePath(answers, { result: true });
    if (step === undefined || step === 'check') return basePath + toStatePath(answers);
    const before = answersBefore(answers, step);
    const q = getQuestion(step);
    const draft = q.kind === 'multi' ? answerValues(answers, step).filter((v) => !q.exclusive.includes(v)) : [];
    return basePath + toStatePath(before, { draft });
  };
}
