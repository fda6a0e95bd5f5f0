/** Splits a block's inline Markdown into sentences without cutting through links, code or emphasis. */

const ABBREVIATION = /\b(e\.g|i\.e|etc|vs|approx|no|nr|incl)\.$/i;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Collapses white space (including soft line breaks) the way segment text is stored. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function balanced(text: string): boolean {
  let square = 0;
  let round = 0;
  let ticks = 0;
  for (const ch of text) {
    if (ch === '`') ticks++;
    if (ticks % 2 === 1) continue;
    if (ch === '[') square++;
    else if (ch === ']') square--;
    else if (ch === '(') round++;
    else if (ch === ')') round--;
  }
  const stars = (text.match(/\*\*/g) ?? []).length;
  return square <= 0 && round <= 0 && ticks % 2 === 0 && stars % 2 === 0;
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
