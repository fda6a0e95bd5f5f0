/**
 * The build-scaling chart: build time and peak memory against the number of content pages, as a small
 * hand-written SVG with two y axes, readable on light and dark backgrounds.
 */

export interface ChartPoint {
  /** e.g. "20 × 50". */
  label: string;
  /** Content pages (locales × pages): the x value. */
  pages: number;
  seconds: number;
  memoryMb: number;
  /** False when the build was stopped at its time limit: the values are lower bounds. */
  complete: boolean;
}

const W = 640;
const H = 380;
const M = { top: 48, right: 72, bottom: 64, left: 64 };
const TIME = '#2f81f7';
const MEMORY = '#e16f24';

/** A round step giving about `count` ticks up to `max`. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (n: number) =>
  Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** The chart; `memoryBudgetMb` draws a dashed budget line on the memory axis. */
export function scalingChart(
  points: readonly ChartPoint[],
  opts: { title?: string; memoryBudgetMb?: number } = {},
): string {
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const xMax = Math.max(1, ...points.map((p) => p.pages));
  const xStep = niceStep(xMax, 5);
  const xTop = Math.ceil(xMax / xStep) * xStep;
  const tMax = Math.max(1, ...points.map((p) => p.seconds));
  const tStep = niceStep(tMax, 5);
  const tTop = Math.ceil(tMax / tStep) * tStep;
  const mMax = Math.max(1, opts.memoryBudgetMb ?? 0, ...points.map((p) => p.memoryMb));
  const mStep = niceStep(mMax, 5);
  const mTop = Math.ceil(mMax / mStep) * mStep;
  const x = (v: number) => M.left + (v / xTop) * pw;
  const yT = (v: number) => M.top + ph - (v / tTop) * ph;
  const yM = (v: number) => M.top + ph - (v / mTop) * ph;
  const r = (n: number) => Math.round(n * 10) / 10;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="t d">`,
  );
  out.push(`<title id="t">${esc(opts.title ?? 'Build time and peak memory against content pages')}</title>`);
  out.push(
    `<desc id="d">${esc(points.map((p) => `${p.label}: ${fmt(p.pages)} content pages, ${fmt(p.seconds)} s, ${fmt(Math.round(p.memoryMb))} MB${p.complete ? '' : ' (stopped at the time limit)'}`).join('; '))}</desc>`,
  );
  out.push(
    '<style>text{font:12px system-ui,sans-serif;fill:#1f2328}.axis{stroke:#57606a}.grid{stroke:#d0d7de;stroke-width:.5}' +
      '@media (prefers-color-scheme:dark){text{fill:#e6edf3}.axis{stroke:#8b949e}.grid{stroke:#30363d}}</style>',
  );
  out.push(
    `<text x="${M.left}" y="22" style="font-weight:600;font-size:14px">${esc(opts.title ?? 'Build time and peak memory against content pages')}</text>`,
  );
  for (let v = 0; v <= tTop + 1e-9; v += tStep) {
    out.push(`<line class="grid" x1="${M.left}" x2="${M.left + pw}" y1="${r(yT(v))}" y2="${r(yT(v))}"/>`);
    out.push(`<text x="${M.left - 8}" y="${r(yT(v)) + 4}" text-anchor="end">${fmt(v)}</text>`);
  }
  for (let v = 0; v <= mTop + 1e-9; v += mStep)
    out.push(`<text x="${M.left + pw + 8}" y="${r(yM(v)) + 4}">${fmt(v)}</text>`);
  for (let v = 0; v <= xTop + 1e-9; v += xStep)
    out.push(`<text x="${r(x(v))}" y="${M.top + ph + 18}" text-anchor="middle">${fmt(v)}</text>`);
  out.push(`<path class="axis" fill="none" d="M${M.left} ${M.top}V${M.top + ph}H${M.left + pw}V${M.top}"/>`);
  out.push(`<text x="${M.left + pw / 2}" y="${H - 16}" text-anchor="middle">content pages (locales × pages)</text>`);
  out.push(
    `<text transform="translate(18 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle" style="fill:${TIME}">build time (s)</text>`,
  );
  out.push(
    `<text transform="translate(${W - 14} ${M.top + ph / 2}) rotate(90)" text-anchor="middle" style="fill:${MEMORY}">peak memory (MB)</text>`,
  );
  if (opts.memoryBudgetMb) {
    const y = r(yM(opts.memoryBudgetMb));
    out.push(
      `<line x1="${M.left}" x2="${M.left + pw}" y1="${y}" y2="${y}" stroke="${MEMORY}" stroke-dasharray="4 4"/>`,
    );
    // Left end: the memory series rises to the right, so the label stays clear of it.
    out.push(
      `<text x="${M.left + 8}" y="${y - 6}" style="fill:${MEMORY}">memory budget ${fmt(opts.memoryBudgetMb)} MB</text>`,
    );
  }
  const sorted = [...points].sort((a, b) => a.pages - b.pages);
  for (const [color, y, value] of [
    [TIME, yT, (p: ChartPoint) => p.seconds],
    [MEMORY, yM, (p: ChartPoint) => p.memoryMb],
  ] as const) {
    if (sorted.length > 1)
      out.push(
        `<polyline fill="none" stroke="${color}" stroke-width="2" points="${sorted.map((p) => `${r(x(p.pages))},${r(y(value(p)))}`).join(' ')}"/>`,
      );
    for (const p of sorted) {
      // A hollow point is a lower bound: the build was stopped.
      out.push(
        `<circle cx="${r(x(p.pages))}" cy="${r(y(value(p)))}" r="4" fill="${p.complete ? color : 'none'}" stroke="${color}" stroke-width="2"/>`,
      );
    }
  }
  for (const p of sorted)
    out.push(
      `<text x="${r(x(p.pages))}" y="${M.top + ph + 34}" text-anchor="middle">${esc(p.label)}${p.complete ? '' : ' (stopped)'}</text>`,
    );
  const lx = M.left + 12;
  out.push(
    `<circle cx="${lx}" cy="${M.top + 10}" r="4" fill="${TIME}"/><text x="${lx + 10}" y="${M.top + 14}">build time</text>`,
  );
  out.push(
    `<circle cx="${lx + 100}" cy="${M.top + 10}" r="4" fill="${MEMORY}"/><text x="${lx + 110}" y="${M.top + 14}">peak memory</text>`,
  );
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
