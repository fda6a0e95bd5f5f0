/** Every reachable state of the wizard, for the plain version (one section each), the flow map and the tests. */
import { walk } from './flow';
import { getQuestion, withAnswer, type Answers } from './questions';
import { toStatePath } from './statePath';

export type StateKind = 'question' | 'check' | 'result';

export interface WizardStateEntry {
  /** Relative path with a trailing slash ('' for the first question). */
  path: string;
  kind: StateKind;
  answers: Answers;
}

/** Lists every reachable state, depth first from the first question. */
export function enumerateStates(): WizardStateEntry[] {
  const out: WizardStateEntry[] = [];
  const visit = (answers: Answers): void => {
    const { next } = walk(answers);
    if (next === 'check') {
      out.push({ path: toStatePath(answers), kind: 'check', answers });
      out.push({ path: toStatePath(answers, { result: true }), kind: 'result', answers });
      return;
    }
    out.push({ path: toStatePath(answers), kind: 'question', answers });
    for (const option of getQuestion(next).options) {
      const updated = withAnswer(answers, next, [option]);
      if (typeof updated !== 'string') visit(updated);
    }
  };
  visit({});
  return out;
}
