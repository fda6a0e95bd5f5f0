/**
 * The MDX markup inside a passage's inline source: element tags (`<Term>`, `</Term>`, `<br />`) and `{…}`
 * expressions, outside code spans and backslash escapes. A translation keeps the English's markup as it is
 * (translation/inline-check.ts checks it); everything else in a translation is text (translate.ts escapes it).
 */

/** One element tag, as MDX writes it: name, attributes (quoted strings or `{…}`), optional self-closing slash. */
const TAG = /<\/?(?:[A-Za-z][\w.:-]*)?(?:\s+(?:[^<>{}"'\s/]+(?:=(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?|\{[^{}]*\}))*\s*\/?>/y;

export interface Markup {
  /** Element tags in order, as written. */
  tags: string[];
  /** `{…}` expressions in order, braces included. */
  expressions: string[];
}

/** The length of the code span starting at `i` (a run of backticks up to the same run), or 0 when it never closes. */
function codeSpanLength(text: string, i: number): number {
  let end = i;
  while (text[end] === '`') end++;
  const ticks = text.slice(i, end);
  const close = text.indexOf(ticks, i + ticks.length);
  return close === -1 ? 0 : close + ticks.length - i;
}

/** The length of the balanced `{…}` group starting at `i`, or 0 when it never closes. */
function expressionLength(text: string, i: number): number {
  let depth = 0;
  for (let k = i; k < text.length; k++) {
    if (text[k] === '{') depth++;
    else if (text[k] === '}' && --depth === 0) return k + 1 - i;
  }
  return 0;
}

/** The length of the element tag starting at `i`, or 0 when there is none. */
export function tagLength(text: string, i: number): number {
  TAG.lastIndex = i;
  return TAG.exec(text)?.[0].length ?? 0;
}

type Piece = 'code' | 'escape' | 'tag' | 'expression' | 'char';

/** The kind and length of the piece of `text` that starts at `i`. */
function pieceAt(text: string, i: number): [Piece, number] {
  const ch = text[i];
  if (ch === '\\' && i + 1 < text.length) return ['escape', 2];
  const len =
    ch === '`' ? codeSpanLength(text, i) : ch === '<' ? tagLength(text, i) : ch === '{' ? expressionLength(text, i) : 0;
  if (!len) return ['char', 1];
  return [ch === '`' ? 'code' : ch === '<' ? 'tag' : 'expression', len];
}

/** Where a piece that is not plain text may start: a backslash, a backtick, `<` or `{`. */
const SPECIAL = /[\\`<{]/g;

/**
 * Walks `text`, handing each piece to `visit`: code spans, escapes, tags, expressions, and the plain text
 * between them as one 'char' piece (a special character that starts nothing, such as a lone `<`, on its own).
 */
function scan(text: string, visit: (kind: Piece, piece: string) => void): void {
  let i = 0;
  while (i < text.length) {
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(text)?.index ?? text.length;
    if (next > i) {
      visit('char', text.slice(i, next));
      i = next;
      continue;
    }
    const [kind, len] = pieceAt(text, i);
    visit(kind, text.slice(i, i + len));
    i += len;
  }
}

/** The tags and expressions of a passage's inline source. */
export function inlineMarkup(text: string): Markup {
  const out: Markup = { tags: [], expressions: [] };
  scan(text, (kind, piece) => {
    if (kind === 'tag') out.tags.push(piece);
    else if (kind === 'expression') out.expressions.push(piece);
  });
  return out;
}

/**
 * A translation's inline Markdown as MDX text: the English's own tags and expressions (`markup`) kept, any
 * other `<`, `{` and `}` escaped, so a translation can never add markup or run code; code spans and
 * backslash escapes kept as written; a trailing lone backslash doubled (it would escape what follows).
 */
export function escapeTranslation(text: string, markup: Markup): string {
  const tags = [...markup.tags];
  const expressions = [...markup.expressions];
  const take = (list: string[], piece: string): boolean => {
    const at = list.indexOf(piece);
    if (at === -1) return false;
    list.splice(at, 1);
    return true;
  };
  let out = '';
  scan(text, (kind, piece) => {
    if (kind === 'tag' && take(tags, piece)) out += piece;
    else if (kind === 'expression' && take(expressions, piece)) out += piece;
    else if (kind === 'code' || kind === 'escape') out += piece;
    else out += piece.replace(/[<{}]/g, '\\$&');
  });
  return endsWithLoneBackslash(out) ? `${out}\\` : out;
}

/** True when `text` ends with an odd number of backslashes: the last would escape whatever comes next. */
export function endsWithLoneBackslash(text: string): boolean {
  return (/\\+$/.exec(text)?.[0].length ?? 0) % 2 === 1;
}
