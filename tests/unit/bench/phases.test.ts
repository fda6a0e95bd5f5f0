import { describe, expect, it } from 'vitest';
import {
  combineScaleRuns,
  phaseMedians,
  RENDER_START,
  type BuildSummary,
  type ScalePoint,
} from '../../../bench/builds';
import { LineMarks } from '../../../bench/lib/timed';
import { phaseRows, roundsNote } from '../../../bench/report';

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
    ...(phases ? { phases: { before: phases[0], from: phases[1] } } : {}),
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

describe('combineScaleRuns', () => {
  const point = (seconds: number, peakMb: number, complete = true, cpuSeconds?: number): ScalePoint => ({
    label: '20 × 50',
    locales: 20,
    pages: 50,
    contentPages: 1000,
    htmlPages: 1122,
    seconds,
    ...(cpuSeconds === undefined ? {} : { cpuSeconds }),
    peakMb,
    secondsPerPage: seconds / 1122,
    msPerContentPage: seconds,
    complete,
    log: { pagesRendered: 1122, renderByRoute: {} },
    logFile: `bench/tmp/logs/${seconds}.log`,
    units: { current: 1, outdated: 0, missing: 0 },
  });

  it("takes the faster build's time with its own figures, and the higher peak memory of the two", () => {
    const c = combineScaleRuns([point(33.2, 700, true, 33.9), point(24.7, 719, true, 24.8)]);
    expect([c.seconds, c.msPerContentPage, c.cpuSeconds, c.logFile]).toEqual([
      24.7,
      24.7,
      24.8,
      'bench/tmp/logs/24.7.log',
    ]);
    expect(c.peakMb).toBe(719);
    expect(c.rounds?.map((r) => r.seconds)).toEqual([33.2, 24.7]);
    expect(roundsNote(c)).toBe(' (builds 33.2 s, 24.7 s)');
  });

  it('is incomplete when any build was stopped, whatever the other took', () => {
    const c = combineScaleRuns([point(20, 700), point(600, 1500, false)]);
    expect(c.complete).toBe(false);
    expect(c.seconds).toBe(600);
    expect(c.peakMb).toBe(1500);
  });

  it('says nothing more of a size built once', () => {
    expect(roundsNote(combineScaleRuns([point(24.7, 700)]))).toBe('');
  });
});
