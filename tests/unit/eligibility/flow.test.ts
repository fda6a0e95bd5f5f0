import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/domain/eligibility/evaluate';
import { OUTCOMES } from '../../../src/domain/eligibility/evaluation';
import { answersBefore, follows, nextStep, previousQuestion, prune, walk } from '../../../src/domain/eligibility/flow';
import { QUESTION_IDS, questions, withAnswer, type Answers } from '../../../src/domain/eligibility/questions';
import { enumerateStates } from '../../../src/domain/eligibility/states';
import { answerQuestion, backState, resolveView } from '../../../src/domain/eligibility/steps';

const states = enumerateStates();
const complete = states.filter((s) => s.kind === 'check');
const open = states.filter((s) => s.kind === 'question');

describe('every path through the decision table', () => {
  it('reaches an outcome from every complete set of answers', () => {
    expect(complete.length).toBeGreaterThan(0);
    for (const s of complete) expect(evaluate(s.answers), s.path).toBeDefined();
  });

  it('reaches every outcome', () => {
    const reached = new Set(complete.map((s) => evaluate(s.answers)!.outcome));
    expect([...reached].sort()).toEqual([...OUTCOMES].sort());
  });

  it('defines the next step for every answer to every open question', () => {
    for (const s of open) {
      const id = nextStep(s.answers);
      expect(id).not.toBe('check');
      if (id === 'check') continue;
      for (const option of questions.find((q) => q.id === id)!.options) {
        const answered = withAnswer(s.answers, id, [option]);
        expect(typeof answered, `${s.path} ${id}=${option}`).toBe('object');
        expect([...QUESTION_IDS, 'check']).toContain(follows(id, answered as Answers));
      }
    }
  });

  it('asks every question on some path and never asks one twice', () => {
    const asked = new Set(open.map((s) => nextStep(s.answers)));
    expect([...asked].sort()).toEqual([...QUESTION_IDS].sort());
    for (const s of complete) {
      const { asked: path } = walk(s.answers);
      expect(new Set(path).size).toBe(path.length);
    }
  });

  it('has no outcome while a question on the path is unanswered', () => {
    for (const s of open) expect(evaluate(s.answers), s.path).toBeUndefined();
  });

  it('asks a partner about the claim first, and how the customer bought only for Business Applications', () => {
    expect(follows('audience', { audience: 'partner' })).toBe('situation');
    for (const s of complete) {
      const { asked } = walk(s.answers);
      if (s.answers.audience === 'partner') expect(asked[1]).toBe('situation');
      if (asked.includes('purchase')) expect(s.answers.goal).toMatch(/^ba-/);
      if (s.answers.goal === 'mws-usage') expect(asked).not.toContain('purchase');
      if (s.answers.situation !== undefined && s.answers.situation !== 'new') expect(asked).toHaveLength(2);
    }
  });

  it('keeps the plain version small: one state per answer path, no more than 120 per locale', () => {
    expect(states.length).toBeLessThanOrEqual(120);
    expect(new Set(states.map((s) => s.path)).size).toBe(states.length);
  });
});

describe('changing an answer', () => {
  const full: Answers = { audience: 'partner', situation: 'new', goal: 'ba-usage', purchase: 'vl-web', role: 'admin' };

  it.each<[string, keyof Answers, string[], Answers]>([
    ['to customer drops every partner answer', 'audience', ['customer'], { audience: 'customer' }],
    ['situation to rejected drops the rest', 'situation', ['rejected'], { audience: 'partner', situation: 'rejected' }],
    [
      'goal to co-op drops purchase and role',
      'goal',
      ['coop'],
      { audience: 'partner', situation: 'new', goal: 'coop' },
    ],
    [
      'goal to Modern Work and Security usage drops the purchase answer but keeps the role',
      'goal',
      ['mws-usage'],
      { audience: 'partner', situation: 'new', goal: 'mws-usage', role: 'admin' },
    ],
    [
      'purchase to CSP drops the role',
      'purchase',
      ['csp'],
      { audience: 'partner', situation: 'new', goal: 'ba-usage', purchase: 'csp' },
    ],
  ])('%s', (_, id, values, want) => {
    expect(answerQuestion(full, id, values)).toEqual({ answers: want });
  });

  it('keeps later answers that may still apply and asks the new question first', () => {
    const mws: Answers = { audience: 'partner', situation: 'new', goal: 'mws-usage', role: 'user' };
    const next = answerQuestion(mws, 'goal', ['ba-presales']);
    if (typeof next === 'string') throw new Error(next);
    expect(next.answers.role).toBe('user');
    expect(resolveView(next)).toEqual({ kind: 'question', question: 'purchase', editing: false });
    const done = answerQuestion(next.answers, 'purchase', ['vl-web']);
    if (typeof done === 'string') throw new Error(done);
    expect(resolveView(done).kind).toBe('check');
  });

  it.each([
    [[], 'empty'],
    [['coop', 'none'], 'invalid'],
    [['bogus'], 'invalid'],
  ])('refuses the goal %j as %s', (values, error) => {
    expect(answerQuestion({ audience: 'partner', situation: 'new' }, 'goal', values)).toBe(error);
  });

  it('is idempotent and never keeps an answer off the path', () => {
    for (const s of complete) {
      expect(prune(s.answers)).toEqual(s.answers);
      const extra = { ...s.answers, purchase: 'csp', role: 'other', area: 'ba' } as Answers;
      const pruned = prune(extra);
      for (const id of QUESTION_IDS) if (pruned[id] !== undefined) expect(walk(pruned).asked).toContain(id);
    }
  });
});

describe('back links', () => {
  it('lead from each question to the one before it, and from the first question nowhere', () => {
    for (const s of open) {
      const view = resolveView({ answers: s.answers });
      const back = backState(s.answers, view);
      const { asked } = walk(s.answers);
      if (asked.length === 0) expect(back).toBeUndefined();
      else expect(back).toEqual({ answers: s.answers, step: asked[asked.length - 1] });
    }
  });

  it('lead from the result to the check list and from there to the last question', () => {
    for (const s of complete) {
      const result = resolveView({ answers: s.answers, step: 'result' });
      expect(backState(s.answers, result)).toEqual({ answers: s.answers, step: 'check' });
      const last = walk(s.answers).asked.at(-1);
      expect(backState(s.answers, { kind: 'check' })).toEqual({ answers: s.answers, step: last });
      expect(previousQuestion(s.answers, 'audience')).toBeUndefined();
    }
  });

  it('answersBefore keeps only the questions asked earlier', () => {
    const a: Answers = { audience: 'partner', situation: 'new', goal: 'unknown', area: 'mws' };
    expect(answersBefore(a, 'goal')).toEqual({ audience: 'partner', situation: 'new' });
    expect(answersBefore(a, 'audience')).toEqual({});
  });
});

describe('questions as data', () => {
  it('has unique ids and options, and cites at least one source per question', () => {
    expect(new Set(QUESTION_IDS).size).toBe(questions.length);
    for (const q of questions) {
      expect(new Set(q.options).size).toBe(q.options.length);
      expect(q.sources.length).toBeGreaterThan(0);
    }
  });
});
