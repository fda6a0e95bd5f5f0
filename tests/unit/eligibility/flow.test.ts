import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/domain/eligibility/evaluate';
import { OUTCOMES } from '../../../src/domain/eligibility/evaluation';
import { answersBefore, follows, nextStep, previousQuestion, prune, walk } from '../../../src/domain/eligibility/flow';
import {
  QUESTION_IDS,
  getQuestion,
  questions,
  withAnswer,
  type Answers,
} from '../../../src/domain/eligibility/questions';
import { answerChoices, enumerateStates } from '../../../src/domain/eligibility/states';
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
      for (const values of answerChoices(getQuestion(id))) {
        const answered = withAnswer(s.answers, id, values);
        expect(typeof answered, `${s.path} ${id}=${values.join('+')}`).toBe('object');
        const next = follows(id, answered as Answers);
        expect([...QUESTION_IDS, 'check']).toContain(next);
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
});

describe('changing an answer', () => {
  const full: Answers = {
    audience: 'partner',
    programs: ['osa-sell', 'osu-m365'],
    customers: 'd365',
    claim: 'yes',
    purchase: 'vl-web',
    role: 'admin',
  };

  it.each<[string, keyof Answers, string[], Answers]>([
    ['to customer drops every partner answer', 'audience', ['customer'], { audience: 'customer' }],
    ['programs to none drops the rest', 'programs', ['none'], { audience: 'partner', programs: ['none'] }],
    [
      'customers to m365 drops the purchase answer but keeps claim and role',
      'customers',
      ['m365'],
      { audience: 'partner', programs: ['osa-sell', 'osu-m365'], customers: 'm365', claim: 'yes', role: 'admin' },
    ],
    [
      'customers to other drops everything after it',
      'customers',
      ['other'],
      { audience: 'partner', programs: ['osa-sell', 'osu-m365'], customers: 'other' },
    ],
    [
      'claim to no drops purchase and role',
      'claim',
      ['no'],
      { audience: 'partner', programs: ['osa-sell', 'osu-m365'], customers: 'd365', claim: 'no' },
    ],
    [
      'purchase to csp drops the role',
      'purchase',
      ['csp'],
      { audience: 'partner', programs: ['osa-sell', 'osu-m365'], customers: 'd365', claim: 'yes', purchase: 'csp' },
    ],
    [
      'programs to osu-m365 only drops answers after the mismatch',
      'programs',
      ['osu-m365'],
      { audience: 'partner', programs: ['osu-m365'], customers: 'd365' },
    ],
  ])('%s', (_, id, values, want) => {
    const next = answerQuestion(full, id, values);
    expect(next).toEqual({ answers: want });
  });

  it('keeps later answers that may still apply and asks the new question first', () => {
    const m365: Answers = {
      audience: 'partner',
      programs: ['osa-sell', 'osu-m365'],
      customers: 'm365',
      claim: 'yes',
      role: 'user',
    };
    const next = answerQuestion(m365, 'customers', ['d365']);
    if (typeof next === 'string') throw new Error(next);
    expect(next.answers.role).toBe('user');
    expect(resolveView(next)).toEqual({ kind: 'question', question: 'purchase', editing: false });
    const done = answerQuestion(next.answers, 'purchase', ['vl-web']);
    if (typeof done === 'string') throw new Error(done);
    expect(resolveView(done).kind).toBe('check');
  });

  it.each([
    [[], 'empty'],
    [['osa-sell', 'none'], 'exclusive'],
    [['bogus'], 'invalid'],
  ])('refuses programs %j as %s', (values, error) => {
    expect(answerQuestion({ audience: 'partner' }, 'programs', values)).toBe(error);
  });

  it('is idempotent and never keeps an answer off the path', () => {
    for (const s of complete) {
      expect(prune(s.answers)).toEqual(s.answers);
      const extra = { ...s.answers, purchase: 'csp', role: 'other' } as Answers;
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
    const a: Answers = { audience: 'partner', programs: ['coop', 'osu-m365'], customers: 'm365', claim: 'no' };
    expect(answersBefore(a, 'customers')).toEqual({ audience: 'partner', programs: ['coop', 'osu-m365'] });
    expect(answersBefore(a, 'audience')).toEqual({});
  });
});

describe('questions as data', () => {
  it('has unique ids and options, and exclusive options only on multi-select questions', () => {
    expect(new Set(QUESTION_IDS).size).toBe(questions.length);
    for (const q of questions) {
      expect(new Set(q.options).size).toBe(q.options.length);
      if (q.kind === 'single') expect(q.exclusive).toEqual([]);
      for (const o of q.exclusive) expect(q.options).toContain(o);
    }
  });
});
