/**
 * The eligibility wizard's questions and answers as data. Ids are stable (they appear in URLs and
 * the plain version's state paths); every label lives in locales/<code>/wizard.json under `questions.<id>`.
 */

export const AUDIENCES = ['partner', 'customer'] as const;
/** Programs a partner may tick; `none` and `unsure` exclude every other option. */
export const PROGRAMS = ['osa-sell', 'osu-m365', 'osu-bizapps', 'coop', 'none', 'unsure'] as const;
export const EXCLUSIVE_PROGRAMS = ['none', 'unsure'] as const;
/** The three programs that credit customer work through CPOR associations [S1, S2]. */
export const CPOR_PROGRAMS = ['osa-sell', 'osu-m365', 'osu-bizapps'] as const;
export const CUSTOMERS = ['m365', 'd365', 'other'] as const;
export const CLAIMS = ['yes', 'no'] as const;
export const PURCHASES = ['vl-web', 'csp', 'unsure'] as const;
export const ROLES = ['admin', 'user', 'other'] as const;

export type Audience = (typeof AUDIENCES)[number];
export type Program = (typeof PROGRAMS)[number];
export type Customers = (typeof CUSTOMERS)[number];
export type Claim = (typeof CLAIMS)[number];
export type Purchase = (typeof PURCHASES)[number];
export type Role = (typeof ROLES)[number];

/** The reader's answers so far; a question not on the reader's path stays undefined. */
export interface Answers {
  audience?: Audience;
  /** Canonical order (as in PROGRAMS), no duplicates. */
  programs?: readonly Program[];
  customers?: Customers;
  claim?: Claim;
  purchase?: Purchase;
  role?: Role;
}

export type QuestionId = keyof Answers;

export interface Question {
  id: QuestionId;
  /** `multi` renders checkboxes (with exclusive options), `single` renders radios. */
  kind: 'single' | 'multi';
  options: readonly string[];
  /** Options that cannot be combined with any other (multi questions only). */
  exclusive: readonly string[];
}

/** Every question in the order the flow can ask them. */
export const questions: readonly Question[] = [
  { id: 'audience', kind: 'single', options: AUDIENCES, exclusive: [] },
  { id: 'programs', kind: 'multi', options: PROGRAMS, exclusive: EXCLUSIVE_PROGRAMS },
  { id: 'customers', kind: 'single', options: CUSTOMERS, exclusive: [] },
  { id: 'claim', kind: 'single', options: CLAIMS, exclusive: [] },
  { id: 'purchase', kind: 'single', options: PURCHASES, exclusive: [] },
  { id: 'role', kind: 'single', options: ROLES, exclusive: [] },
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

/** The answer to one question as a list of option ids (empty when unanswered). */
export function answerValues(answers: Answers, id: QuestionId): readonly string[] {
  const value = answers[id];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/**
 * Sets one answer from a list of option ids, or reports why it cannot: unknown option, an exclusive option
 * combined with others, several values for a single-choice question, or no value. Multi answers are
 * stored in canonical order so paths and URLs have one spelling per answer.
 */
export function withAnswer(
  answers: Answers,
  id: QuestionId,
  values: readonly string[],
): Answers | 'empty' | 'invalid' | 'exclusive' {
  const q = getQuestion(id);
  if (values.length === 0) return 'empty';
  if (values.some((v) => !q.options.includes(v))) return 'invalid';
  const unique = q.options.filter((o) => values.includes(o));
  if (q.kind === 'single') return unique.length === 1 ? { ...answers, [id]: unique[0] } : 'invalid';
  if (unique.length > 1 && unique.some((v) => q.exclusive.includes(v))) return 'exclusive';
  return { ...answers, [id]: unique };
}
