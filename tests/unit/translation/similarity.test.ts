import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeEnough, minScore, similarity } from '../../../src/domain/translation/similarity';

/** The textbook edit distance table, as the reference the library must agree with. */
function reference(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const curr = [i];
    for (let j = 1; j <= b.length; j++)
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = curr;
  }
  return prev[b.length]!;
}

describe('similarity', () => {
  it('is 1 for the same text and 0 when either is empty', () => {
    expect(similarity('Claim a customer', 'Claim a customer')).toBe(1);
    expect(similarity('', 'x')).toBe(0);
    expect(similarity('x', '')).toBe(0);
  });

  it('is one minus the edit distance over the longer length, longer than 32 characters included', () => {
    // The bit-parallel algorithm works in 32-character blocks: a naive port breaks past the first block.
    const old = 'The customer has 15 calendar days to decline the association request.';
    const now = 'The customer has 10 business days to decline the association request.';
    expect(similarity(old, now)).toBeCloseTo(1 - reference(old, now) / now.length, 10);
    expect(closeEnough(similarity(now, old, minScore(now.length)), now.length)).toBe(true);
    expect(similarity('Partner Center', 'Partner Centre')).toBeCloseTo(1 - 2 / 14, 10);
  });

  it('agrees with the textbook table on any pair above the threshold, and gives 0 below it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'ı', 'İ', '😀'), maxLength: 80 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'ı', 'İ', '😀'), maxLength: 80 }),
        fc.constantFrom(0, 0.5, 0.7, 0.85),
        (a, b, min) => {
          const got = similarity(a, b, min);
          const longer = Math.max(a.length, b.length);
          if (a === b) expect(got).toBe(1);
          else if (!a.length || !b.length) expect(got).toBe(0);
          // Pairs whose lengths differ by half or more are never compared: 0.
          else if (Math.min(a.length, b.length) / longer < 0.5) expect(got).toBe(0);
          else {
            const want = 1 - reference(a, b) / longer;
            if (want >= min) expect(got).toBeCloseTo(want, 10);
            else expect(got).toBe(0);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
