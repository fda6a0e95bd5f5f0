import { describe, expect, it } from 'vitest';
import {
  copyTitle,
  deriveUnits,
  nudgeSource,
  pagePlan,
  prng,
  SCALE_LOCALE_CODES,
  seedOf,
} from '../../../bench/core/synth';
import { localeEntry } from '../../../src/domain/i18n/scaffold';
import { matchPage } from '../../../src/domain/translation/match';
import type { TranslationUnit } from '../../../src/domain/translation/store';

describe('SCALE_LOCALE_CODES', () => {
  it("has fifty distinct codes that Intl knows, starting with the site's own", () => {
    expect(SCALE_LOCALE_CODES).toHaveLength(50);
    expect(new Set(SCALE_LOCALE_CODES).size).toBe(50);
    expect(SCALE_LOCALE_CODES.slice(0, 5)).toEqual(['en', 'tr', 'hu', 'ar', 'ja']);
    for (const code of SCALE_LOCALE_CODES) expect(() => localeEntry(code)).not.toThrow();
  });
  it('covers many different plural rules', () => {
    const rules = new Set(
      SCALE_LOCALE_CODES.map((c) => new Intl.PluralRules(c).resolvedOptions().pluralCategories.sort().join()),
    );
    expect(rules.size).toBeGreaterThanOrEqual(8);
  });
});

describe('prng and seedOf', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = prng(seedOf('tr/overview'));
    const b = prng(seedOf('tr/overview'));
    const c = prng(seedOf('hu/overview'));
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('pagePlan', () => {
  it('gives distinct slugs: the real pages, then numbered copies', () => {
    const plan = pagePlan(['a', 'b', 'c'], 7);
    expect(plan.map((p) => p.slug)).toEqual(['a', 'b', 'c', 'a-2', 'b-2', 'c-2', 'a-3']);
    expect(plan[6]).toEqual({ slug: 'a-3', from: 'a', copy: 2 });
    expect(copyTitle('Overview', 0)).toBe('Overview');
    expect(copyTitle('Overview', 2)).toBe('Overview (3)');
  });
});

describe('deriveUnits', () => {
  const sentences = Array.from(
    { length: 400 },
    (_, i) => `Customers get notice number ${i} about the association request.`,
  );
  const units: TranslationUnit[] = sentences.map((s, i) => ({
    source: s,
    target: `Çeviri ${i}.`,
    type: 'MT',
    origin: 'x',
  }));

  it('keeps about 70 % current, 15 % outdated and drops about 15 %, as the matcher sees them', () => {
    const derived = deriveUnits(units, prng(42));
    const m = matchPage([{ ref: '0', passages: sentences }], derived);
    expect(m.counts.total).toBe(400);
    expect(m.counts.current / 400).toBeCloseTo(0.7, 1);
    expect(m.counts.outdated / 400).toBeCloseTo(0.15, 1);
    expect(m.counts.missing / 400).toBeCloseTo(0.15, 1);
  });

  it('is deterministic for a seed', () => {
    expect(deriveUnits(units, prng(7))).toEqual(deriveUnits(units, prng(7)));
  });

  it("renames the title unit of a copy so the copy's title is translated", () => {
    const title: TranslationUnit = { source: 'Overview', target: 'Genel bakış', type: 'HT' };
    const derived = deriveUnits([title], () => 0, { title: { from: 'Overview', to: 'Overview (2)', copy: 1 } });
    expect(derived).toEqual([{ source: 'Overview (2)', target: 'Genel bakış (2)', type: 'HT' }]);
  });

  it.each([
    ['Customers may opt out.', 'customers may opt out.'],
    ['**Incentives** tab', '**incentives** tab'],
    ['2020: the rule', '2020: The rule'],
  ])('nudgeSource(%j) changes one letter', (s, want) => expect(nudgeSource(s)).toBe(want));
});
