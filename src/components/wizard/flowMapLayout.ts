/**
 * Geometry of the flow map's drawing, computed at build time (no browser to measure text, so widths are
 * estimated per character: CJK characters take a full em, others about half). Questions stand in one column
 * as cards, one row per answer; outcomes in a second column. An answer that leads to a later question joins
 * a lane on the start side that runs down into that question; one that leads to an outcome joins a lane
 * between the columns that runs to the outcome. Right-to-left locales get the mirror image.
 */

export interface MapText {
  lines: string[];
  /** Small, muted text (sources and periods). */
  small?: boolean;
  bold?: boolean;
}

export interface MapRow {
  /** One block of wrapped text per part of the row, drawn in order. */
  texts: MapText[];
}

export interface MapNode {
  id: string;
  /** Header rows first; for a question, one row per answer follows. */
  header: MapRow;
  rows: MapRow[];
}

export interface MapEdgeSpec {
  from: { node: string; row: number };
  to: string;
}

export interface PlacedText {
  x: number;
  y: number;
  text: string;
  small: boolean;
  bold: boolean;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Horizontal rules between the header and rows, and between rows. */
  dividers: number[];
  texts: PlacedText[];
  /** Vertical centre of each answer row. */
  rowY: number[];
  /** Where incoming arrows end. */
  anchorY: number;
}

export interface PlacedEdge {
  /** SVG path data (`M … H … V … H …`). */
  d: string;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  rtl: boolean;
}

const FONT = 13;
const SMALL = 11;
const LINE = 17;
const SMALL_LINE = 15;
const PAD = 8;
const GAP = 24;
const LANE = 9;
const Q_WIDTH = 360;
const O_WIDTH = 250;

const isWide = (c: string) =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c);

/** Estimated width of a text in px at a font size. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const c of text) em += isWide(c) ? 1 : c === ' ' ? 0.3 : 0.58;
  return em * size;
}

/** Wraps a text into lines no wider than `width`: by words, or by characters for CJK text and words too long for a line. */
export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (piece: string, sep: string) => {
    const candidate = line ? `${line}${sep}${piece}` : piece;
    if (textWidth(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = piece;
    }
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    // Latin words move whole to the next line; CJK text (no spaces between words) fills each line.
    if (textWidth(word, size) <= width && ![...word].some(isWide)) {
      push(word, ' ');
      continue;
    }
    let first = true;
    for (const c of word) {
      const sep = first ? ' ' : '';
      first = false;
      const candidate = line ? `${line}${sep}${c}` : c;
      if (textWidth(candidate, size) <= width) line = candidate;
      else {
        lines.push(line);
        line = c;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A text block of the map: `text` wrapped to a column's inner width. */
export function block(
  text: string,
  column: 'question' | 'outcome',
  opts: { small?: boolean; bold?: boolean } = {},
): MapText {
  const size = opts.small ? SMALL : FONT;
  const width = (column === 'question' ? Q_WIDTH : O_WIDTH) - 2 * PAD;
  return { lines: wrap(text, width, size * (opts.bold ? 1.12 : 1)), ...opts };
}

function rowHeight(row: MapRow): number {
  return row.texts.reduce((h, t) => h + t.lines.length * (t.small ? SMALL_LINE : LINE), 0) + 2 * PAD - 4;
}

function placeTexts(row: MapRow, x: number, top: number, out: PlacedText[]): void {
  let y = top + PAD;
  for (const t of row.texts) {
    const lh = t.small ? SMALL_LINE : LINE;
    for (const line of t.lines) {
      y += lh;
      out.push({ x: x + PAD, y: y - 4, text: line, small: t.small ?? false, bold: t.bold ?? false });
    }
  }
}

function placeNode(node: MapNode, x: number, y: number, width: number): PlacedNode {
  const texts: PlacedText[] = [];
  const dividers: number[] = [];
  const rowY: number[] = [];
  let top = y;
  placeTexts(node.header, x, top, texts);
  top += rowHeight(node.header);
  const anchorY = y + Math.min(LINE, rowHeight(node.header) / 2);
  for (const row of node.rows) {
    dividers.push(top);
    placeTexts(row, x, top, texts);
    const h = rowHeight(row);
    rowY.push(top + h / 2);
    top += h;
  }
  return { id: node.id, x, y, width, height: top - y, dividers, texts, rowY, anchorY };
}

/** Places questions (in order) and outcomes, and routes every edge through its lane. */
export function layoutMap(
  questions: readonly MapNode[],
  outcomes: readonly MapNode[],
  edges: readonly MapEdgeSpec[],
  rtl = false,
): MapLayout {
  const questionTargets = [...new Set(edges.map((e) => e.to).filter((to) => questions.some((q) => q.id === to)))];
  const qx = GAP / 2 + (questionTargets.length + 1) * LANE;
  const ox = qx + Q_WIDTH + (outcomes.length + 2) * LANE;
  const width = ox + O_WIDTH + GAP / 2;
  const placed = new Map<string, PlacedNode>();
  let y = GAP;
  for (const q of questions) {
    const p = placeNode(q, qx, y, Q_WIDTH);
    placed.set(q.id, p);
    y += p.height + GAP;
  }
  // Each outcome sits level with the first answer that leads to it, below the outcome before it.
  const firstRow = (id: string) => {
    const e = edges.find((x) => x.to === id);
    return e ? placed.get(e.from.node)!.rowY[e.from.row]! : GAP;
  };
  let bottom = GAP;
  for (const o of outcomes) {
    const probe = placeNode(o, ox, 0, O_WIDTH);
    const top = Math.max(firstRow(o.id) - probe.anchorY, bottom);
    const p = placeNode(o, ox, top, O_WIDTH);
    placed.set(o.id, p);
    bottom = top + p.height + GAP / 2;
  }
  const height = Math.max(y, bottom + GAP / 2);
  const routed = edges.map((e) => {
    const from = placed.get(e.from.node)!;
    const to = placed.get(e.to)!;
    const y0 = from.rowY[e.from.row]!;
    if (to.x === qx) {
      const lane = qx - LANE * (questionTargets.indexOf(e.to) + 1);
      return [
        [qx, y0],
        [lane, y0],
        [lane, to.anchorY],
        [qx, to.anchorY],
      ];
    }
    const lane = qx + Q_WIDTH + LANE * (outcomes.findIndex((o) => o.id === e.to) + 1);
    return [
      [qx + Q_WIDTH, y0],
      [lane, y0],
      [lane, to.anchorY],
      [ox, to.anchorY],
    ];
  });
  const mx = (x: number) => (rtl ? width - x : x);
  const nodes = [...placed.values()].map((n) => ({
    ...n,
    x: rtl ? width - n.x - n.width : n.x,
    texts: n.texts.map((t) => ({ ...t, x: mx(t.x) })),
  }));
  const edgesOut = routed.map((pts) => ({
    d: pts.map(([x, yy], i) => `${i === 0 ? 'M' : 'L'}${mx(x!).toFixed(1)} ${yy!.toFixed(1)}`).join(' '),
  }));
  return { width, height, nodes, edges: edgesOut, rtl };
}
