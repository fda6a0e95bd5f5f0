/**
 * The wizard's policy: pure rules from the answers to an outcome, each rule explained with its sources
 * (cpor-facts.md). Rules run in the order the questions are asked; the first that decides ends the run,
 * so the reasons list reads as the chain of answers that led to the outcome.
 */
import { checklistFor } from './checklist';
import type { AnswerParam, ChangeHint, Evaluation, GuideSlug, OutcomeId, Reason, SourceId } from './evaluation';
import { nextStep } from './flow';
import { hasCporProgram, programsFor } from './programs';
import { CPOR_PROGRAMS, type Answers, type QuestionId } from './questions';

type Params = Record<string, AnswerParam>;

function reason(ruleId: string, params: Params, sources: SourceId[], conflict?: [string, SourceId[]]): Reason {
  const r: Reason = { ruleId, messageKey: `reasons.${ruleId}`, params, sources };
  if (conflict) Object.assign(r, { conflict: `conflicts.${conflict[0]}`, conflictSources: conflict[1] });
  return r;
}

function note(id: string, sources: SourceId[], conflict?: [string, SourceId[]]): Reason {
  return { ...reason(id, {}, sources, conflict), messageKey: `notes.${id}` };
}

function hint(questionId: QuestionId, id: string): ChangeHint {
  return { questionId, messageKey: `changeHints.${id}` };
}

const answer = (question: QuestionId): AnswerParam => ({ question });

/** The customer-facing facts every outcome about the opt-out window must qualify (conflict 1 and 2). */
const optOutNote = note(
  'opt-out-window',
  ['S1', 'S2', 'S3', 'S4', 'seeds'],
  ['opt-out-window', ['S8', 'S9', 'S15', 'S17']],
);

function done(
  outcome: OutcomeId,
  reasons: Reason[],
  changeHints: ChangeHint[],
  guides: GuideSlug[],
  notes: Reason[] = [],
): Evaluation {
  return { outcome, reasons, notes, changeHints, checklist: [], guides };
}

/** Evaluates complete answers (nextStep is 'check'); undefined while a question on the path is unanswered. */
export function evaluate(a: Answers): Evaluation | undefined {
  if (nextStep(a) !== 'check') return undefined;
  if (a.audience === 'customer') {
    return done(
      'customer',
      [reason('audience-customer', { answer: answer('audience') }, ['S1', 'S17', 'seeds'])],
      [hint('audience', 'audience-partner')],
      ['for-customers', 'opt-out-deadline'],
      [note('customer-data', ['S1', 'S17', 'seeds']), optOutNote, note('notify-time', ['S3'], ['notify-time', ['S8']])],
    );
  }
  const programs = a.programs ?? [];
  const coopNote = programs.includes('coop') ? [note('coop-also', ['S3', 'S12', 'S19'])] : [];
  if (programs.includes('none')) {
    return done(
      'get-started',
      [reason('programs-none', { answer: answer('programs') }, ['S1', 'S2', 'S11'])],
      [hint('programs', 'programs-enrolled')],
      ['get-started', 'overview'],
      [note('enroll-admin', ['S20'])],
    );
  }
  if (programs.includes('unsure')) {
    return done(
      'get-started',
      [reason('programs-unsure', { answer: answer('programs') }, ['S1', 'S2', 'S10', 'S20'])],
      [hint('programs', 'programs-known')],
      ['get-started', 'overview'],
      [note('enroll-admin', ['S20'])],
    );
  }
  if (!hasCporProgram(programs)) {
    return done(
      'coop-claims',
      [reason('programs-coop-only', { answer: answer('programs') }, ['S3', 'S5', 'S12', 'S15'])],
      [hint('programs', 'programs-add-cpor')],
      ['co-op-claims', 'overview'],
      [note('coop-funds', ['S12', 'S13'])],
    );
  }
  // Name only the reader's CPOR programs here; a co-op program they also chose gets its own note.
  const cpor = programs.filter((p) => (CPOR_PROGRAMS as readonly string[]).includes(p));
  const reasons = [
    reason(
      'programs-cpor',
      { answer: { question: 'programs', values: cpor } },
      ['S1', 'S2', 'seeds'],
      ['program-names', ['S15', 'S17']],
    ),
  ];
  if (a.customers === 'other') {
    reasons.push(reason('customers-other', { answer: answer('customers') }, ['S1', 'S2', 'S17']));
    return done('not-applicable', reasons, [hint('customers', 'customers-m365-d365')], ['overview'], coopNote);
  }
  const customers = a.customers ?? 'other';
  const matched = programsFor(programs, customers);
  const params = { customers: answer('customers'), programs: { question: 'programs', values: matched } } as const;
  if (matched.length === 0) {
    reasons.push(
      reason(`customers-${customers}-unmatched`, { customers: answer('customers'), programs: answer('programs') }, [
        'S3',
        'S4',
        'S10',
      ]),
    );
    const add = customers === 'm365' ? 'programs-add-osu-m365' : 'programs-add-bizapps';
    return done(
      'get-started',
      reasons,
      [hint('programs', add), hint('customers', 'customers-match')],
      ['get-started', 'overview'],
      coopNote,
    );
  }
  reasons.push(reason(`customers-${customers}-matched`, params, ['S1', 'S3', 'S10']));
  if (a.claim === 'no') {
    reasons.push(reason('claim-no', { answer: answer('claim') }, ['S1', 'S17', 'seeds']));
    return done(
      'not-applicable',
      reasons,
      [hint('claim', 'claim-yes')],
      ['overview'],
      [note('usage-data', ['S1', 'S17', 'seeds']), ...coopNote],
    );
  }
  reasons.push(reason('claim-yes', { answer: answer('claim') }, ['S1', 'S2', 'S17']));
  if (customers === 'd365') {
    if (a.purchase === 'csp') {
      reasons.push(reason('purchase-csp', { answer: answer('purchase') }, ['S10', 'S16']));
      const coopCsp = programs.includes('coop') ? [note('coop-csp', ['S12', 'S19'])] : [];
      return done(
        'not-applicable',
        reasons,
        [hint('purchase', 'purchase-not-csp')],
        ['association-issues', 'overview'],
        coopCsp,
      );
    }
    reasons.push(
      reason(a.purchase === 'unsure' ? 'purchase-unsure' : 'purchase-vl-web', { answer: answer('purchase') }, [
        'S10',
        'S16',
      ]),
    );
  }
  return roleOutcome(a, reasons, coopNote);
}

/** The last rule: who can submit. The pages disagree on roles (conflict 4), so each reason says how. */
function roleOutcome(a: Answers, reasons: Reason[], coopNote: Reason[]): Evaluation {
  const notes = [note('payout', ['S8']), optOutNote, ...coopNote];
  const guides: GuideSlug[] = ['create-association', 'manage-associations', 'association-issues'];
  const checklist = checklistFor(a);
  if (a.role === 'admin') {
    reasons.push(reason('role-admin', { answer: answer('role') }, ['S3', 'S5', 'S15'], ['roles-older', ['S8', 'S10']]));
    return { ...done('cpor-applies', reasons, [], guides, notes), checklist };
  }
  const conflict: [string, SourceId[]] =
    a.role === 'user' ? ['roles-user', ['S1', 'S2', 'S17', 'seeds']] : ['roles-older', ['S8', 'S10']];
  reasons.push(reason(`role-${a.role ?? 'other'}`, { answer: answer('role') }, ['S3', 'S5', 'S15', 'S20'], conflict));
  return { ...done('admin-must-submit', reasons, [hint('role', 'role-admin')], guides, notes), checklist };
}
