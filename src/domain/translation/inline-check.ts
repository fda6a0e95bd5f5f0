/** Compares a translation's inline Markdown with its English: links, code, HTML, placeholders and emphasis. */
import { markdownProblems } from './inline-codes';

const LINK = /\]\(([^)\s]*)[^)]*\)/g;
const CODE = /`[^`]+`/g;
const TAG = /<\/?[A-Za-z][^>]*>|<!--/;
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

/** Problems that make a translation unusable; an empty list means it is safe to show. */
export function inlineProblems(target: string, english: string): string[] {
  const problems: string[] = [];
  if (!target.trim()) problems.push('the translation is empty');
  if (TAG.test(target)) problems.push('the translation contains HTML markup, which is never rendered');
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
