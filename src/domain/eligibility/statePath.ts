/**
 * Answers as path segments, the fragments of the wizard's plain (no-JavaScript) version; see flow.ts for the scheme.
 * Each state has exactly one spelling, so a path either round-trips or is rejected.
 */
import { follows, walk, type Next } from './flow';
import { answerValues, withAnswer, type Answers } from './questions';

export const RESULT_SEGMENT = 'result';

export interface StatePath {
  answers: Answers;
  /** True on the outcome (`…/result/`). */
  result: boolean;
}

/** The path (relative, with a trailing slash, '' for the first question) of answers along the reader's path. */
export function toStatePath(answers: Answers, options: { result?: boolean } = {}): string {
  const segments = walk(answers).asked.map((id) => answerValues(answers, id)[0]!);
  if (options.result) segments.push(RESULT_SEGMENT);
  return segments.map((s) => `${s}/`).join('');
}

/** Reads a state from a path; undefined for anything that is not one canonical, reachable state. */
export function fromStatePath(path: string): StatePath | undefined {
  const segments = path.split('/').filter((s) => s !== '');
  let answers: Answers = {};
  let current: Next = 'audience';
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment === RESULT_SEGMENT && current === 'check' && i === segments.length - 1) {
      return canonical(path, { answers, result: true });
    }
    if (current === 'check') return undefined;
    const updated = withAnswer(answers, current, [segment]);
    if (typeof updated === 'string') return undefined;
    answers = updated;
    current = follows(current, answers);
  }
  return canonical(path, { answers, result: false });
}

function canonical(path: string, state: StatePath): StatePath | undefined {
  const normalized = path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => `${s}/`)
    .join('');
  return toStatePath(state.answers, { result: state.result }) === normalized ? state : undefined;
}
