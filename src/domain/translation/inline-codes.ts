/**
 * Inline codes: the parts of a passage or UI string a translator must keep but never edit as text. Links,
 * bold, italic and strikethrough are paired codes around translatable text; inline code, images, line breaks,
 * literal web addresses and `{{placeholders}}` are standalone codes. Exchange formats show them as XLIFF
 * `<pc>`/`<ph>` (1.2: `<g>`/`<x>`) or PO's numbered tags, so a CAT tool's tag checks protect them and a link's
 * address cannot be edited; on the way back the Markdown is rebuilt from the English's own delimiters.
 *
 * A text splits into pieces: strings (raw Markdown, escapes kept, so joining the pieces gives the text back
 * byte for byte) and code marks. Codes are numbered 1, 2, … in the order they open in the English; a
 * translation's codes are paired with the English's by kind and order (code and placeholders by their text).
 */
import type { PhrasingContent, Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { Position } from 'unist';
import { MDX_FEATURES } from '../content/parse-mdx.ts';

export type CodeKind = 'link' | 'strong' | 'emphasis' | 'delete' | 'code' | 'placeholder' | 'other';

export interface Code {
  id: number;
  kind: CodeKind;
  /** The Markdown that opens a paired code (`[`, `**`), or the whole text of a standalone one. */
  open: string;
  /** The Markdown that closes a paired code (`](../page/)`, `**`); absent for a standalone code. */
  close?: string;
}

export type Piece = string | { open: number } | { close: number } | { ph: number };

export interface Coded {
  pieces: Piece[];
  codes: Code[];
}

const PLACEHOLDER = /\{\{-?\s*[\w.]+\s*\}\}/g;
/**
 * Put before a passage so that block syntax ("1. ", "- ", "# ") cannot start: a letter, then a no-break space,
 * which Markdown counts as white space, so "**+ Label**" at the start still opens bold as it does at the start
 * of a line. Removed from the offsets afterwards.
 */
const INLINE_PREFIX = 'x\u00a0';
const PAIRED: Record<string, CodeKind> = { link: 'link', strong: 'strong', emphasis: 'emphasis', delete: 'delete' };

/** True when `text` can hold no Markdown construct (most sentences): it is one text piece. */
function plain(text: string): boolean {
  return !/[\\`*_~[\]!<>&\n]|www\.|:\/\//i.test(text);
}

/** Splits raw text on `{{placeholders}}` (kept as standalone codes when `placeholders` is set). */
function textPieces(raw: string, placeholders: boolean, add: (kind: CodeKind, open: string) => number): Piece[] {
  if (!placeholders || !raw.includes('{{')) return raw ? [raw] : [];
  const out: Piece[] = [];
  let at = 0;
  for (const m of raw.matchAll(PLACEHOLDER)) {
    if (m.index > at) out.push(raw.slice(at, m.index));
    out.push({ ph: add('placeholder', m[0]) });
    at = m.index + m[0].length;
  }
  if (at < raw.length) out.push(raw.slice(at));
  return out;
}

/**
 * Cuts a text into pieces and codes. `markdown` false reads a UI string (only placeholders are codes);
 * true reads a passage's inline Markdown (placeholders too, though pages have none).
 */
export function toCoded(text: string, markdown = true): Coded {
  const codes: Code[] = [];
  const add = (kind: CodeKind, open: string, close?: string) => {
    const code: Code =
      close === undefined ? { id: codes.length + 1, kind, open } : { id: codes.length + 1, kind, open, close };
    codes.push(code);
    return code.id;
  };
  if (!markdown || plain(text)) return { pieces: textPieces(text, true, add), codes };
  // Parsed as Markdown with the pages' features (INLINE_PREFIX stops block syntax and is removed).
  const doc = `${INLINE_PREFIX}${text}`;
  const tree = markdownToMdast(doc, { features: MDX_FEATURES }) as Root;
  const para = tree.children[0];
  if (tree.children.length !== 1 || para?.type !== 'paragraph') return { pieces: textPieces(text, true, add), codes };
  const off = (n: { position?: Position | undefined }, end = false) =>
    (end ? n.position!.end.offset! : n.position!.start.offset!) - INLINE_PREFIX.length;
  const walk = (nodes: readonly PhrasingContent[], from: number, to: number): Piece[] => {
    const out: Piece[] = [];
    let at = from;
    for (const n of nodes) {
      const s = Math.max(off(n), 0);
      const e = off(n, true);
      if (s > at) out.push(...textPieces(text.slice(at, s), true, add));
      const kind = PAIRED[n.type];
      const children = 'children' in n ? (n.children as PhrasingContent[]) : [];
      const raw = text.slice(s, e);
      // A literal address (GFM autolink) or a link without text is one code: nothing in it is translatable.
      const literal = n.type === 'link' && (children.length === 0 || raw === n.url || !/[\]]/.test(raw));
      if (kind && children.length && !literal) {
        const cs = Math.max(off(children[0]!), 0);
        const ce = off(children.at(-1)!, true);
        const id = add(kind, text.slice(s, cs), text.slice(ce, e));
        out.push({ open: id }, ...walk(children, cs, ce), { close: id });
      } else if (n.type === 'text' || n.type === 'html') {
        out.push(...textPieces(raw, true, add));
      } else {
        out.push({ ph: add(n.type === 'inlineCode' ? 'code' : n.type === 'link' ? 'link' : 'other', raw) });
      }
      at = e;
    }
    if (to > at) out.push(...textPieces(text.slice(at, to), true, add));
    return out;
  };
  return { pieces: merge(walk(para.children, 0, text.length)), codes };
}

/** Joins adjacent strings (a text node split around nothing). */
function merge(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out.at(-1);
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else if (p !== '') out.push(p);
  }
  return out;
}

/** The Markdown of pieces, each code written with the delimiters of `codes` (the English's). */
export function fromCoded(pieces: readonly Piece[], codes: readonly Code[]): string {
  const by = new Map(codes.map((c) => [c.id, c]));
  return pieces
    .map((p) => {
      if (typeof p === 'string') return p;
      if ('ph' in p) return by.get(p.ph)?.open ?? '';
      if ('open' in p) return by.get(p.open)?.open ?? '';
      return by.get(p.close)?.close ?? '';
    })
    .join('');
}

/** A short name of a code for messages: `link "../page/"`, `bold`, `` code `npm test` ``, `{{count}}`. */
export function describeCode(c: Code): string {
  switch (c.kind) {
    case 'link': {
      const url = c.close ? /\]\(\s*<?([^)\s>]*)/.exec(c.close)?.[1] : c.open;
      return `link ${c.close ? `to ${url ?? ''}` : c.open}`;
    }
    case 'strong':
      return `bold (${c.open}…${c.close})`;
    case 'emphasis':
      return `italic (${c.open}…${c.close})`;
    case 'delete':
      return `strikethrough (${c.open}…${c.close})`;
    case 'code':
      return `code ${c.open}`;
    case 'placeholder':
      return c.open;
    default:
      return c.open;
  }
}

function urlOf(c: Code): string {
  return c.close ? (/\]\(\s*<?([^)\s>]*)/.exec(c.close)?.[1] ?? '') : c.open;
}

export interface Aligned {
  /** The translation's pieces with the English's code ids. */
  pieces: Piece[];
  /** Why the translation's codes do not fit the English's (empty when they do). */
  problems: string[];
}

/**
 * Gives a translation's codes the ids of the English's: links, bold, italic and strikethrough by kind and
 * order (links by address when the translation keeps the English addresses in another order), code and
 * placeholders by their text. `optional` names English codes the translation may leave out (`{{count}}` in a
 * plural form that covers one number).
 */
export function alignCodes(english: Coded, target: Coded, optional: (c: Code) => boolean = () => false): Aligned {
  const problems: string[] = [];
  const map = new Map<number, number>();
  const free = new Set(english.codes.map((c) => c.id));
  const ofKind = (k: CodeKind) => english.codes.filter((c) => c.kind === k);
  const targetLinks = target.codes.filter((c) => c.kind === 'link');
  const englishLinks = ofKind('link');
  const byAddress =
    targetLinks.length === englishLinks.length &&
    [...targetLinks.map(urlOf)].sort().join('\u0000') === [...englishLinks.map(urlOf)].sort().join('\u0000');
  const order = new Map<CodeKind, number>();
  for (const c of target.codes) {
    let match: Code | undefined;
    if (c.kind === 'code' || c.kind === 'placeholder' || c.kind === 'other')
      match = english.codes.find((e) => free.has(e.id) && e.kind === c.kind && e.open === c.open);
    else if (c.kind === 'link' && byAddress)
      match = englishLinks.find((e) => free.has(e.id) && urlOf(e) === urlOf(c) && !!e.close === !!c.close);
    else {
      const k = order.get(c.kind) ?? 0;
      order.set(c.kind, k + 1);
      const e = ofKind(c.kind)[k];
      if (e && free.has(e.id) && !!e.close === !!c.close) match = e;
    }
    if (!match) {
      problems.push(`the translation has ${describeCode(c)}, which the English does not have`);
      continue;
    }
    free.delete(match.id);
    map.set(c.id, match.id);
  }
  for (const id of free) {
    const e = english.codes.find((c) => c.id === id)!;
    if (!optional(e)) problems.push(`the English has ${describeCode(e)}, which the translation lacks`);
  }
  const pieces = target.pieces.map((p): Piece => {
    if (typeof p === 'string') return p;
    if ('ph' in p) return { ph: map.get(p.ph) ?? 0 };
    if ('open' in p) return { open: map.get(p.open) ?? 0 };
    return { close: map.get(p.close) ?? 0 };
  });
  return { pieces, problems };
}

/** Stray Markdown delimiters left in text pieces (an unbalanced `**`, a broken link), as found in the raw text. */
export function strayDelimiters(c: Coded): string[] {
  const text = c.pieces
    .filter((p): p is string => typeof p === 'string')
    .join('\u0000')
    .replace(/\\[\\`*_~[\]()]/g, '');
  const out: string[] = [];
  if (/\*\*/.test(text)) out.push('"**"');
  else if (/(^|[^\p{L}\p{N}])__|__($|[^\p{L}\p{N}])/u.test(text)) out.push('"__"');
  if (/\]\(/.test(text) || /\[[^\]]*$/.test(text.replace(/\[[^\]]*\]/g, ''))) out.push('"[" or "]("');
  if (/`/.test(text)) out.push('"`"');
  return out;
}

/**
 * Problems with a translation's inline Markdown against its English: codes that do not pair up and stray
 * delimiters the English does not have. Empty when the structure is the English's.
 */
export function markdownProblems(target: string, english: string): string[] {
  if (plain(target) && plain(english)) return [];
  const en = toCoded(english);
  const tr = toCoded(target);
  const problems: string[] = [];
  const strayEn = new Set(strayDelimiters(en));
  const stray = strayDelimiters(tr).filter((s) => !strayEn.has(s));
  if (stray.length)
    problems.push(
      `unbalanced Markdown: ${stray.join(' and ')} left without its pair (the English has ${summary(en)}); close it or remove it`,
    );
  const kinds = (c: Coded) =>
    c.codes
      .filter((x) => x.kind !== 'code' && x.kind !== 'placeholder' && x.kind !== 'other')
      .map((x) => x.kind)
      .sort()
      .join(',');
  if (!stray.length && kinds(en) !== kinds(tr))
    problems.push(`the translation has ${summary(tr)}, the English ${summary(en)}; keep the same links and emphasis`);
  return problems;
}

function summary(c: Coded): string {
  const n = (k: CodeKind) => c.codes.filter((x) => x.kind === k && x.close !== undefined).length;
  const parts = [
    [n('link'), 'link'],
    [n('strong'), 'bold span'],
    [n('emphasis'), 'italic span'],
    [n('delete'), 'strikethrough span'],
  ]
    .filter(([count]) => (count as number) > 0)
    .map(([count, what]) => `${count} ${what}${count === 1 ? '' : 's'}`);
  return parts.length ? parts.join(', ') : 'no links or emphasis';
}
