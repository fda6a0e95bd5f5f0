/** The wizard's screens and the moves between them, shared by the island and the plain version. */
import { nextStep, previousQuestion, prune, walk } from './flow';
import { withAnswer, type Answers, type QuestionId } from './questions';

/** What the URL asks to show: a question to (re)answer, the check-your-answers list, or the result. */
export type Step = QuestionId | 'check' | 'result';

export type View =
  | { kind: 'question'; question: QuestionId; editing: boolean }
  | { kind: 'check' }
  /** Only when the answers decide an outcome; evaluate() them to get it (kept out of here so the island can load the rules later). */
  | { kind: 'result' };

export interface WizardState {
  answers: Answers;
  step?: Step;
}

/** True when `step` can be shown for these answers (an answered or the next question, or a decided outcome). */
export function isStepAvailable(answers: Answers, step: Step): boolean {
  const { asked, next } = walk(answers);
  if (step === 'check' || step === 'result') return next === 'check';
  return asked.includes(step) || next === step;
}

/** The screen for a state; an unavailable step falls back to the next unanswered question or the check list. */
export function resolveView({ answers, step }: WizardState): View {
  const next = nextStep(answers);
  if (step !== undefined && isStepAvailable(answers, step)) {
    if (step === 'result') return { kind: 'result' };
    if (step !== 'check') return { kind: 'question', question: step, editing: step !== next };
  }
  return next === 'check' ? { kind: 'check' } : { kind: 'question', question: next, editing: false };
}

export type AnswerError = 'empty' | 'invalid';

/** Records an answer, drops later answers that no longer apply, and moves to the next unanswered step. */
export function answerQuestion(answers: Answers, id: QuestionId, values: readonly string[]): WizardState | AnswerError {
  const updated = withAnswer(answers, id, values);
  return typeof updated === 'string' ? updated : { answers: prune(updated) };
}

/** Where the back link of a screen leads; undefined on the first question. */
export function backState(answers: Answers, view: View): WizardState | undefined {
  if (view.kind === 'result') return { answers, step: 'check' };
  const prev = previousQuestion(answers, view.kind === 'check' ? 'check' : view.question);
  return prev === undefined ? undefined : { answers, step: prev };
}
