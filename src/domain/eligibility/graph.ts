/**
 * The wizard's decision graph, computed from the same questions, routing and rules the wizard runs: one node
 * per question and per outcome, one edge per answer. The flow map page (/<lang>/eligibility/map/) draws it
 * as an SVG and as a nested list; `paths` lists every complete path with its outcome (the decision table).
 */
import { SOURCE_IDS, type SourceId } from '../sources/register';
import { evaluate, OUTCOME_SOURCES } from './evaluate';
import type { OutcomeId } from './evaluation';
import { follows, nextStep } from './flow';
import { getQuestion, QUESTION_IDS, questions, withAnswer, type Answers, type QuestionId } from './questions';
import { enumerateStates } from './states';

export type GraphTarget = { kind: 'question'; id: QuestionId } | { kind: 'outcome'; id: OutcomeId };

export interface GraphEdge {
  question: QuestionId;
  option: string;
  /** Where the answer leads, over every path on which the question is asked (one target in a faithful map). */
  targets: GraphTarget[];
}

export interface FlowGraph {
  /** The questions, in the order the flow asks them. */
  questions: QuestionId[];
  /** Outcomes in the order of the first answer that leads to each (questions in order, then options). */
  outcomes: OutcomeId[];
  /** One edge per answer, questions in order, then options in order. */
  edges: GraphEdge[];
  /** Every complete set of answers with its outcome, in the order of a depth-first walk. */
  paths: { answers: Answers; outcome: OutcomeId }[];
}

const same = (a: GraphTarget, b: GraphTarget) => a.kind === b.kind && a.id === b.id;

/** Builds the graph by walking every reachable state. */
export function flowGraph(): FlowGraph {
  const graph: FlowGraph = { questions: [], outcomes: [], edges: [], paths: [] };
  const edgeOf = new Map<string, GraphEdge>();
  for (const s of enumerateStates()) {
    if (s.kind === 'check') graph.paths.push({ answers: s.answers, outcome: evaluate(s.answers)!.outcome });
    if (s.kind !== 'question') continue;
    const q = nextStep(s.answers);
    if (q === 'check') continue;
    if (!graph.questions.includes(q)) graph.questions.push(q);
    for (const option of getQuestion(q).options) {
      const answered = withAnswer(s.answers, q, [option]) as Answers;
      const next = follows(q, answered);
      const target: GraphTarget =
        next === 'check' ? { kind: 'outcome', id: evaluate(answered)!.outcome } : { kind: 'question', id: next };
      const key = `${q}=${option}`;
      let edge = edgeOf.get(key);
      if (!edge) {
        edge = { question: q, option, targets: [] };
        edgeOf.set(key, edge);
        graph.edges.push(edge);
      }
      if (!edge.targets.some((t) => same(t, target))) edge.targets.push(target);
    }
  }
  const rank = (e: GraphEdge) =>
    QUESTION_IDS.indexOf(e.question) * 100 + getQuestion(e.question).options.indexOf(e.option);
  graph.questions = QUESTION_IDS.filter((id) => graph.questions.includes(id));
  graph.edges.sort((a, b) => rank(a) - rank(b));
  for (const e of graph.edges) {
    for (const t of e.targets) if (t.kind === 'outcome' && !graph.outcomes.includes(t.id)) graph.outcomes.push(t.id);
  }
  return graph;
}

/** Every source the wizard cites anywhere (questions, outcomes, rules, notes, conflicts, checklists), in register order. */
export function wizardSources(): SourceId[] {
  const cited = new Set<string>();
  for (const q of questions) for (const id of q.sources) cited.add(id);
  for (const ids of Object.values(OUTCOME_SOURCES)) for (const id of ids) cited.add(id);
  for (const s of enumerateStates()) {
    if (s.kind !== 'result') continue;
    const e = evaluate(s.answers)!;
    for (const r of [...e.reasons, ...e.notes])
      for (const id of [...r.sources, ...(r.conflictSources ?? [])]) cited.add(id);
    for (const c of e.checklist) for (const id of c.sources) cited.add(id);
  }
  return SOURCE_IDS.filter((id) => cited.has(id));
}
