/** Compares a translation's inline Markdown with its English: links, code, markup, expressions, placeholders and emphasis. */
import { inlineMarkup, tagLength } from '../content/inline-markup.ts';
import { markdownProblems } from './inline-codes.ts';

const LINK = /\]\(([^)\s]*)[^)]*\)/g;
const CODE = /`[^`]+`/g;
const TAG = /<\/?[A-Za-z][^>]*>|<!--/g;
const PLACEHOLDER = /\{\{\s*[\w.]+\s*\}\}/g;

/** Link destinations in order. */
export function linkTargets(text: string): string[] {
  return [...text.matchAll(LINK)].map((m) => m[1] ?? '');
}

/**
 * Replaces the link destinations of `target` by those of `english`, in order; a translation that keeps the
 * English addresses in another order (its links in another order, as an exchange file may bring them back)
 * is left as it is.
 */
export function withEnglishLinks(target: string, english: string): string {
  const urls = linkTargets(english);
  const mine = linkTargets(target);
  if (mine.length === urls.length && [...mine].sort().join('\u0000') === [...urls].sort().join('\u0000')) return target;
  let i = 0;
  return target.replace(LINK, (whole) => {
    const url = urls[i++];
    return url === undefined ? whole : `](${url})`;
  });
}

/** True when `target` holds anything that looks like HTML (outside code spans) other than the `allowed` tags. */
function hasForeignMarkup(target: string, allowed: ReadonlySet<string>): boolean {
  const bare = target.replace(CODE, (code) => ' '.repeat(code.length));
  for (const m of bare.matchAll(TAG)) {
    const len = m[0] === '<!--' ? 0 : tagLength(bare, m.index);
    if (!len || !allowed.has(bare.slice(m.index, m.index + len))) return true;
  }
  return false;
}

/** The same strings, counted: `a` and `b` hold each string equally often. */
const sameMultiset = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/**
 * Problems that make a translation unusable; an empty list means it is safe to show. A translation may hold
 * markup only where its English does: the English passage's own element tags (`<Term>`) and `{…}`
 * expressions, each as many times, as written. Any other tag is refused; any other brace is text.
 */
export function inlineProblems(target: string, english: string): string[] {
  const problems: string[] = [];
  if (!target.trim()) problems.push('the translation is empty');
  const em = inlineMarkup(english);
  const tm = inlineMarkup(target);
  if (hasForeignMarkup(target, new Set(em.tags)))
    problems.push('the translation contains HTML markup, which is never rendered');
  else if (!sameMultiset(em.tags, tm.tags))
    problems.push(`the English has ${em.tags.length} element tag(s), the translation ${tm.tags.length}`);
  const kept = tm.expressions.filter((x) => em.expressions.includes(x));
  if (!sameMultiset(em.expressions, kept))
    problems.push('{…} expressions differ from the English (an expression is code: it is never translated)');
  const el = linkTargets(english).length;
  const tl = linkTargets(target).length;
  if (el !== tl) problems.push(`the English has ${el} link(s), the translation ${tl}`);
  const ec = (english.match(CODE) ?? []).sort().join('\u0000');
  const tc = (target.match(CODE) ?? []).sort().join('\u0000');
  if (ec !== tc) problems.push('inline code differs from the English (code is never translated)');
  const ep = (english.match(PLACEHOLDER) ?? []).sort().join();
  const tp = (target.match(PLACEHOLDER) ?? []).sort().join();
  if (ep !== tp) problems.push('placeholders differ from the English');
  if (!problems.length) problems.push(...markdownProblems(target, english));
  return problems;
}

/** The form used to compare English texts: white space collapsed, link destinations ignored. */
export function matchKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(LINK, ']()');
}
