/**
 * Answers as a URL query (`?audience=partner&situation=new&goal=coop&step=result`), keyed by
 * question id, as a GET form would write them. Apart from the parser
 * (query.ts) so the island's first chunk carries only this.
 */
import { QUESTION_IDS, answerValues, type Answers } from './questions';
import type { Step } from './steps';

/** Writes answers (and the step to show) as a query string with a leading `?`, or '' when empty. */
export function serializeWizardQuery(answers: Answers, step?: Step): string {
  const parts: string[] = [];
  for (const id of QUESTION_IDS) {
    for (const v of answerValues(answers, id)) parts.push(`${id}=${encodeURIComponent(v)}`);
  }
  if (step !== undefined) parts.push(`step=${step}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
