import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/domain/eligibility/evaluate';
import type { OutcomeId } from '../../../src/domain/eligibility/evaluation';
import { walk } from '../../../src/domain/eligibility/flow';
import type { Answers } from '../../../src/domain/eligibility/questions';
import { enumerateStates } from '../../../src/domain/eligibility/states';

const complete = enumerateStates().filter((s) => s.kind === 'check');
const partner = (rest: Answers): Answers => ({ audience: 'partner', ...rest });
const fresh = (rest: Answers): Answers => partner({ situation: 'new', ...rest });
const rules = (a: Answers) => {
  const e = evaluate(a)!;
  return [...e.reasons, ...e.notes].map((r) => r.ruleId);
};

describe('outcomes for representative answers', () => {
  it.each<[string, Answers, OutcomeId, string | undefined]>([
    ['a customer', { audience: 'customer' }, 'customer', 'audience'],
    ['a claim in review', partner({ situation: 'review' }), 'claim-in-review', 'situation'],
    ['a rejected claim', partner({ situation: 'rejected' }), 'claim-rejected', 'situation'],
    ['an association to end', partner({ situation: 'end' }), 'end-association', 'situation'],
    ['co-op funds', fresh({ goal: 'coop' }), 'coop-claims', 'goal'],
    ['not enrolled', fresh({ goal: 'none' }), 'get-started', 'goal'],
    ['engagement unknown, Modern Work', fresh({ goal: 'unknown', area: 'mws' }), 'find-engagement', 'goal'],
    ['engagement unknown, other area', fresh({ goal: 'unknown', area: 'other' }), 'not-cpor', 'area'],
    ['Microsoft 365 usage, admin', fresh({ goal: 'mws-usage', role: 'admin' }), 'cpor-claim', undefined],
    ['Microsoft 365 usage, user', fresh({ goal: 'mws-usage', role: 'user' }), 'admin-must-submit', 'role'],
    [
      'Business Applications bought through CSP',
      fresh({ goal: 'ba-usage', purchase: 'csp' }),
      'cannot-claim',
      'purchase',
    ],
    [
      'recognition without payment, Volume Licensing, admin',
      fresh({ goal: 'ba-revenue', purchase: 'vl-web', role: 'admin' }),
      'cpor-claim',
      undefined,
    ],
  ])('%s → %s', (_, answers, outcome, hintFor) => {
    const e = evaluate(answers);
    expect(e?.outcome).toBe(outcome);
    if (hintFor) expect(e?.changeHints.map((h) => h.questionId)).toContain(hintFor);
  });

  it('never sends CSP sales of Microsoft 365 to co-op claims, and says why the channel is not asked', () => {
    const e = evaluate(fresh({ goal: 'mws-usage', role: 'admin' }))!;
    expect(e.outcome).toBe('cpor-claim');
    expect(e.reasons.map((r) => r.ruleId)).toContain('csp-not-asked');
    expect(e.guides).not.toContain('co-op-claims');
  });

  it('says a CSP subscription cannot be claimed, gives the fix, and keeps co-op funds apart', () => {
    for (const goal of ['ba-presales', 'ba-usage', 'ba-revenue'] as const) {
      const ids = rules(fresh({ goal, purchase: 'csp' }));
      expect(ids).toEqual(expect.arrayContaining(['purchase-csp', 'fix-subscription', 'csp-coop-funds']));
    }
  });

  it('treats recognition without payment as a CPOR claim', () => {
    const e = evaluate(fresh({ goal: 'ba-revenue', purchase: 'unsure', role: 'other' }))!;
    expect(e.outcome).toBe('admin-must-submit');
    expect(e.checklist.length).toBeGreaterThan(0);
    expect(rules(fresh({ goal: 'ba-revenue', purchase: 'vl-web', role: 'admin' }))).toContain('pci-credit');
  });

  it('gives a partner who does not know the engagement a way on, never only "enroll"', () => {
    for (const area of ['mws', 'ba'] as const) {
      const e = evaluate(fresh({ goal: 'unknown', area }))!;
      expect(e.outcome).toBe('find-engagement');
      expect(e.notes.map((n) => n.ruleId)).toContain('find-engagement');
      expect(e.changeHints.map((h) => h.questionId)).toEqual(['goal']);
    }
  });

  it('puts the current rule first for customers, with the older windows as the labelled other side', () => {
    const e = evaluate({ audience: 'customer' })!;
    const first = e.reasons.find((r) => r.ruleId === 'customer-decline')!;
    expect(first.period).toEqual({ current: '2026-11-22' });
    expect(first.conflictPeriod?.older).toEqual({ from: 2019, to: 2021 });
    expect(e.basis.period.older).toBeUndefined();
  });

  it('adds a purchase check to the checklist only when the reader is unsure how the customer bought', () => {
    const base = fresh({ goal: 'ba-usage', role: 'admin' });
    const keys = (a: Answers) => evaluate(a)!.checklist.map((c) => c.messageKey);
    expect(keys({ ...base, purchase: 'unsure' })).toContain('checklist.confirm-purchase');
    expect(keys({ ...base, purchase: 'vl-web' })).not.toContain('checklist.confirm-purchase');
    expect(keys({ ...base, purchase: 'vl-web' })).toContain('checklist.technical-contact');
    expect(keys(fresh({ goal: 'mws-usage', role: 'admin' }))).not.toContain('checklist.technical-contact');
  });

  it('sends partners with a claim already made to the right section of the manage page', () => {
    expect(evaluate(partner({ situation: 'rejected' }))!.guides[0]).toBe('manage-disputes');
    expect(evaluate(partner({ situation: 'end' }))!.guides).toContain('manage-ending');
    expect(evaluate(partner({ situation: 'review' }))!.guides).toContain('manage-statuses');
    expect(rules(partner({ situation: 'end' }))).toEqual(expect.arrayContaining(['situation-end', 'no-lifetime']));
    expect(evaluate(partner({ situation: 'end' }))!.reasons[0]!.conflict).toBe('conflicts.end-older');
  });
});

describe('every outcome explains itself', () => {
  it.each(complete.map((s) => [s.path, s.answers] as const))('%s', (_, answers) => {
    const e = evaluate(answers)!;
    const asked = walk(answers).asked;
    expect(e.reasons.length).toBeGreaterThan(0);
    // A reason names the reader's answers, so it may only refer to questions the reader answered.
    for (const r of [...e.reasons, ...e.notes])
      for (const p of Object.values(r.params)) expect(asked).toContain(p.question);
    for (const r of e.reasons) if (r.conflict) expect(r.conflictSources?.length).toBeGreaterThan(0);
    // Never "no" without saying which answer decided it and how to change it.
    if (e.outcome !== 'cpor-claim') {
      expect(e.changeHints.length).toBeGreaterThan(0);
      for (const h of e.changeHints) {
        expect(asked).toContain(h.questionId);
        expect(e.reasons.some((r) => Object.values(r.params).some((p) => p.question === h.questionId))).toBe(true);
      }
    }
    // Every partner result says what one partner per workload means for claims on this customer.
    if (answers.audience === 'partner') expect(e.notes.map((n) => n.ruleId)).toContain('one-partner');
    const claim = e.outcome === 'cpor-claim' || e.outcome === 'admin-must-submit';
    expect(e.checklist.length > 0).toBe(claim);
    if (claim) expect(e.guides).toContain('create-prepare');
  });
});
