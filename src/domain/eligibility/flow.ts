/**
 * The wizard's routing: which question comes next for a set of answers. Policy lives in evaluate.ts,
 * words in locales/<code>/wizard.json; this module only routes.
 *
 * How the wizard works without JavaScript (a decision recorded here because routing shapes it):
 * a static site cannot read a query string without script, so every reachable *state* is rendered
 * once, as a section of one plain page per locale (`/<lang>/eligibility/steps/`), and the URL's
 * fragment chooses which one shows (CSS `:target`). A state's fragment is its path: the answers so
 * far, in the order the questions were asked (`#/partner/new/ba-usage/vl-web/admin/`). A state shows
 * the next question as a list of links to the following states, the check-your-answers list once the
 * answers decide an outcome, or the outcome itself under a trailing `result/` segment. Fragments keep
 * what separate pages gave: the URL names the state (share, bookmark, reload) and Back and Forward move
 * between states; one page per locale instead of one per state keeps the build small (it was 2,015 of
 * the site's 2,072 pages). Without script, "Change" keeps the answers before the changed question and
 * asks the later ones again; with script (the island, answers in the query) later answers are kept
 * whenever they still apply.
 *
 * The state count stays bounded because every question takes one answer and questions that no longer
 * matter are never asked: a customer answers one question; a partner with a claim already made, two;
 * how the customer bought only where it decides the outcome (Business Applications); the solution area
 * only when the reader does not know the engagement (the engagement names it). 80 states per locale
 * (14 questions, 33 check lists, 33 outcomes; `npx tsx scripts/wizard-table.ts`), down from 403 when
 * programs were a multi-select question with one state per draft selection. Which question or outcome
 * follows an answer depends on that answer alone, so the flow map (/<lang>/eligibility/map/) can draw
 * the whole graph with one edge per answer; tests/unit/eligibility/flow-map.test.ts holds that.
 */
import { QUESTION_IDS, type Answers, type QuestionId } from './questions';

export type Next = QuestionId | 'check';

/** The step after question `id`, given the answers up to and including it. */
export function follows(id: QuestionId, a: Answers): Next {
  switch (id) {
    case 'audience':
      return a.audience === 'customer' ? 'check' : 'situation';
    case 'situation':
      return a.situation === 'new' ? 'goal' : 'check';
    case 'goal':
      if (a.goal === 'mws-usage') return 'role';
      if (a.goal === 'ba-presales' || a.goal === 'ba-usage' || a.goal === 'ba-revenue') return 'purchase';
      return a.goal === 'unknown' ? 'area' : 'check';
    case 'area':
      return 'check';
    case 'purchase':
      return a.purchase === 'csp' ? 'check' : 'role';
    case 'role':
      return 'check';
  }
}

export interface Walk {
  /** Answered questions on the reader's path, in the order they were asked. */
  asked: QuestionId[];
  /** The first unanswered question on the path, or 'check' when the answers decide an outcome. */
  next: Next;
}

/** Follows the path from the first question through the answers given. */
export function walk(answers: Answers): Walk {
  const asked: QuestionId[] = [];
  let current: Next = 'audience';
  while (current !== 'check' && answers[current] !== undefined) {
    asked.push(current);
    current = follows(current, answers);
  }
  return { asked, next: current };
}

/** The next question id, or 'check' once every question on the path is answered. */
export function nextStep(answers: Answers): Next {
  return walk(answers).next;
}

/**
 * Drops answers that no longer apply. Answers past the first unanswered question are kept only when
 * their question comes later in the fixed order (they may still apply once the gap is answered);
 * answers off a decided path are dropped.
 */
export function prune(answers: Answers): Answers {
  const { asked, next } = walk(answers);
  const keep = new Set<QuestionId>(asked);
  if (next !== 'check') {
    for (const id of QUESTION_IDS.slice(QUESTION_IDS.indexOf(next) + 1)) keep.add(id);
  }
  const out: Answers = {};
  for (const id of QUESTION_IDS) {
    if (keep.has(id) && answers[id] !== undefined) Object.assign(out, { [id]: answers[id] });
  }
  return out;
}

/** The answered question before `id` on the path (the target of a back link), if any. */
export function previousQuestion(answers: Answers, id: QuestionId | 'check'): QuestionId | undefined {
  const { asked } = walk(answers);
  const at = id === 'check' ? -1 : asked.indexOf(id);
  return at === -1 ? asked[asked.length - 1] : asked[at - 1];
}

/** The answers given before question `id` on the path: the state in which `id` is asked afresh. */
export function answersBefore(answers: Answers, id: QuestionId): Answers {
  const { asked } = walk(answers);
  const at = asked.indexOf(id);
  const out: Answers = {};
  for (const q of at === -1 ? asked : asked.slice(0, at)) Object.assign(out, { [q]: answers[q] });
  return out;
}
