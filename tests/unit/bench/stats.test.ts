import { describe, expect, it } from 'vitest';
import { median, medianRun, percentile, ratio } from '../../../bench/core/stats';

describe('stats', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('median of %j is %d', (xs, want) => expect(median(xs)).toBe(want));
  it('median of nothing is NaN and the input is not reordered', () => {
    expect(median([])).toBeNaN();
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
  it.each([
    [50, 5],
    [90, 9],
    [100, 10],
    [0, 1],
  ])('percentile %d of 1..10 is %d', (p, want) => expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], p)).toBe(want));
  it.each<[number | undefined, number | undefined, number | undefined]>([
    [1, 2, 0.5],
    [3, 0, undefined],
    [undefined, 2, undefined],
    [Number.NaN, 2, undefined],
  ])('ratio(%s, %s) = %s', (a, b, want) => expect(ratio(a, b)).toBe(want));
  it('medianRun picks the run with the median performance score, the earlier of equal ones', () => {
    const run = (id: string, performance: number) => ({ id, scores: { performance } });
    expect(medianRun([run('a', 95), run('b', 100), run('c', 100)])?.id).toBe('b');
    expect(medianRun([run('a', 100), run('b', 80), run('c', 90)])?.id).toBe('c');
    expect(medianRun([run('a', 70), run('b', 100)])?.id).toBe('a');
    expect(medianRun([])).toBeUndefined();
  });
});
