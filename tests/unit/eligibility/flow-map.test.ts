import { describe, expect, it } from 'vitest';
import { block, layoutMap, textWidth, wrap, type MapNode } from '../../../src/components/wizard/flowMapLayout';
import { evaluate } from '../../../src/domain/eligibility/evaluate';
import { OUTCOMES } from '../../../src/domain/eligibility/evaluation';
import { follows } from '../../../src/domain/eligibility/flow';
import { flowGraph } from '../../../src/domain/eligibility/graph';
import { QUESTION_IDS, getQuestion, type Answers } from '../../../src/domain/eligibility/questions';
import { enumerateStates } from '../../../src/domain/eligibility/states';

const graph = flowGraph();

describe('the decision graph behind the flow map', () => {
  it('has every question and every outcome, and one edge per answer', () => {
    expect(graph.questions).toEqual(QUESTION_IDS);
    expect([...graph.outcomes].sort()).toEqual([...OUTCOMES].sort());
    expect(graph.edges.length).toBe(QUESTION_IDS.reduce((n, q) => n + getQuestion(q).options.length, 0));
  });

  it('leads each answer to exactly one next question or outcome, on every path where it is asked', () => {
    for (const e of graph.edges) expect(e.targets, `${e.question}=${e.option}`).toHaveLength(1);
  });

  it('agrees with the wizard on every path: following the edges reaches the outcome the rules give', () => {
    const complete = enumerateStates().filter((s) => s.kind === 'check');
    expect(graph.paths).toHaveLength(complete.length);
    for (const { answers, outcome } of graph.paths) {
      let at: string = 'audience';
      const a: Answers = {};
      for (const q of QUESTION_IDS) {
        if (q !== at) continue;
        Object.assign(a, { [q]: answers[q] });
        const edge = graph.edges.find((e) => e.question === q && e.option === answers[q])!;
        const target = edge.targets[0]!;
        expect(target.kind === 'question' ? target.id : 'check').toBe(follows(q, a));
        at = target.kind === 'question' ? target.id : '';
        if (target.kind === 'outcome') expect(target.id).toBe(outcome);
      }
      expect(evaluate(answers)!.outcome).toBe(outcome);
    }
  });
});

describe('the flow map drawing', () => {
  const node = (id: string, rows: number): MapNode => ({
    id,
    header: { texts: [block(`Question ${id}`, 'question', { bold: true })] },
    rows: Array.from({ length: rows }, (_, i) => ({ texts: [block(`answer ${i}`, 'question')] })),
  });
  const questions = [node('a', 2), node('b', 2)];
  const outcomes = [{ ...node('x', 0), header: { texts: [block('Outcome x', 'outcome')] } }];
  const edges = [
    { from: { node: 'a', row: 0 }, to: 'b' },
    { from: { node: 'a', row: 1 }, to: 'x' },
    { from: { node: 'b', row: 0 }, to: 'x' },
    { from: { node: 'b', row: 1 }, to: 'x' },
  ];

  it('wraps text to the column, Latin by words and CJK by characters', () => {
    const lines = wrap('Recognition without payment for a Business Applications sale you influenced', 200, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe('Recognition without payment for a Business Applications sale you influenced');
    const ja = wrap('質問 2：この顧客について、現在どの段階にいますか？', 150, 13);
    expect(ja[0]!.startsWith('質問 2')).toBe(true);
    for (const l of ja) expect(textWidth(l, 13)).toBeLessThanOrEqual(150);
  });

  it('places outcomes beside the questions, no card overlapping another, every edge ending at its target', () => {
    const layout = layoutMap(questions, outcomes, edges);
    const boxes = layout.nodes;
    for (const [i, p] of boxes.entries()) {
      for (const q of boxes.slice(i + 1)) {
        const apart = p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y;
        expect(apart, `${p.id} and ${q.id}`).toBe(true);
      }
      expect(p.x + p.width).toBeLessThanOrEqual(layout.width);
      expect(p.y + p.height).toBeLessThanOrEqual(layout.height);
    }
    const x = boxes.find((n) => n.id === 'x')!;
    for (const e of layout.edges.slice(1))
      expect(e.d.endsWith(`L${x.x.toFixed(1)} ${x.anchorY.toFixed(1)}`)).toBe(true);
    const b = boxes.find((n) => n.id === 'b')!;
    expect(layout.edges[0]!.d.endsWith(`L${b.x.toFixed(1)} ${b.anchorY.toFixed(1)}`)).toBe(true);
  });

  it('mirrors the drawing for right-to-left locales', () => {
    const ltr = layoutMap(questions, outcomes, edges);
    const rtl = layoutMap(questions, outcomes, edges, true);
    for (const n of ltr.nodes) {
      const m = rtl.nodes.find((r) => r.id === n.id)!;
      expect(m.x).toBeCloseTo(ltr.width - n.x - n.width);
      expect(m.y).toBe(n.y);
    }
  });
});
