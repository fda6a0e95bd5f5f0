import { describe, expect, it } from 'vitest';
import { formatValue, markdownTable, textTable, type Row } from '../../../bench/core/table';

const rows: Row[] = [
  { metric: 'content page: total gzip', ours: 12_800, starlight: 51_200, unit: 'bytes' },
  { metric: 'build time', ours: 60, starlight: 12, unit: 's' },
  { metric: 'search | ja', ours: 65, unit: 'ms' },
];

describe('formatValue', () => {
  it.each<[number | undefined, Row['unit'], string]>([
    [500, 'bytes', '500 B'],
    [2048, 'bytes', '2.0 KB'],
    [64.4, 'ms', '64 ms'],
    [12.34, 's', '12.3 s'],
    [1023.6, 'MB', '1024 MB'],
    [100, 'score', '100'],
    [7, 'count', '7'],
    [undefined, 'ms', '—'],
    [Number.NaN, 'ms', '—'],
  ])('%s %s → %s', (v, unit, want) => expect(formatValue(v, unit)).toBe(want));
});

describe('tables', () => {
  it('prints aligned columns with the ratio ours / Starlight', () => {
    const lines = textTable(rows).split('\n');
    expect(lines[0]).toMatch(/^metric\s+this site\s+Starlight\s+ratio$/);
    expect(lines[2]).toMatch(/^content page: total gzip\s+12\.5 KB\s+50\.0 KB\s+0\.25×$/);
    expect(lines[3]).toMatch(/5\.00×$/);
    expect(lines[4]).toMatch(/65 ms\s+—\s+—$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
  it('writes Markdown with escaped pipes', () => {
    const md = markdownTable(rows).split('\n');
    expect(md[0]).toBe('| metric | this site | Starlight | ratio |');
    expect(md[4]).toBe('| search \\| ja | 65 ms | — | — |');
  });
});
