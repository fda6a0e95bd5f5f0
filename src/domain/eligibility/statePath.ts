/**
 * Answers as path segments, the fragments of the wizard's plain (no-JavaScript) version; see flow.ts for the scheme.
 * Each state has exactly one spelling, so a path either round-trips or is rejected.
 */
import { follows, walk, type Next } from './flow';
import { answerValues, getQuestion, withAnswer, type Answers, type Program, type QuestionId } from './questions';

export const RESULT_SEGMENT = 'result';
/** Marks a draft selection of the multi-select question, one page per set of ticked options. */
export const DRAFT_SEGMENT = 'choose';

export interface StatePath {
  answers: Answers;
  /** True on the outcome page (`…/result/`). */
  result: boolean;
  /** Options ticked so far on the programs page, before the reader continues. */
  draft?: readonly Program[];
}

/** The path (relative, with a trailing slash, '' for the first question) of answers along the reader's path. */
export function toStatePath(answers: Answers, options: { result?: boolean; draft?: readonly string[] } = {}): string {
  const segments = walk(answers).asked.map((id) => answerValues(answers, id).join('+'));
  if (options.draft?.length) segments.push(DRAFT_SEGMENT, options.draft.join('+'));
  else if (options.result) segments.push(RESULT_SEGMENT);
  return segments.map((s) => `${s}/`).join('');
}

/** Reads a state from a path; undefined for anything that is not one canonical, reachable state. */
export function fromStatePath(path: string): StatePath | undefined {
  const segments = path.split('/').filter((s) => s !== '');
  let answers: Answers = {};
  let current: Next = 'audience';
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    if (segment === RESULT_SEGMENT && current === 'check' && last) return canonical(path, { answers, result: true });
    if (current === 'check') return undefined;
    if (segment === DRAFT_SEGMENT && getQuestion(current).kind === 'multi' && i === segments.length - 2) {
      return draftState(path, answers, current, segments[i + 1]!);
    }
    const updated = withAnswer(answers, current, segment.split('+'));
    if (typeof updated === 'string') return undefined;
    answers = updated;
    current = follows(current, answers);
  }
  return canonical(path, { answers, result: false });
}

function draftState(path: string, answers: Answers, id: QuestionId, segment: string): StatePath | undefined {
  const q = getQuestion(id);
  const values = segment.split('+');
  if (values.some((v) => !q.options.includes(v) || q.exclusive.includes(v))) return undefined;
  return canonical(path, { answers, result: false, draft: q.options.filter((o) => values.includes(o)) as Program[] });
}

function canonical(path: string, state: StatePath): StatePath | undefined {
  const normalized = path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => `${s}/`)
    .join('');
  const options = state.draft ? { draft: state.draft } : { result: state.result };
  return toStatePath(state.answers, options) === normalized ? state : undefined;
}
