/** Every reachable state of the wizard, for pre-rendering one page each (getStaticPaths) and for tests. */
import { walk } from './flow';
import { getQuestion, withAnswer, type Answers, type Program, type Question } from './questions';
import { toStatePath } from './statePath';

export type StateKind = 'question' | 'draft' | 'check' | 'result';

export interface WizardStateEntry {
  /** Relative path with a trailing slash ('' for the first question). */
  path: string;
  kind: StateKind;
  answers: Answers;
  draft?: readonly Program[];
}

/** All non-empty subsets of `items`, in canonical order. */
function subsets(items: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) out.push(items.filter((_, i) => mask & (1 << i)));
  return out;
}

/** Every valid answer to a question: each option, or for multi questions each allowed combination. */
export function answerChoices(q: Question): string[][] {
  if (q.kind === 'single') return q.options.map((o) => [o]);
  const combinable = q.options.filter((o) => !q.exclusive.includes(o));
  return [...subsets(combinable), ...q.exclusive.map((o) => [o])];
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
    const q = getQuestion(next);
    out.push({ path: toStatePath(answers), kind: 'question', answers });
    if (q.kind === 'multi') {
      const combinable = q.options.filter((o) => !q.exclusive.includes(o));
      for (const draft of subsets(combinable)) {
        out.push({ path: toStatePath(answers, { draft }), kind: 'draft', answers, draft: draft as Program[] });
      }
    }
    for (const values of answerChoices(q)) {
      const updated = withAnswer(answers, next, values);
      if (typeof updated !== 'string') visit(updated);
    }
  };
  visit({});
  return out;
}
