import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseWizardQuery, serializeWizardQuery } from '../../../src/domain/eligibility/query';
import { enumerateStates } from '../../../src/domain/eligibility/states';
import { resolveView } from '../../../src/domain/eligibility/steps';
import { evaluate } from '../../../src/domain/eligibility/evaluate';

const complete = enumerateStates().filter((s) => s.kind === 'check');

describe('answers in the query string', () => {
  it('round-trips every complete set of answers, with and without the result step', () => {
    for (const s of complete) {
      for (const step of [undefined, 'result', 'check'] as const) {
        const parsed = parseWizardQuery(serializeWizardQuery(s.answers, step));
        expect(parsed.errors).toEqual([]);
        expect(parsed.answers).toEqual(s.answers);
        expect(parsed.step).toBe(step);
      }
    }
  });

  it('reproduces the shared result from its URL', () => {
    const s = complete.find((c) => c.path === 'partner/new/ba-usage/vl-web/admin/')!;
    const parsed = parseWizardQuery(serializeWizardQuery(s.answers, 'result'));
    expect(resolveView(parsed).kind).toBe('result');
    expect(evaluate(parsed.answers)?.outcome).toBe('cpor-claim');
  });

  it('writes answers keyed by question, like a GET form, in the order the questions are asked', () => {
    expect(serializeWizardQuery({ goal: 'coop', audience: 'partner', situation: 'new' }, 'result')).toBe(
      '?audience=partner&situation=new&goal=coop&step=result',
    );
    expect(serializeWizardQuery({})).toBe('');
  });

  it('accepts answers in any order and without the leading question mark', () => {
    expect(parseWizardQuery('goal=coop&situation=new&audience=partner').answers).toEqual({
      audience: 'partner',
      situation: 'new',
      goal: 'coop',
    });
  });

  it.each<[string, string, string, string]>([
    ['an unknown parameter', '?audience=partner&colour=blue', 'colour', 'unknown-param'],
    ['an unknown value', '?audience=robot', 'audience', 'invalid-value'],
    ['a repeated single answer', '?audience=partner&audience=customer', 'audience', 'repeated'],
    ['an empty answer', '?audience=', 'audience', 'empty'],
    ['two answers to one question', '?audience=partner&situation=new&goal=coop&goal=none', 'goal', 'repeated'],
    ['an answer from the older questions', '?audience=partner&programs=osa-sell', 'programs', 'unknown-param'],
    ['a script payload as a value', '?audience=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'audience', 'invalid-value'],
    ['a script payload as a name', '?%3Cscript%3Ealert(1)%3C%2Fscript%3E=1', '', 'unreadable-param'],
    ['an unknown step', '?step=finish', 'step', 'invalid-value'],
    ['a result before the answers decide one', '?audience=partner&step=result', 'step', 'step-unavailable'],
    ['a question the answers do not reach', '?audience=customer&step=role', 'step', 'step-unavailable'],
    ['an overlong query', `?audience=partner&x=${'a'.repeat(MAX_QUERY_LENGTH)}`, '', 'too-long'],
    ['hundreds of parameters', `?${'a=1&'.repeat(100)}`, '', 'too-long'],
  ])('reports %s by parameter name', (_, search, param, code) => {
    const { errors } = parseWizardQuery(search);
    expect(errors).toContainEqual({ param, code, messageKey: `errors.${code}` });
  });

  it('keeps the valid answers beside the errors, so the reader can go on with them', () => {
    const parsed = parseWizardQuery('?audience=partner&situation=new&goal=tablets');
    expect(parsed.answers).toEqual({ audience: 'partner', situation: 'new' });
    expect(parsed.errors.map((e) => e.param)).toEqual(['goal']);
  });

  it('quietly drops answers that do not apply to the path', () => {
    const parsed = parseWizardQuery('?audience=customer&goal=coop');
    expect(parsed).toEqual({ answers: { audience: 'customer' }, errors: [] });
  });

  it('never throws and never echoes a parameter name that is not a plain word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 800 }), (search) => {
        const parsed = parseWizardQuery(search);
        for (const e of parsed.errors) expect(e.param).toMatch(/^[a-z0-9_-]{0,32}$/i);
      }),
      { numRuns: 500 },
    );
    for (const bad of ['%', '%E0%A4%A', '?&&&=', '?=x', '?audience=partner%00', '?goal'])
      expect(() => parseWizardQuery(bad)).not.toThrow();
  });
});
