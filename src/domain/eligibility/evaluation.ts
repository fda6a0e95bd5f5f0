/** The shape of a wizard outcome: what the reader should do, and every rule and source behind it. */
import type { SourceId } from '../sources/register';
import type { QuestionId } from './questions';

export const OUTCOMES = [
  'cpor-applies',
  'admin-must-submit',
  'coop-claims',
  'get-started',
  'not-applicable',
  'customer',
] as const;
export type OutcomeId = (typeof OUTCOMES)[number];

/** The wizard cites the sources register's ids; each has a short label in wizard.json `sources`. */
export { SOURCE_IDS, type SourceId } from '../sources/register';

export const GUIDES = [
  'overview',
  'create-association',
  'manage-associations',
  'association-issues',
  'get-started',
  'co-op-claims',
  'for-customers',
  'opt-out-deadline',
] as const;
export type GuideSlug = (typeof GUIDES)[number];

/** A placeholder filled with the reader's own answer to `question` (only `values`, when given). */
export interface AnswerParam {
  question: QuestionId;
  values?: readonly string[];
}

export interface Reason {
  ruleId: string;
  /** Key in the `wizard` namespace, e.g. `reasons.programs-cpor`. */
  messageKey: string;
  params: Readonly<Record<string, AnswerParam>>;
  sources: readonly SourceId[];
  /** Where sources disagree: a note (key) saying how, with the sources on the other side. */
  conflict?: string;
  conflictSources?: readonly SourceId[];
}

export interface ChangeHint {
  questionId: QuestionId;
  messageKey: string;
}

export interface ChecklistItem {
  messageKey: string;
  sources: readonly SourceId[];
}

export interface Evaluation {
  outcome: OutcomeId;
  /** The rules that decided the outcome, in the order they were applied. */
  reasons: Reason[];
  /** Facts the reader needs next that did not decide the outcome (payout, opt-out window, co-op). */
  notes: Reason[];
  /** Which answers would lead elsewhere; every outcome other than "CPOR applies" has at least one. */
  changeHints: ChangeHint[];
  /** What to prepare before creating the association (empty unless CPOR applies). */
  checklist: ChecklistItem[];
  guides: GuideSlug[];
}
