/**
 * The wizard's policy: pure rules from the answers to an outcome, each rule explained with its sources and
 * the period they describe (cpor-facts.md). Rules run in the order the questions are asked; the first that
 * decides ends the run, so the reasons list reads as the chain of answers that led to the outcome. Today's
 * pages come first; what the pages of 2019–2021 said instead is attached where it still matters, labelled.
 */
import { periodOf } from '../sources/period';
import { checklistFor } from './checklist';
import type { ChangeHint, Evaluation, GuideSlug, OutcomeBasis, OutcomeId, Reason, SourceId } from './evaluation';
import { nextStep } from './flow';
import type { Answers, Goal, QuestionId } from './questions';

/** What each outcome as a whole rests on: the sources of its title and lead sentence. */
export const OUTCOME_SOURCES: Readonly<Record<OutcomeId, readonly SourceId[]>> = {
  'cpor-claim': ['S15', 'S17'],
  'admin-must-submit': ['S5', 'S15', 'S17'],
  'cannot-claim': ['S10', 'S16'],
  'find-engagement': ['S10', 'S15', 'S20'],
  'not-cpor': ['S15', 'S17'],
  'coop-claims': ['S12', 'S15', 'S19'],
  'get-started': ['S10', 'S11', 'S20'],
  'claim-in-review': ['S8', 'S9'],
  'claim-rejected': ['S8', 'S9'],
  'end-association': ['S8', 'S18', 'A1'],
  customer: ['S15', 'S17'],
};

/** The basis of an outcome: its sources and the period they describe. */
export function outcomeBasis(outcome: OutcomeId): OutcomeBasis {
  const sources = OUTCOME_SOURCES[outcome];
  return { sources, period: periodOf(sources)! };
}

type Conflict = [key: string, sources: SourceId[]];

function cite(sources: readonly SourceId[]) {
  const period = periodOf(sources);
  if (!period) throw new Error('a wizard rule must cite at least one source');
  return period;
}

function reason(ruleId: string, question: QuestionId | undefined, sources: SourceId[], conflict?: Conflict): Reason {
  const r: Reason = {
    ruleId,
    messageKey: `reasons.${ruleId}`,
    params: question ? { answer: { question } } : {},
    sources,
    period: cite(sources),
  };
  if (conflict) {
    Object.assign(r, {
      conflict: `conflicts.${conflict[0]}`,
      conflictSources: conflict[1],
      conflictPeriod: cite(conflict[1]),
    });
  }
  return r;
}

function note(id: string, sources: SourceId[], conflict?: Conflict): Reason {
  return { ...reason(id, undefined, sources, conflict), messageKey: `notes.${id}` };
}

function hint(questionId: QuestionId, id: string): ChangeHint {
  return { questionId, messageKey: `changeHints.${id}` };
}

function done(
  outcome: OutcomeId,
  reasons: Reason[],
  changeHints: ChangeHint[],
  guides: GuideSlug[],
  notes: Reason[] = [],
): Evaluation {
  return { outcome, basis: outcomeBasis(outcome), reasons, notes, changeHints, checklist: [], guides };
}

/** Today's rule for the customer first, the fixed windows of 2019–2021 as the labelled other side. */
const declineAnyTime = () =>
  note('decline-any-time', ['S15', 'S17'], ['older-windows', ['S1', 'S2', 'S3', 'S4', 'S8', 'S9']]);

/** Every partner result says what one partner per workload or subscription means for claims on this customer. */
const onePartner = () => note('one-partner', ['S3', 'S4', 'S10']);

/** Evaluates complete answers (nextStep is 'check'); undefined while a question on the path is unanswered. */
export function evaluate(a: Answers): Evaluation | undefined {
  if (nextStep(a) !== 'check') return undefined;
  if (a.audience === 'customer') {
    return done(
      'customer',
      [
        reason('audience-customer', 'audience', ['S1', 'S17', 'seeds']),
        reason('customer-decline', undefined, ['S15', 'S17'], ['older-windows', ['S1', 'S2', 'S3', 'S4', 'S8', 'S9']]),
      ],
      [hint('audience', 'audience-partner')],
      ['for-customers-decide', 'opt-out-deadline', 'for-customers'],
      [
        note('how-to-decline', ['S1', 'S15', 'S17']),
        note('customer-data', ['S1', 'S17', 'seeds']),
        note('notify-time', ['S3'], ['notify-time', ['S8']]),
      ],
    );
  }
  const situation = hint('situation', 'situation');
  switch (a.situation) {
    case 'review':
      return done(
        'claim-in-review',
        [reason('situation-review', 'situation', ['S8', 'S9'])],
        [situation],
        ['manage-statuses', 'manage-editing', 'issues-competing'],
        [
          note('editing', ['S8'], ['editing', ['S3']]),
          note('comments', ['S8']),
          declineAnyTime(),
          note('payout', ['S8']),
          onePartner(),
        ],
      );
    case 'rejected':
      return done(
        'claim-rejected',
        [reason('situation-rejected', 'situation', ['S8', 'S9'])],
        [situation],
        ['manage-disputes', 'create-association', 'issues-competing'],
        [
          note('after-30-days', ['S8']),
          note('dispute-before-july-2020', ['S9']),
          note('rejection-reasons', ['S8']),
          onePartner(),
        ],
      );
    case 'end':
      return done(
        'end-association',
        [reason('situation-end', 'situation', ['S18', 'A1'], ['end-older', ['S8']])],
        [situation],
        ['manage-ending'],
        [note('no-lifetime', ['S10', 'S16']), onePartner()],
      );
    default:
      return newClaim(a);
  }
}

/** The engagement (or other aim) the reader chose, as the first deciding reason of a new claim. */
function goalReason(goal: Goal): Reason {
  if (goal === 'ba-revenue')
    return reason('goal-ba-revenue', 'goal', ['S10', 'S15', 'S17'], ['program-names', ['S1', 'S2']]);
  if (goal === 'coop') return reason('goal-coop', 'goal', ['S3', 'S12', 'S15', 'S19']);
  if (goal === 'none') return reason('goal-none', 'goal', ['S10', 'S11', 'S20']);
  if (goal === 'unknown') return reason('goal-unknown', 'goal', ['S10', 'S15', 'S20']);
  return reason(`goal-${goal}`, 'goal', ['S15', 'S17'], ['program-names', ['S1', 'S2']]);
}

function newClaim(a: Answers): Evaluation {
  const goal = a.goal ?? 'none';
  const reasons = [goalReason(goal)];
  if (goal === 'coop') {
    return done(
      'coop-claims',
      reasons,
      [hint('goal', 'goal-engagement')],
      ['co-op-claims', 'overview'],
      [note('coop-funds', ['S12', 'S13']), note('csp-not-coop', ['S10', 'S16']), onePartner()],
    );
  }
  if (goal === 'none') {
    return done(
      'get-started',
      reasons,
      [hint('goal', 'goal-enrolled')],
      ['get-started', 'get-started-roles'],
      [note('enroll-admin', ['S20']), onePartner()],
    );
  }
  if (goal === 'unknown') {
    if (a.area === 'other') {
      reasons.push(reason('area-other', 'area', ['S15', 'S17']));
      return done(
        'not-cpor',
        reasons,
        [hint('area', 'area-cpor'), hint('goal', 'goal-known')],
        ['overview', 'get-started'],
        [onePartner()],
      );
    }
    reasons.push(reason(a.area === 'ba' ? 'area-ba' : 'area-mws', 'area', ['S3', 'S15', 'S17']));
    const notes = [note('find-engagement', ['S10', 'S15', 'S20'])];
    if (a.area === 'ba') notes.push(note('ba-csp', ['S10', 'S16']));
    notes.push(onePartner());
    return done('find-engagement', reasons, [hint('goal', 'goal-known')], ['get-started', 'create-association'], notes);
  }
  if (goal === 'mws-usage') reasons.push(reason('csp-not-asked', undefined, ['S10', 'S16', 'S12', 'S19']));
  else if (a.purchase === 'csp') {
    reasons.push(reason('purchase-csp', 'purchase', ['S10', 'S16']));
    return done(
      'cannot-claim',
      reasons,
      [hint('purchase', 'purchase-not-csp')],
      ['issues-subscription', 'co-op-claims', 'create-association'],
      [note('fix-subscription', ['S10', 'S16']), note('csp-coop-funds', ['S12', 'S16', 'S19']), onePartner()],
    );
  } else
    reasons.push(reason(a.purchase === 'unsure' ? 'purchase-unsure' : 'purchase-vl-web', 'purchase', ['S10', 'S16']));
  return roleOutcome(a, reasons);
}

/** The last rule: who can submit. The pages disagree on roles (conflict 4), so each reason says how. */
function roleOutcome(a: Answers, reasons: Reason[]): Evaluation {
  const notes = [
    declineAnyTime(),
    note('payout', ['S8']),
    note('pci-credit', ['S14']),
    note('before-2019', ['S3', 'S4']),
    onePartner(),
  ];
  const guides: GuideSlug[] = ['create-prepare', 'manage-statuses', 'issues-competing'];
  const checklist = checklistFor(a);
  if (a.role === 'admin') {
    reasons.push(reason('role-admin', 'role', ['S3', 'S5', 'S15'], ['roles-older', ['S8', 'S10']]));
    return { ...done('cpor-claim', reasons, [], guides, notes), checklist };
  }
  const conflict: Conflict =
    a.role === 'user' ? ['roles-user', ['S1', 'S2', 'S17', 'seeds']] : ['roles-older', ['S8', 'S10']];
  reasons.push(reason(`role-${a.role ?? 'other'}`, 'role', ['S3', 'S5', 'S15', 'S20'], conflict));
  guides.push('get-started-roles');
  return { ...done('admin-must-submit', reasons, [hint('role', 'role-admin')], guides, notes), checklist };
}
