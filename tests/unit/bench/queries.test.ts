import { describe, expect, it } from 'vitest';
import { pickQueries } from '../../../bench/core/queries';

describe('pickQueries', () => {
  it('takes distinct words of some length, no numbers, spread over the text', () => {
    const text =
      'The partner claims a customer. The customer opts out within 5 business days; partner claims expire. 12345 Association association.';
    expect(pickQueries(text, 'en', 10)).toEqual([
      'partner',
      'claims',
      'customer',
      'within',
      'business',
      'expire',
      'Association',
    ]);
  });
  it('spreads the picks evenly when there are more words than wanted', () => {
    const words = Array.from(
      { length: 100 },
      (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    );
    const picked = pickQueries(words.join(' '), 'en', 4);
    expect(picked).toEqual([words[0], words[25], words[50], words[75]]);
  });
  it('segments Japanese without spaces and keeps short CJK words', () => {
    const picked = pickQueries('顧客は関連付けの要求を受け取ります。顧客は拒否できます。', 'ja', 10);
    expect(picked.length).toBeGreaterThan(2);
    expect(picked).toContain('顧客');
    expect(new Set(picked).size).toBe(picked.length);
    for (const w of picked) expect(w).not.toMatch(/[\s。]/);
  });
});
