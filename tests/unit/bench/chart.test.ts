import { describe, expect, it } from 'vitest';
import { niceStep, scalingChart, type ChartPoint } from '../../../bench/core/chart';

const points: ChartPoint[] = [
  { label: '5 × 20', pages: 100, seconds: 40, memoryMb: 800, complete: true },
  { label: '20 × 50', pages: 1000, seconds: 200, memoryMb: 1500, complete: true },
  { label: '50 × 100', pages: 5000, seconds: 600, memoryMb: 2600, complete: false },
];

describe('niceStep', () => {
  it.each([
    [600, 5, 200],
    [2600, 5, 1000],
    [100, 5, 20],
    [7, 5, 2],
    [0, 5, 1],
  ])('niceStep(%d, %d) = %d', (max, n, want) => expect(niceStep(max, n)).toBe(want));
});

describe('scalingChart', () => {
  const svg = scalingChart(points, { memoryBudgetMb: 2048 });
  it('is one SVG with a title and a text description of every point', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('<title id="t">');
    expect(svg).toContain('20 × 50: 1,000 content pages, 200 s, 1,500 MB');
    expect(svg).toContain('50 × 100: 5,000 content pages, 600 s, 2,600 MB (stopped at the time limit)');
  });
  it('draws two series, a point per figure, hollow where the build was stopped', () => {
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg.match(/<circle [^>]*r="4"[^>]*fill="none"/g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(6 + 2);
    expect(svg).toContain('memory budget 2,048 MB');
  });
  it('places larger values higher on the chart', () => {
    const ys = [
      ...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="4" fill="(?:#2f81f7|none)" stroke="#2f81f7"/g),
    ].map((m) => Number(m[2]));
    expect(ys).toHaveLength(3);
    expect(ys[0]!).toBeGreaterThan(ys[1]!);
    expect(ys[1]!).toBeGreaterThan(ys[2]!);
  });
  it('adapts its colours to a dark background and escapes text', () => {
    expect(svg).toContain('@media (prefers-color-scheme:dark)');
    expect(scalingChart([{ ...points[0]!, label: 'a<b' }], { title: 'x & y' })).toContain('a&lt;b');
  });
});
