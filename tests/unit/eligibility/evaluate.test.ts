import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/domain/eligibility/evaluate';
import { SOURCE_IDS, type OutcomeId } from '../../../src/domain/eligibility/evaluation';
import { walk } from '../../../src/domain/eligibility/flow';
import type { Answers } from '../../../src/domain/eligibility/questions';
import { enumerateStates } from '../../../src/domain/eligibility/states';

const complete = enumerateStates().filter((s) => s.kind === 'check');
const partner = (rest: Answers): Answers => ({ audience: 'partner', ...rest });

describe('outcomes for representative answers', () => {
  it.each<[string, Answers, OutcomeId, string | undefined]>([
    ['a customer', { audience: 'customer' }, 'customer', 'audience'],
    ['no programs', partner({ programs: ['none'] }), 'get-started', 'programs'],
    ['unsure of programs', partner({ programs: ['unsure'] }), 'get-started', 'programs'],
    ['co-op only', partner({ programs: ['coop'] }), 'coop-claims', 'programs'],
    ['other customers', partner({ programs: ['osu-m365'], customers: 'other' }), 'not-applicable', 'customers'],
    [
      'Microsoft 365 work without OSU-Microsoft 365',
      partner({ programs: ['osa-sell', 'coop'], customers: 'm365' }),
      'get-started',
      'programs',
    ],
    [
      'Dynamics work with only OSU-Microsoft 365',
      partner({ programs: ['osu-m365'], customers: 'd365' }),
      'get-started',
      'programs',
    ],
    ['no claim wanted', partner({ programs: ['osu-m365'], customers: 'm365', claim: 'no' }), 'not-applicable', 'claim'],
    [
      'a CSP subscription',
      partner({ programs: ['osu-bizapps'], customers: 'd365', claim: 'yes', purchase: 'csp' }),
      'not-applicable',
      'purchase',
    ],
    [
      'an Incentives admin, Microsoft 365',
      partner({ programs: ['osu-m365'], customers: 'm365', claim: 'yes', role: 'admin' }),
      'cpor-applies',
      undefined,
    ],
    [
      'an Incentives admin, Dynamics via VL',
      partner({ programs: ['osa-sell'], customers: 'd365', claim: 'yes', purchase: 'vl-web', role: 'admin' }),
      'cpor-applies',
      undefined,
    ],
    [
      'an Incentives user',
      partner({ programs: ['osu-m365'], customers: 'm365', claim: 'yes', role: 'user' }),
      'admin-must-submit',
      'role',
    ],
    [
      'another role, purchase unsure',
      partner({ programs: ['osu-bizapps'], customers: 'd365', claim: 'yes', purchase: 'unsure', role: 'other' }),
      'admin-must-submit',
      'role',
    ],
  ])('%s → %s', (_, answers, outcome, hintFor) => {
    const e = evaluate(answers);
    expect(e?.outcome).toBe(outcome);
    if (hintFor) expect(e?.changeHints.map((h) => h.questionId)).toContain(hintFor);
  });

  it('adds a purchase check to the checklist only when the reader is unsure how the customer bought', () => {
    const base = partner({ programs: ['osu-bizapps'], customers: 'd365', claim: 'yes', role: 'admin' });
    const keys = (a: Answers) => evaluate(a)!.checklist.map((c) => c.messageKey);
    expect(keys({ ...base, purchase: 'unsure' })).toContain('checklist.confirm-purchase');
    expect(keys({ ...base, purchase: 'vl-web' })).not.toContain('checklist.confirm-purchase');
    expect(keys({ ...base, purchase: 'vl-web' })).toContain('checklist.technical-contact');
    expect(keys(partner({ programs: ['osu-m365'], customers: 'm365', claim: 'yes', role: 'admin' }))).not.toContain(
      'checklist.technical-contact',
    );
  });

  it('mentions co-op claims beside CPOR when the reader also chose a co-op program', () => {
    const notes = (programs: NonNullable<Answers['programs']>) =>
      evaluate(partner({ programs, customers: 'm365', claim: 'yes', role: 'admin' }))!.notes.map((n) => n.ruleId);
    expect(notes(['osu-m365', 'coop'])).toContain('coop-also');
    expect(notes(['osu-m365'])).not.toContain('coop-also');
  });
});

describe('every outcome explains itself', () => {
  it.each(complete.map((s) => [s.path, s.answers] as const))('%s', (_, answers) => {
    const e = evaluate(answers)!;
    const asked = walk(answers).asked;
    expect(e.reasons.length).toBeGreaterThan(0);
    for (const r of [
      ...e.reasons,
      ...e.notes,
      ...e.checklist.map((c) => ({ ...c, params: {}, conflictSources: undefined })),
    ]) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of [...r.sources, ...(r.conflictSources ?? [])]) expect(SOURCE_IDS).toContain(s);
      // A reason names the reader's answers, so it may only refer to questions the reader answered.
      for (const p of Object.values(r.params)) expect(asked).toContain(p.question);
    }
    for (const r of e.reasons) if (r.conflict) expect(r.conflictSources?.length).toBeGreaterThan(0);
    // Never "no" without saying which answer decided it and how to change it.
    if (e.outcome !== 'cpor-applies') {
      expect(e.changeHints.length).toBeGreaterThan(0);
      for (const h of e.changeHints) {
        expect(asked).toContain(h.questionId);
        expect(e.reasons.some((r) => Object.values(r.params).some((p) => p.question === h.questionId))).toBe(true);
      }
    }
    const applies = e.outcome === 'cpor-applies' || e.outcome === 'admin-must-submit';
    expect(e.checklist.length > 0).toBe(applies);
    if (applies) expect(e.guides).toContain('create-association');
  });
});
