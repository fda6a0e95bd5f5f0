/**
 * A page's translatable blocks (headings, paragraphs, table cells) and their passages, and the rules for
 * what MDX a page may hold.
 *
 * What is text, in MDX (the passages a translator sees):
 * - Markdown blocks are blocks wherever they stand, inside components too (a `<Callout>`'s paragraphs).
 * - Inline elements (`<Term>CPOR</Term>`, `<abbr title="…">`, `<kbd>`) stay in their sentence: the passage
 *   holds the tags as written, a translator translates the text between them and keeps every tag. A passage
 *   never ends inside an element (sentences.ts), so a tag pair always travels in one passage.
 * - Expressions are code: `{count}` inside a sentence stays in the passage and must appear in its translation
 *   unchanged; an expression on its own line, `import` and `export` are not text at all and are copied.
 * - Attributes and props are never text (they are not translated): readable text belongs between tags.
 * - Text standing directly inside a block-level element on one line (`<Callout>Note this.</Callout>`) has no
 *   block to carry it and is refused: it belongs on its own lines, where it is a Markdown paragraph.
 *
 * What is refused (content MDX accepts but that is unsafe to render or to translate), naming file and line:
 * elements that run or load code (`<script>`, `<iframe>`, …), event handler attributes, `javascript:` URLs,
 * inline styles (the site's CSP blocks them), `set:html`, the translation step's own components, and a
 * component that is neither imported by the page nor one of the guide's.
 */
import type { Heading, Nodes, Paragraph, Parent, Root, TableCell } from 'mdast';
import GithubSlugger from 'github-slugger';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { plainText } from './parse-mdx.ts';
import { normalizeSpace, splitSentences } from './sentences.ts';

/** Components every page may use without an import; their children are Markdown, their props are not text. */
export const GUIDE_COMPONENTS = ['Callout', 'AppliesTo', 'Roles', 'Checklist'] as const;

/**
 * The components the translation step writes into a locale's MDX (translate.ts): reserved, so that a page's
 * own markup can never be mistaken for a translation's.
 */
export const TRANSLATION_COMPONENTS = [
  'Translation',
  'Outdated',
  'Missing',
  'OutdatedPassages',
  'OutdatedEnglish',
] as const;

/** The element that holds the English of a page's outdated passages: not part of the page's blocks. */
const POPOVERS = 'OutdatedPassages';

/** Elements that run or load code, or change the document around the page. */
const REFUSED_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'link',
  'meta',
  'noscript',
  'template',
  'portal',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'xlink:href', 'data']);

export type BlockKind = 'heading' | 'paragraph' | 'cell';
/** A block's node: Markdown's, or the `<p data-b>` element the translation step writes where a paragraph would read as markup. */
export type BlockNode = Heading | Paragraph | TableCell | MdxJsxFlowElement;

export interface Block {
  /** Document-order index; `data-b` in the HTML, shared by every locale of the page. */
  index: number;
  kind: BlockKind;
  /** 1–6, for headings. */
  depth?: number;
  /** The heading's id, made from its English text: the same in every locale, so links to a section hold. */
  id?: string;
  /** Offsets of the block's inline source in the page's text (its first child's start to its last child's end). */
  start: number;
  end: number;
  /** The block's inline source, white space collapsed. */
  text: string;
  passages: string[];
  line: number;
}

/** The kind of block a node is, if it is one. */
export function blockKind(node: Nodes): BlockKind | undefined {
  switch (node.type) {
    case 'heading':
      return 'heading';
    case 'paragraph':
      return 'paragraph';
    case 'tableCell':
      return 'cell';
    case 'mdxJsxFlowElement':
      return node.name === 'p' ? 'paragraph' : undefined;
    default:
      return undefined;
  }
}

/**
 * Calls `onBlock` for every block under `parent` that holds anything, in document order, and `onNode` for
 * every other node it passes (empty blocks included); code and the outdated passages' English are not walked. The site's render
 * step numbers blocks with this same walk (src/integrations/guide-blocks.ts), so `data-b` and the passages
 * can never drift apart.
 */
export function walkBlocks(
  parent: Parent,
  onBlock: (node: BlockNode, kind: BlockKind) => void,
  onNode?: (node: Nodes) => void,
): void {
  for (const child of parent.children as Nodes[]) {
    const kind = blockKind(child);
    if (kind) {
      if ((child as BlockNode).children.length > 0) onBlock(child as BlockNode, kind);
      else onNode?.(child);
      continue;
    }
    onNode?.(child);
    if (child.type === 'code') continue;
    if (child.type === 'mdxJsxFlowElement' && child.name === POPOVERS) continue;
    if ('children' in child) walkBlocks(child, onBlock, onNode);
  }
}

/** Heading ids as the site makes them: GitHub's slugs of the headings' text, numbered when repeated, per page. */
export function headingSlugger(): (heading: BlockNode) => string {
  const slugger = new GithubSlugger();
  return (heading) => slugger.slug(plainText(heading));
}

const isHtmlName = (name: string): boolean => /^[a-z]/.test(name);

/** Local names a page's `import` and `export` statements bind, which its JSX may use as components. */
export function boundNames(esm: readonly string[]): Set<string> {
  const names = new Set<string>();
  const add = (name: string) => {
    const n = name.trim();
    if (/^[A-Za-z_$][\w$]*$/.test(n)) names.add(n);
  };
  for (const code of esm) {
    for (const m of code.matchAll(/\bimport\s+([^'";]+?)\s+from\s*['"]/g)) {
      const clause = m[1]!;
      const braces = /\{([^}]*)\}/.exec(clause);
      if (braces) for (const part of braces[1]!.split(',')) add(part.split(/\s+as\s+/).pop() ?? '');
      const rest = clause.replace(/\{[^}]*\}/, '');
      const ns = /\*\s*as\s+([\w$]+)/.exec(rest);
      if (ns) add(ns[1]!);
      for (const part of rest.replace(/\*\s*as\s+[\w$]+/, '').split(',')) add(part);
    }
    for (const m of code.matchAll(/\bexport\s+(?:async\s+)?(?:const|let|var|function\*?|class)\s+([\w$]+)/g))
      add(m[1]!);
  }
  return names;
}

/** The problem with an element's name or attributes, or undefined when it may stand in a page. */
function elementProblem(node: MdxJsxFlowElement | MdxJsxTextElement, known: ReadonlySet<string>): string | undefined {
  const name = node.name ?? '';
  if (name === '') return undefined; // a fragment, <>…</>
  if ((TRANSLATION_COMPONENTS as readonly string[]).includes(name))
    return `<${name}> is reserved for translated pages (the translation step writes it)`;
  if (isHtmlName(name)) {
    if (REFUSED_ELEMENTS.has(name.toLowerCase()))
      return `HTML <${name}> is not allowed in pages (it would run or load code, which the site's CSP blocks)`;
  } else if (!known.has(name.split('.')[0]!)) {
    return `unknown component <${name}>: import it at the top of the page, or use one every page has (${GUIDE_COMPONENTS.join(', ')})`;
  }
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') continue;
    const key = attr.name;
    if (/^on/i.test(key))
      return `the event handler ${key} on <${name}> is not allowed in pages (it would run script, which the site's CSP blocks)`;
    if (key === 'set:html' || key === 'dangerouslySetInnerHTML')
      return `${key} on <${name}> is not allowed in pages (it would insert unescaped HTML)`;
    if (isHtmlName(name) && key === 'style')
      return `the style attribute on <${name}> is not allowed in pages (the site's CSP blocks inline styles; use a class)`;
    if (URL_ATTRIBUTES.has(key) && typeof attr.value === 'string' && /^\s*(javascript|vbscript):/i.test(attr.value))
      return `${key}="${attr.value.trim().split(':')[0]}:…" on <${name}> is not allowed in pages (it would run script)`;
  }
  if (node.type === 'mdxJsxFlowElement' && node.children.some((c) => !blockKind(c) && isInline(c) && hasText(c)))
    return `text directly inside <${name}> cannot be translated: put it on its own lines, after a blank line`;
  return undefined;
}

const INLINE = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'linkReference',
  'mdxJsxTextElement',
  'break',
]);
const isInline = (node: Nodes): boolean => INLINE.has(node.type);
const hasText = (node: Nodes): boolean => plainText(node).trim() !== '';

/** Every node under `root`, depth first. */
function eachNode(root: Nodes, visit: (node: Nodes) => void): void {
  visit(root);
  if ('children' in root) for (const child of root.children as Nodes[]) eachNode(child, visit);
}

/**
 * Checks a page's tree and returns its blocks. `source` is the text the tree was parsed from (positions are
 * offsets into it, lines are the file's); every problem names `file` and the line.
 */
export function extractBlocks(root: Root, source: string, file: string): Block[] {
  const esm: string[] = [];
  for (const child of root.children) if (child.type === 'mdxjsEsm') esm.push(child.value);
  const known = new Set<string>([...GUIDE_COMPONENTS, ...boundNames(esm)]);
  eachNode(root, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') throw new Error(`${file}:${line}: raw HTML is not allowed in pages`);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const problem = elementProblem(node, known);
      if (problem) throw new Error(`${file}:${line}: ${problem}`);
    }
  });

  const blocks: Block[] = [];
  const slug = headingSlugger();
  walkBlocks(root, (node, kind) => {
    const first = node.children[0]!;
    const last = node.children[node.children.length - 1]!;
    const start = first.position?.start.offset ?? 0;
    const end = last.position?.end.offset ?? start;
    const text = normalizeSpace(source.slice(start, end));
    // Every block the walk finds is numbered, even one with no text, as the render step numbers it.
    const block: Block = {
      index: blocks.length,
      kind,
      start,
      end,
      text,
      passages: text ? splitSentences(text) : [],
      line: node.position?.start.line ?? 1,
    };
    if (node.type === 'heading') {
      block.depth = node.depth;
      block.id = slug(node);
    }
    blocks.push(block);
  });
  return blocks;
}
