/** Parses an MDX page body (Markdown + GFM tables + JSX components) into an mdast tree with positions. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { PhrasingContent, Root, RootContent } from 'mdast';

/** Parses `body`; syntax errors name `file` and the line in the whole file (`lineOffset` = front matter lines). */
export function parseMdx(body: string, file: string, lineOffset = 0): Root {
  try {
    return fromMarkdown(body, {
      extensions: [mdxjs(), gfm()],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
    });
  } catch (err) {
    const e = err as {
      line?: number;
      place?: { line?: number; start?: { line?: number } };
      reason?: string;
      message?: string;
    };
    const reason = e.reason ?? e.message ?? String(err);
    // Some messages carry only a body-relative range such as "(3:1-3:19)", where the unclosed tag opened.
    const range = /\s*\((\d+):\d+-\d+:\d+\)$/.exec(reason);
    const opened = range ? Number(range[1]) + lineOffset : undefined;
    const line = (e.line ?? e.place?.line ?? e.place?.start?.line ?? (range ? Number(range[1]) : 0)) + lineOffset;
    const text = range ? `${reason.slice(0, range.index)} (opened on line ${opened})` : reason;
    throw new Error(`${file}:${line}: cannot parse MDX (${text})`);
  }
}

/**
 * Put before a passage so that block syntax ("1. ", "- ", "# ") cannot start: a letter, then a no-break space,
 * which Markdown counts as white space, so "**+ Label**" at the start still opens bold as it does at the start
 * of a line (after the letter alone it did not, and the page showed the asterisks). Removed afterwards.
 */
export const INLINE_PREFIX = 'x\u00a0';

const INLINE_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** Parses one passage's inline Markdown (never MDX, never block syntax) into phrasing nodes. */
export function parseInline(text: string): PhrasingContent[] {
  const tree = fromMarkdown(`${INLINE_PREFIX}${text}`, INLINE_OPTIONS);
  return paragraphNodes(tree.children[0], text);
}

/**
 * Parses many passages at once, as `parseInline` would one by one: plain text as it is, and the rest as one
 * paragraph per passage in a single document, which spares the Markdown parser's per-call setup (most of
 * the cost for short sentences). Falls back to one call per passage when a passage could merge with its
 * neighbours (a blank line).
 */
export function parseInlineMany(texts: readonly string[]): PhrasingContent[][] {
  const out: PhrasingContent[][] = texts.map((t) => (isPlainText(t) ? [{ type: 'text', value: t }] : []));
  const marked = texts.flatMap((_, i) => (out[i]!.length ? [] : [i]));
  const parsed = parseMarked(marked.map((i) => texts[i]!));
  marked.forEach((i, k) => {
    out[i] = parsed[k]!;
  });
  return out;
}

/**
 * True when no inline Markdown can start in `text`: no character that opens a construct (escapes, code,
 * emphasis, strikethrough, links, images, HTML, autolinks, character references), no line break or NUL
 * (which the parser replaces), no literal autolink (www., http(s):, an email address), no edge
 * whitespace. Such a passage parses to the one text node it is; most sentences are like this, and the
 * parser is the costliest step of a page.
 */
function isPlainText(text: string): boolean {
  return text !== '' && !/[\\`*_~[\]!<>&@\n\r\0]|^\s|\s$|www\.|https?:/i.test(text);
}

function parseMarked(texts: readonly string[]): PhrasingContent[][] {
  if (texts.length < 2 || texts.some((t) => /\n\s*\n|^\s|\s$/.test(t))) return texts.map(parseInline);
  const tree = fromMarkdown(texts.map((t) => `${INLINE_PREFIX}${t}`).join('\n\n'), INLINE_OPTIONS);
  if (tree.children.length !== texts.length || tree.children.some((c) => c.type !== 'paragraph'))
    return texts.map(parseInline);
  return tree.children.map((c, i) => paragraphNodes(c, texts[i]!));
}

function paragraphNodes(first: RootContent | undefined, text: string): PhrasingContent[] {
  if (first?.type !== 'paragraph') return [{ type: 'text', value: text }];
  const nodes = first.children;
  const head = nodes[0];
  if (head && head.type === 'text') {
    head.value = head.value.slice(INLINE_PREFIX.length);
    if (head.value === '') nodes.shift();
  }
  return nodes;
}
