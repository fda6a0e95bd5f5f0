/** Formats the benchmark's comparison table for the console and for Markdown. */
import { ratio } from './stats';

export interface Row {
  metric: string;
  ours?: number | undefined;
  starlight?: number | undefined;
  /** How to show a value: bytes, ms, s, MB, a score or a plain count. */
  unit: 'bytes' | 'ms' | 's' | 'MB' | 'score' | 'count';
}

/** A value in its unit, or "—" when not measured. */
export function formatValue(value: number | undefined, unit: Row['unit']): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'bytes':
      return value < 1024 ? `${value} B` : `${(value / 1024).toFixed(1)} KB`;
    case 'ms':
      return `${value.toFixed(0)} ms`;
    case 's':
      return `${value.toFixed(1)} s`;
    case 'MB':
      return `${Math.round(value)} MB`;
    default:
      return String(Math.round(value * 100) / 100);
  }
}

const cells = (r: Row): [string, string, string, string] => {
  const q = ratio(r.ours, r.starlight);
  return [
    r.metric,
    formatValue(r.ours, r.unit),
    formatValue(r.starlight, r.unit),
    q === undefined ? '—' : `${q.toFixed(2)}×`,
  ];
};
const HEAD: [string, string, string, string] = ['metric', 'this site', 'Starlight', 'ratio'];

/** A plain-text table with aligned columns (numbers right-aligned). */
export function textTable(rows: readonly Row[]): string {
  const all = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => [...r[i]!].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** The same table in Markdown. */
export function markdownTable(rows: readonly Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${HEAD.join(' | ')} |`,
    '| --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}
