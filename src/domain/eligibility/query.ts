/**
 * Answers in the URL query (`?audience=partner&situation=new&goal=coop&step=result`), keyed by
 * question id as GOV.UK Smart Answers does, so results can be shared, bookmarked and reloaded.
 * Parsing never throws: anything unusable becomes an error naming the parameter.
 */
import { prune } from './flow';
import { QUESTION_IDS, isQuestionId, withAnswer, type Answers } from './questions';
import { isStepAvailable, type Step } from './steps';

/** Longer queries are refused before parsing: no real answer set comes near it. */
export const MAX_QUERY_LENGTH = 600;
const MAX_PARAMS = 24;

export const ERROR_CODES = [
  'too-long',
  'unknown-param',
  'unreadable-param',
  'repeated',
  'invalid-value',
  'empty',
  'step-unavailable',
] as const;
export type QueryErrorCode = (typeof ERROR_CODES)[number];

export interface QueryError {
  /** The parameter's name when it is safe to show, else ''. */
  param: string;
  code: QueryErrorCode;
  messageKey: string;
}

export interface ParsedQuery {
  answers: Answers;
  step?: Step;
  errors: QueryError[];
}

const err = (param: string, code: QueryErrorCode): QueryError => ({ param, code, messageKey: `errors.${code}` });
const SAFE_NAME = /^[a-z0-9_-]{1,32}$/i;
const STEPS: readonly string[] = ['check', 'result', ...QUESTION_IDS];

/** Reads wizard answers from a query string; never throws, reports every unusable parameter. */
export function parseWizardQuery(search: string): ParsedQuery {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  if (raw.length > MAX_QUERY_LENGTH) return { answers: {}, errors: [err('', 'too-long')] };
  let entries: [string, string][];
  try {
    entries = [...new URLSearchParams(raw)];
  } catch {
    return { answers: {}, errors: [err('', 'unreadable-param')] };
  }
  if (entries.length > MAX_PARAMS) return { answers: {}, errors: [err('', 'too-long')] };
  const errors: QueryError[] = [];
  const grouped = new Map<string, string[]>();
  for (const [name, value] of entries) {
    if (name !== 'step' && !isQuestionId(name)) {
      errors.push(SAFE_NAME.test(name) ? err(name, 'unknown-param') : err('', 'unreadable-param'));
      continue;
    }
    grouped.set(name, [...(grouped.get(name) ?? []), value]);
  }
  let answers: Answers = {};
  for (const id of QUESTION_IDS) {
    const values = grouped.get(id);
    if (!values) continue;
    if (values.length > 1) {
      errors.push(err(id, 'repeated'));
      continue;
    }
    const updated = withAnswer(answers, id, values.includes('') ? [] : values);
    if (typeof updated === 'string') errors.push(err(id, updated === 'invalid' ? 'invalid-value' : 'empty'));
    else answers = updated;
  }
  answers = prune(answers);
  const stepValues = grouped.get('step') ?? [];
  const step = stepValues[0];
  if (stepValues.length > 1) errors.push(err('step', 'repeated'));
  else if (step !== undefined && !STEPS.includes(step)) errors.push(err('step', 'invalid-value'));
  else if (step !== undefined && !isStepAvailable(answers, step as Step)) errors.push(err('step', 'step-unavailable'));
  else if (step !== undefined) return { answers, step: step as Step, errors };
  return { answers, errors };
}

export { serializeWizardQuery } from './serialize';
