import { describe, expect, it } from 'vitest';
import { phaseMedians, RENDER_START, type BuildSummary } from '../../../bench/builds';
import { LineMarks } from '../../../bench/lib/timed';
import { phaseRows } from '../../../bench/report';

describe('LineMarks', () => {
  const watch = (chunks: string[], patterns: Record<string, RegExp>) => {
    const seen: [string, number][] = [];
    let chunk = -1;
    const marks = new LineMarks(patterns, (name) => seen.push([name, chunk]));
    for (const c of chunks) {
      chunk++;
      marks.push(c);
    }
    return seen;
  };

  it("times Astro's line when it starts to arrive, even split across chunks", () => {
    // The line's first half arrives in chunk 1: it cannot match until its words are all there (chunk 2).
    expect(
      watch(['20:21:37 [vite] ✓ built in 167ms\n', '\n generating static ', 'routes \n  ├─ /404.html', ' (+20ms)\n'], {
        render: RENDER_START,
      }),
    ).toEqual([['render', 2]]);
  });

  it('marks each name once, at its first line, and several names in one chunk', () => {
    expect(watch(['a start\nb start\na again\n', 'b again\n'], { a: /^a /, b: /^b / })).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
  });

  it('does not match across a line break', () => {
    expect(watch(['generating static\nroutes\n'], { render: RENDER_START })).toEqual([]);
  });
});

describe('phaseMedians', () => {
  it('splits each run at its mark and takes the medians of both parts', () => {
    const runs = [
      { seconds: 4.3, marks: { render: 2.5 } },
      { seconds: 4.0, marks: { render: 2.4 } },
      { seconds: 5.0, marks: { render: 2.6 } },
    ];
    const p = phaseMedians(runs)!;
    expect(p.before).toBeCloseTo(2.5);
    // 1.8, 1.6 and 2.4: the median of the remainders, not the difference of the two medians (4.3 − 2.5).
    expect(p.from).toBeCloseTo(1.8);
  });

  it('gives nothing when a run never printed the line, rather than medians of fewer runs', () => {
    expect(
      phaseMedians([
        { seconds: 4.3, marks: { render: 2.5 } },
        { seconds: 9.9, marks: {} },
      ]),
    ).toBeUndefined();
    expect(phaseMedians([])).toBeUndefined();
  });
});

describe('phaseRows', () => {
  const summary = (phases?: [number, number]): BuildSummary => ({
    runs: [],
    medianSeconds: phases ? phases[0] + phases[1] : 3,
    medianPeakMb: 300,
    htmlPages: 1,
    ...(phases ? { medianBeforeRender: phases[0], medianFromRender: phases[1] } : {}),
  });

  it('gives both sites the two parts of their builds', () => {
    const rows = phaseRows({ ours: summary([2.5, 1.8]), starlight: summary([2.6, 0.4]) });
    expect(rows.map((r) => [r.ours, r.starlight])).toEqual([
      [2.5, 2.6],
      [1.8, 0.4],
    ]);
    expect(rows[0]!.metric).toMatch(/before the first page/);
  });

  it('is empty when either site was not split', () => {
    expect(phaseRows({ ours: summary([2.5, 1.8]), starlight: summary() })).toEqual([]);
  });
});
