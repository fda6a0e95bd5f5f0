/** The shape of a wizard outcome: what the reader should do, and every rule and source behind it. */
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

/** Source tags of /work/shared/facts/cpor-facts.md; each has a short label in wizard.json `sources`. */
export const SOURCE_IDS = [
  'S1',
  'S2',
  'S3',
  'S4',
  'S5',
  'S6',
  'S7',
  'S8',
  'S9',
  'S10',
  'S11',
  'S12',
  'S13',
  'S14',
  'S15',
  'S16',
  'S17',
  'S18',
  'S19',
  'S20',
  'A1',
  'A3',
  'seeds',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

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
