/** The shape of a wizard outcome: what the reader should do, every rule and source behind it, and its period. */
import type { Period } from '../sources/period';
import type { SourceId } from '../sources/register';
import type { QuestionId } from './questions';

export const OUTCOMES = [
  'cpor-claim',
  'admin-must-submit',
  'cannot-claim',
  'find-engagement',
  'not-cpor',
  'coop-claims',
  'get-started',
  'claim-in-review',
  'claim-rejected',
  'end-association',
  'customer',
] as const;
export type OutcomeId = (typeof OUTCOMES)[number];

/** The wizard cites the sources register's ids; each has a short label in wizard.json `sources`. */
export { SOURCE_IDS, type SourceId } from '../sources/register';
export type { Period } from '../sources/period';

/**
 * Pages (and sections) of the guide an outcome sends the reader to, as route keys under /<lang>/. Section
 * anchors are the English headings' ids, the same in every locale; the link gate checks each one.
 */
export const GUIDES = {
  overview: 'overview/',
  'create-association': 'create-association/',
  'create-prepare': 'create-association/#what-to-prepare',
  'manage-statuses': 'manage-associations/#statuses',
  'manage-editing': 'manage-associations/#editing',
  'manage-disputes': 'manage-associations/#disputes',
  'manage-ending': 'manage-associations/#ending-an-association',
  'issues-subscription': 'association-issues/#subscription-errors',
  'issues-competing': 'association-issues/#competing-claims',
  'get-started': 'get-started/',
  'get-started-roles': 'get-started/#incentives-admin-and-incentives-user',
  'co-op-claims': 'co-op-claims/',
  'for-customers': 'for-customers/',
  'for-customers-decide': 'for-customers/#when-to-decide',
  'opt-out-deadline': 'opt-out-deadline/',
} as const;
export type GuideSlug = keyof typeof GUIDES;
export const GUIDE_SLUGS = Object.keys(GUIDES) as GuideSlug[];

/** A placeholder filled with the reader's own answer to `question`. */
export interface AnswerParam {
  question: QuestionId;
}

export interface Reason {
  ruleId: string;
  /** Key in the `wizard` namespace, e.g. `reasons.goal-coop`. */
  messageKey: string;
  params: Readonly<Record<string, AnswerParam>>;
  sources: readonly SourceId[];
  /** The period the cited sources describe (never undefined: every rule cites at least one source). */
  period: Period;
  /** Where sources disagree: a note (key) saying how, with the sources on the other side. */
  conflict?: string;
  conflictSources?: readonly SourceId[];
  conflictPeriod?: Period;
}

export interface ChangeHint {
  questionId: QuestionId;
  messageKey: string;
}

export interface ChecklistItem {
  messageKey: string;
  sources: readonly SourceId[];
  period: Period;
}

/** What an outcome as a whole rests on (shown under its title), and the period that describes. */
export interface OutcomeBasis {
  sources: readonly SourceId[];
  period: Period;
}

export interface Evaluation {
  outcome: OutcomeId;
  basis: OutcomeBasis;
  /** The rules that decided the outcome, in the order they were applied. */
  reasons: Reason[];
  /** Facts the reader needs next that did not decide the outcome (payout, the customer's window, one partner per workload). */
  notes: Reason[];
  /** Which answers would lead elsewhere; every outcome other than "make a CPOR claim" has at least one. */
  changeHints: ChangeHint[];
  /** What to prepare before creating the claim (empty unless a CPOR claim is the outcome). */
  checklist: ChecklistItem[];
  guides: GuideSlug[];
}
