/** Property tests of the eligibility wizard's URL state: any query is read without throwing, and written answers read back unchanged. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prune } from '../../../src/domain/eligibility/flow';
import { ERROR_CODES, parseWizardQuery, serializeWizardQuery } from '../../../src/domain/eligibility/query';
import { QUESTION_IDS, questions, withAnswer, type Answers } from '../../../src/domain/eligibility/questions';
import { isStepAvailable, type Step } from '../../../src/domain/eligibility/steps';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 60_000;
const OPTIONS = questions.flatMap((q) => q.options);

/** Query-shaped noise: question ids, option ids, steps, escapes (broken ones too), markup and unicode. */
const piece = fc.oneof(
  fc.constantFrom(
    ...QUESTION_IDS,
    ...OPTIONS,
    'step',
    'result',
    'check',
    '=',
    '&',
    '?',
    '+',
    '%',
    '%ZZ',
    '%E0%A4%A',
    '%00',
    '%3Cscript%3E',
    '<img src=x onerror=alert(1)>',
    '__proto__',
    'constructor',
    'hasOwnProperty',
  ),
  fc.string({ unit: 'binary', maxLength: 10 }),
);
const noisyQuery = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ minLength: 500, maxLength: 2000 }),
);

/** Any answer to each question, or none (answers off the reader's path are pruned). */
const rawAnswers = fc.record(
  Object.fromEntries(
    questions.map((q) => [
      q.id,
      fc.option(
        fc.constantFrom(...q.options).map((o) => [o]),
        { nil: undefined },
      ),
    ]),
  ),
) as fc.Arbitrary<Record<string, string[] | undefined>>;

function build(raw: Record<string, string[] | undefined>): Answers {
  let answers: Answers = {};
  for (const id of QUESTION_IDS) {
    const values = raw[id];
    if (values === undefined) continue;
    const updated = withAnswer(answers, id, values);
    if (typeof updated !== 'string') answers = updated;
  }
  return prune(answers);
}

const state = fc
  .tuple(rawAnswers, fc.constantFrom<Step | undefined>(undefined, 'check', 'result', ...QUESTION_IDS))
  .map(([raw, step]) => {
    const answers = build(raw);
    return { answers, step: step !== undefined && isStepAvailable(answers, step) ? step : undefined };
  });

describe('parseWizardQuery, fuzzed', () => {
  it(
    'never throws; errors use known codes and never echo a name that is not a plain word; answers are offered options',
    () => {
      fc.assert(
        fc.property(noisyQuery, (search) => {
          const parsed = parseWizardQuery(search);
          for (const e of parsed.errors) {
            expect(ERROR_CODES).toContain(e.code);
            expect(e.param).toMatch(/^[a-z0-9_-]{0,32}$/i);
          }
          for (const q of questions) {
            const a = parsed.answers[q.id];
            if (a !== undefined) expect(q.options).toContain(a);
          }
          if (parsed.step !== undefined) expect(isStepAvailable(parsed.answers, parsed.step)).toBe(true);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'reads back every state it writes, without errors',
    () => {
      fc.assert(
        fc.property(state, ({ answers, step }) => {
          const query = serializeWizardQuery(answers, step);
          const parsed = parseWizardQuery(query);
          expect(parsed.errors).toEqual([]);
          expect(parsed.answers).toEqual(answers);
          expect(parsed.step).toBe(step);
          expect(serializeWizardQuery(parsed.answers, parsed.step)).toBe(query);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
