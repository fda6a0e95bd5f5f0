/** Parses an MDX page body (Markdown + GFM tables + JSX components) into an mdast tree with positions. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Root } from 'mdast';

/** Parses `body`; syntax errors name `file` and the line in the whole file (`lineOffset` = front matter lines). */
export function parseMdx(body: string, file: string, lineOffset = 0): Root {
  try {
    return fromMarkdown(body, {
      extensions: [mdxjs(), gfm()],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
    });
  } catch (err) {
    const e = err as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
    const reason = e.reason ?? e.message ?? String(err);
    // Some messages carry only a body-relative range such as "(3:1-3:19)", where the unclosed tag opened.
    const range = /\s*\((\d+):\d+-\d+:\d+\)$/.exec(reason);
    const opened = range ? Number(range[1]) + lineOffset : undefined;
    const line = (e.line ?? e.place?.line ?? e.place?.start?.line ?? (range ? Number(range[1]) : 0)) + lineOffset;
    const text = range ? `${reason.slice(0, range.index)} (opened on line ${opened})` : reason;
    throw new Error(`${file}:${line}: cannot parse MDX (${text})`);
  }
}

/** Parses one segment's inline Markdown (never MDX, never block syntax) into phrasing nodes. */
export function parseInline(text: string): import('mdast').PhrasingContent[] {
  // A leading letter stops block syntax ("1. ", "- ", "# ") from starting; it is removed afterwards.
  const tree = fromMarkdown(`x${text}`, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const first = tree.children[0];
  if (!first || first.type !== 'paragraph') return [{ type: 'text', value: text }];
  const nodes = first.children;
  const head = nodes[0];
  if (head && head.type === 'text') {
    head.value = head.value.slice(1);
    if (head.value === '') nodes.shift();
  }
  return nodes;
}
