/** The headers step reads each page's policy with a pattern: it must find exactly what a parser would. */
import { describe, expect, it } from 'vitest';
import { metaCsp } from '../../../src/domain/site-checks/csp';

describe('metaCsp', () => {
  it('reads the policy from the head, without a trailing semicolon', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc=';"></head><body></body></html>`;
    expect(metaCsp(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
  });

  it('accepts either attribute order, single quotes and character references', () => {
    expect(
      metaCsp(`<head><meta content='default-src &#39;self&#39;' http-equiv="Content-Security-Policy"></head>`),
    ).toBe("default-src 'self'");
  });

  it('ignores a policy-like tag in the body and pages without one', () => {
    expect(
      metaCsp(
        `<head><title>x</title></head><body><meta http-equiv="content-security-policy" content="default-src *"></body>`,
      ),
    ).toBeUndefined();
    expect(metaCsp('<p>no head at all</p>')).toBeUndefined();
  });
});
