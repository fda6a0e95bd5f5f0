import { describe, expect, it } from 'vitest';
import { resultPermalink, staticHref } from '../../../src/domain/eligibility/href';
import { fromStatePath, toStatePath } from '../../../src/domain/eligibility/statePath';
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
    }
  });

  it('spells answers in the order they are asked', () => {
    expect(toStatePath({ audience: 'partner', situation: 'new', goal: 'ba-usage', purchase: 'csp' })).toBe(
      'partner/new/ba-usage/csp/',
    );
    expect(toStatePath({})).toBe('');
    expect(toStatePath({ audience: 'customer' }, { result: true })).toBe('customer/result/');
  });

  it.each([
    'robot/',
    'partner/new/mws-usage/vl-web/',
    'partner/new/ba-usage+coop/',
    'customer/new/',
    'partner/result/',
    'partner/review/result/more/',
    'partner/new/unknown/mws/admin/',
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
        'situation',
        'goal',
        'area',
        'purchase',
        'role',
      ] as const) {
        const url = rel(href(step === undefined ? { answers: s.answers } : { answers: s.answers, step }));
        if (step === undefined || step === 'check' || step === 'result' || s.answers[step] !== undefined)
          expect(paths, url).toContain(url);
      }
    }
  });

  it('gives every outcome a permanent link into the plain version, never a page of its own', () => {
    const answers = { audience: 'partner', situation: 'rejected' } as const;
    expect(resultPermalink('/base/en/eligibility/steps/', answers)).toBe(
      '/base/en/eligibility/steps/#/partner/rejected/result/',
    );
    for (const s of states.filter((x) => x.kind === 'result')) {
      const link = resultPermalink('/en/eligibility/steps/', s.answers);
      expect(link.startsWith('/en/eligibility/steps/#/')).toBe(true);
      expect(fromStatePath(link.split('#/')[1]!)?.result).toBe(true);
    }
  });
});
