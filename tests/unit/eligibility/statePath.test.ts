import { describe, expect, it } from 'vitest';
import { fromStatePath, toStatePath } from '../../../src/domain/eligibility/statePath';
import { staticHref } from '../../../src/domain/eligibility/href';
import { enumerateStates } from '../../../src/domain/eligibility/states';

const states = enumerateStates();

describe('state paths (the fragments of the wizard without JavaScript)', () => {
  it('gives every state a unique path that reads back to the same state', () => {
    expect(new Set(states.map((s) => s.path)).size).toBe(states.length);
    for (const s of states) {
      const back = fromStatePath(s.path);
      expect(back, s.path).toBeDefined();
      expect(back!.answers).toEqual(s.answers);
      expect(back!.result).toBe(s.kind === 'result');
      expect(back!.draft).toEqual(s.draft);
    }
  });

  it('spells answers in the order they are asked, with ticked programs joined by +', () => {
    expect(toStatePath({ audience: 'partner', programs: ['osa-sell', 'coop'], customers: 'd365' })).toBe(
      'partner/osa-sell+coop/d365/',
    );
    expect(toStatePath({})).toBe('');
    expect(toStatePath({ audience: 'customer' }, { result: true })).toBe('customer/result/');
  });

  it.each([
    'robot/',
    'partner/coop+osa-sell/',
    'partner/osa-sell/m365/yes/',
    'customer/osa-sell/',
    'partner/none+coop/',
    'partner/result/',
    'partner/choose/none/',
    'partner/choose/',
    'partner/choose/osa-sell/extra/',
    'partner/osu-m365/m365/yes/admin/result/more/',
    '<script>/',
  ])('rejects %s', (path) => {
    expect(fromStatePath(path)).toBeUndefined();
  });

  it('links every option, Change and Back in the plain version to a state', () => {
    const paths = new Set(states.map((s) => s.path));
    const href = staticHref('/base/en/eligibility/steps/#/');
    const rel = (url: string) => url.replace('/base/en/eligibility/steps/#/', '');
    for (const s of states.filter((x) => x.kind === 'check')) {
      for (const step of [
        undefined,
        'check',
        'result',
        'audience',
        'programs',
        'customers',
        'claim',
        'purchase',
        'role',
      ] as const) {
        const url = rel(href(step === undefined ? { answers: s.answers } : { answers: s.answers, step }));
        if (step === undefined || step === 'check' || step === 'result' || s.answers[step] !== undefined)
          expect(paths, url).toContain(url);
      }
    }
  });
});
