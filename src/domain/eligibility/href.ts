/** Links to wizard states: query URLs for the island, state paths (fragments of the plain version) without JavaScript. */
import { answersBefore } from './flow';
import type { Answers } from './questions';
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
 * answers before it.
 */
export function staticHref(basePath: string): HrefFor {
  return ({ answers, step }) => {
    if (step === 'result') return basePath + toStatePath(answers, { result: true });
    if (step === undefined || step === 'check') return basePath + toStatePath(answers);
    return basePath + toStatePath(answersBefore(answers, step));
  };
}

/**
 * The permanent link to an outcome: its state in the plain version (`<stepsPath>#/<answers>/result/`), which
 * works with and without JavaScript. The island's "Link to this result", its copied text and the link gate
 * all take it from here.
 */
export function resultPermalink(stepsPath: string, answers: Answers): string {
  return `${stepsPath}#/${toStatePath(answers, { result: true })}`;
}
