/**
 * The island's second chunk, loaded with import() once the reader has answered a question or the URL
 * carries answers: the query parser, the rules, the check list, the outcome and its actions. Questions alone need none of it,
 * so the first download stays within the 12 KB budget.
 */
export { evaluate } from '../../domain/eligibility/evaluate';
export { parseWizardQuery } from '../../domain/eligibility/query';
export { CheckAnswers } from './CheckAnswers';
export { Outcome } from './Outcome';
export { OutcomeActions } from './OutcomeActions';
export { QueryErrors } from './QueryErrors';
