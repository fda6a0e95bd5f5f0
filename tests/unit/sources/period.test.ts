/**
 * Every rule of the wizard and the calculator cites at least one source of the register, and every rule and
 * outcome carries the period those sources describe; the browser's copy of each source's era matches the register.
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_RULE, RULES } from '../../../src/domain/deadline/rules';
import { evaluate, OUTCOME_SOURCES, outcomeBasis } from '../../../src/domain/eligibility/evaluate';
import { OUTCOMES, type Reason } from '../../../src/domain/eligibility/evaluation';
import { questions } from '../../../src/domain/eligibility/questions';
import { enumerateStates } from '../../../src/domain/eligibility/states';
import { CURRENT_CHECKED, periodOf, SOURCE_ERAS } from '../../../src/domain/sources/period';
import { isSourceId, SOURCES, SOURCES_CHECKED, type SourceId } from '../../../src/domain/sources/register';

/** Fails with the place when a list of sources is empty or names an id the register lacks. */
function expectCited(sources: readonly string[], where: string): void {
  expect(sources.length, `${where} cites no source`).toBeGreaterThan(0);
  expect(
    sources.filter((id) => !isSourceId(id)),
    `${where} cites ids the register lacks`,
  ).toEqual([]);
}

describe('the period of a set of sources', () => {
  it('is the years of the older versions, the check date of the current pages, or both', () => {
    expect(periodOf(['S8', 'S9'])).toEqual({ older: { from: 2020, to: 2020 } });
    expect(periodOf(['S4', 'S1'])).toEqual({ older: { from: 2019, to: 2021 } });
    expect(periodOf(['S15', 'A1'])).toEqual({ current: CURRENT_CHECKED });
    expect(periodOf(['S5', 'S15'])).toEqual({ older: { from: 2020, to: 2020 }, current: CURRENT_CHECKED });
    expect(periodOf([])).toBeUndefined();
  });

  it('reads each source as the register has it (era, year of the version read, check date)', () => {
    expect(CURRENT_CHECKED).toBe(SOURCES_CHECKED);
    for (const s of SOURCES) {
      const era = SOURCE_ERAS[s.id as SourceId];
      if (s.period === 'older') expect(era, s.id).toEqual({ era: 'older', year: Number(s.version.slice(0, 4)) });
      else expect(era, s.id).toEqual({ era: 'current' });
    }
    expect(Object.keys(SOURCE_ERAS).sort()).toEqual(SOURCES.map((s) => s.id).sort());
  });
});

describe('the wizard', () => {
  const results = enumerateStates().filter((s) => s.kind === 'result');

  it('gives every outcome a basis of registered sources and a period', () => {
    for (const outcome of OUTCOMES) {
      expectCited(OUTCOME_SOURCES[outcome], `outcome ${outcome}`);
      const basis = outcomeBasis(outcome);
      expect(basis.period, outcome).toEqual(periodOf(basis.sources));
    }
  });

  it('cites registered sources with their period in every rule, note, conflict and checklist item on every path', () => {
    const check = (r: Reason, where: string) => {
      expectCited(r.sources, `${where} ${r.messageKey}`);
      expect(r.period, `${where} ${r.messageKey}`).toEqual(periodOf(r.sources));
      if (r.conflict) {
        expectCited(r.conflictSources ?? [], `${where} ${r.conflict}`);
        expect(r.conflictPeriod, `${where} ${r.conflict}`).toEqual(periodOf(r.conflictSources ?? []));
      }
    };
    for (const s of results) {
      const e = evaluate(s.answers)!;
      expect(e.basis.period, s.path).toBeDefined();
      expect(e.basis.sources.length, s.path).toBeGreaterThan(0);
      for (const r of [...e.reasons, ...e.notes]) check(r, s.path);
      for (const c of e.checklist) {
        expectCited(c.sources, `${s.path} ${c.messageKey}`);
        expect(c.period).toEqual(periodOf(c.sources));
      }
    }
  });

  it('cites registered sources for every question', () => {
    for (const q of questions) expectCited(q.sources, `question ${q.id}`);
  });
});

describe('the calculator', () => {
  it('cites registered sources and states the period of every rule, the current one included', () => {
    for (const rule of RULES) {
      expectCited(
        rule.sources.map((s) => s.tag),
        `calculator rule ${rule.id}`,
      );
      expect(rule.period, rule.id).toEqual(periodOf(rule.sources.map((s) => s.tag)));
      // Both counted windows are what the pages of 2019–2021 stated; today's pages state none.
      expect(rule.period.current, rule.id).toBeUndefined();
    }
    expectCited(CURRENT_RULE.sources, 'calculator: current rule');
    expect(CURRENT_RULE.period).toEqual({ current: CURRENT_CHECKED });
  });
});
