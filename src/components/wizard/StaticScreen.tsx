/** One wizard state rendered for a page without JavaScript (also the island's first paint before it hydrates). */
import type { StatePath } from '../../domain/eligibility/statePath';
import { evaluate } from '../../domain/eligibility/evaluate';
import { backState, resolveView } from '../../domain/eligibility/steps';
import { CheckAnswers } from './CheckAnswers';
import { Outcome } from './Outcome';
import { QuestionStatic } from './QuestionStatic';
import type { WizardContext } from './parts';

/** Picks the screen for a state without JavaScript: a question, the check list, or the outcome. */
export function StaticScreen({ ctx, state }: { ctx: WizardContext; state: StatePath }) {
  const { answers } = state;
  const view = resolveView(state.result ? { answers, step: 'result' } : { answers });
  const back = backState(answers, view);
  if (view.kind === 'question') {
    return <QuestionStatic ctx={ctx} answers={answers} question={view.question} back={back} />;
  }
  if (view.kind === 'check') return <CheckAnswers ctx={ctx} answers={answers} back={back} />;
  return <Outcome ctx={ctx} answers={answers} evaluation={evaluate(answers)!} back={back} />;
}
