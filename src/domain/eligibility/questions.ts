/**
 * The eligibility wizard's questions and answers as data. Ids are stable (they appear in URLs and the plain
 * version's state paths); every label lives in locales/<code>/wizard.json under `questions.<id>`. Each
 * question cites the sources that make it worth asking (shown on the flow map).
 */
import type { SourceId } from '../sources/register';

export const AUDIENCES = ['partner', 'customer'] as const;
/** Where a partner stands with this customer: the last three have a claim already [S8, S18]. */
export const SITUATIONS = ['new', 'review', 'rejected', 'end'] as const;
/**
 * What the partner wants recognised or paid, in today's terms: the four MCI engagements that use CPOR
 * [S15, S17] (each labelled with its 2019–2021 name), co-op funds, which are not CPOR [S12, S19], or neither.
 */
export const GOALS = ['mws-usage', 'ba-presales', 'ba-usage', 'ba-revenue', 'coop', 'unknown', 'none'] as const;
/** The solution areas of today's CPOR claims [S15], asked only of a partner who does not know the engagement. */
export const AREAS = ['mws', 'ba', 'other'] as const;
/** How the customer bought a Business Applications subscription: it decides whether it can be claimed [S10, S16]. */
export const PURCHASES = ['vl-web', 'csp', 'unsure'] as const;
export const ROLES = ['admin', 'user', 'other'] as const;

export type Audience = (typeof AUDIENCES)[number];
export type Situation = (typeof SITUATIONS)[number];
export type Goal = (typeof GOALS)[number];
export type Area = (typeof AREAS)[number];
export type Purchase = (typeof PURCHASES)[number];
export type Role = (typeof ROLES)[number];

/** The reader's answers so far; a question not on the reader's path stays undefined. */
export interface Answers {
  audience?: Audience;
  situation?: Situation;
  goal?: Goal;
  area?: Area;
  purchase?: Purchase;
  role?: Role;
}

export type QuestionId = keyof Answers;

export interface Question {
  id: QuestionId;
  options: readonly string[];
  /** Why the question is asked: the sources its answers are judged by. */
  sources: readonly SourceId[];
}

/** Every question, in the order the flow can ask them; each takes exactly one answer. */
export const questions: readonly Question[] = [
  { id: 'audience', options: AUDIENCES, sources: ['S1', 'S17'] },
  { id: 'situation', options: SITUATIONS, sources: ['S8', 'S15', 'S18'] },
  { id: 'goal', options: GOALS, sources: ['S1', 'S10', 'S12', 'S15', 'S17', 'S19'] },
  { id: 'area', options: AREAS, sources: ['S3', 'S15', 'A3'] },
  { id: 'purchase', options: PURCHASES, sources: ['S10', 'S16'] },
  { id: 'role', options: ROLES, sources: ['S5', 'S15', 'S20'] },
];

export const QUESTION_IDS: readonly QuestionId[] = questions.map((q) => q.id);

/** The question with this id (ids are a closed set, so this always finds one). */
export function getQuestion(id: QuestionId): Question {
  return questions.find((q) => q.id === id)!;
}

/** True when `value` is a known id of the given question. */
export function isQuestionId(value: string): value is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(value);
}

/** The answer to one question as a list of option ids (empty when unanswered, else one). */
export function answerValues(answers: Answers, id: QuestionId): readonly string[] {
  const value = answers[id];
  return value === undefined ? [] : [value];
}

/**
 * Sets one answer from a list of option ids, or reports why it cannot: no value, or an unknown option or
 * several values (every question takes exactly one answer).
 */
export function withAnswer(answers: Answers, id: QuestionId, values: readonly string[]): Answers | 'empty' | 'invalid' {
  const q = getQuestion(id);
  if (values.length === 0) return 'empty';
  if (values.length > 1 || !q.options.includes(values[0]!)) return 'invalid';
  return { ...answers, [id]: values[0] };
}
