/**
 * Parses a page's MDX with Sätteri, the parser @astrojs/mdx renders it with, and the same settings
 * (MDX_FEATURES, which astro.config.mjs hands to the renderer): the blocks and passages the translation step
 * cuts here are exactly the blocks the rendered page has.
 */
import type { Nodes, Root } from 'mdast';
import { type Features, mdxToMdast } from 'satteri';
import { endsWithLoneBackslash } from './inline-markup.ts';

/**
 * Markdown features of every page, here and in astro.config.mjs. Footnotes are off: a page's translations
 * share one generated file (src/domain/content/translate.ts), and footnote definitions are collected per file,
 * not per translation. Smart punctuation is off: the text keeps the quotes and dashes its author typed.
 */
export const MDX_FEATURES = {
  gfm: { footnotes: false },
  smartPunctuation: false,
} as const satisfies Features;

/**
 * Parses MDX `source` into mdast with positions. `source` is a whole file whose front matter was blanked
 * (spaces and newlines kept, as Astro does), so positions are the file's lines and offsets; errors name
 * `file` and that line.
 */
export function parseMdx(source: string, file: string): Root {
  // Sätteri (0.x) does not throw on one input but aborts the whole process: text that ends in a backslash with
  // no line break after it, where an `import`/`export` block holds `</` (found by tests/unit/fuzz/segmenter.test.ts).
  // @astrojs/mdx would meet the same file, so it is refused here, naming the line, before either parser sees it.
  if (endsWithLoneBackslash(source) && !source.endsWith('\n')) {
    const line = source.split('\n').length;
    throw new Error(
      `${file}:${line}: the file ends with a backslash and no line break after it; end the file with a line break (the MDX parser stops the build on this)`,
    );
  }
  let tree: Nodes;
  try {
    tree = mdxToMdast(source, { features: MDX_FEATURES });
  } catch (err) {
    throw new Error(`${file}:${parseErrorText(err instanceof Error ? err.message : String(err))}`);
  }
  if (tree.type !== 'root') throw new Error(`${file}:1: cannot parse MDX (no document)`);
  return tree;
}

/**
 * The parser says `L:C: reason (L:C) (rule)`, where a second position is where an unclosed element opened:
 * kept as "opened on line L"; the rule's id is dropped.
 */
function parseErrorText(message: string): string {
  const m = /^(\d+):\d+: ([\s\S]*?)(?: \((mdx[\w-]*:[\w-]+)\))?$/.exec(message.trim());
  if (!m) return `1: cannot parse MDX (${message.trim()})`;
  const reason = m[2]!.replace(/ \((\d+):\d+\)/g, (_all, line: string) => ` (opened on line ${line})`);
  return `${m[1]}: cannot parse MDX (${reason})`;
}

/** Replaces the front matter by spaces (newlines kept), so a parse of the whole file reports the file's own lines and offsets. */
export function blankFrontMatter(text: string, bodyStart: number): string {
  return text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + text.slice(bodyStart);
}

/**
 * The text a reader sees in a node: text and inline code, and the text inside inline elements; not
 * expressions (code) or attributes. Heading ids and tables of contents are made from it.
 */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm') return '';
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/**
 * mdast of MDX the translation step wrote (a heading, a translated page), without positions. A line break is
 * added at the end: Sätteri aborts the process on some text ending in a lone backslash (see parseMdx), and a
 * final line break changes nothing else.
 */
export function generatedMdxTree(mdx: string): Nodes {
  return mdxToMdast(mdx.endsWith('\n') ? mdx : `${mdx}\n`, { features: MDX_FEATURES, position: false });
}
