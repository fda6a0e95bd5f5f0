/** Splits a block's inline Markdown into sentences without cutting through links, code or emphasis. */

const ABBREVIATION = /\b(e\.g|i\.e|etc|vs|approx|no|nr|incl)\.$/i;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Collapses white space (including soft line breaks) the way segment text is stored. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * True when `text` closes everything it opens: links, code, strong emphasis, and, for MDX, `{…}` expressions
 * and inline elements (`<Term>…</Term>`), so a passage never ends inside one. A backslash escapes the next
 * character.
 */
function balanced(text: string): boolean {
  let square = 0;
  let round = 0;
  let ticks = 0;
  let braces = 0;
  let elements = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '`') ticks++;
    if (ticks % 2 === 1) continue;
    if (ch === '{') braces++;
    else if (ch === '}') braces--;
    if (braces > 0) continue;
    if (ch === '<') {
      const tag = /^<(\/?)([A-Za-z][\w.:-]*)?(?:[^<>{}"']|"[^"]*"|'[^']*'|\{[^{}]*\})*?(\/?)>/.exec(text.slice(i));
      if (tag) {
        if (tag[1]) elements--;
        else if (!tag[3]) elements++;
        i += tag[0].length - 1;
        continue;
      }
    }
    if (ch === '[') square++;
    else if (ch === ']') square--;
    else if (ch === '(') round++;
    else if (ch === ')') round--;
  }
  const stars = (text.match(/\*\*/g) ?? []).length;
  return square <= 0 && round <= 0 && ticks % 2 === 0 && stars % 2 === 0 && braces <= 0 && elements <= 0;
}

/** Returns the sentences of `text` (already normalized), each trimmed; a text without a break is one sentence. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    const trimmed = pending.trim();
    // Cut only at white space ("Why?No" stays whole), so joining sentences with a space gives back the text.
    if (!/\s$/.test(segment) || !balanced(trimmed) || ABBREVIATION.test(trimmed)) continue;
    out.push(trimmed);
    pending = '';
  }
  if (pending.trim()) {
    if (out.length && !balanced(pending.trim())) out[out.length - 1] = `${out[out.length - 1]} ${pending.trim()}`;
    else out.push(pending.trim());
  }
  return out.filter((s) => s.length > 0);
}

/** Joins rendered sentences: no space after CJK full stops, one space otherwise. */
export function joinSentences(parts: readonly string[]): string {
  return parts.reduce(
    (acc, part, i) => (i === 0 ? part : /[。！？」』）]$/.test(acc) ? acc + part : `${acc} ${part}`),
    '',
  );
}
