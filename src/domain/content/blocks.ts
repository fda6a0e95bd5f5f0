/** Finds a page's translatable blocks (headings, paragraphs, table cells) and their passages (sentences). */
import type { Heading, Nodes, Paragraph, Root, TableCell } from 'mdast';
import { normalizeSpace, splitSentences } from './sentences';

export type BlockNode = Heading | Paragraph | TableCell;

export interface Block {
  /** Document-order index; `data-b` in the HTML, shared by every locale of the page. */
  index: number;
  kind: 'heading' | 'paragraph' | 'cell';
  node: BlockNode;
  /** The block's inline Markdown, white space collapsed. */
  text: string;
  passages: string[];
  line: number;
}

/** Components a page may use; their children are Markdown, their props are not text. */
export const CONTAINER_COMPONENTS = ['Callout', 'AppliesTo', 'Roles', 'Checklist'] as const;
/** Components that become interactive islands. */
export const ISLAND_COMPONENTS = ['EligibilityWizard', 'DeadlineCalculator'] as const;
const KNOWN = new Set<string>([...CONTAINER_COMPONENTS, ...ISLAND_COMPONENTS]);

/** Lower-case JSX names are HTML elements (<script>, <img>), not components: say so, not "unknown component". */
const isHtmlName = (name: string | null | undefined): name is string => !!name && /^[a-z]/.test(name);

/** The inline Markdown source of a block, sliced from the page body by position. */
function inlineSource(node: BlockNode, body: string): string {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  const start = first?.position?.start.offset;
  const end = last?.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  return normalizeSpace(body.slice(start, end));
}

/** Walks the tree in document order; rejects what a page may not contain, naming file and line. */
export function extractBlocks(root: Root, body: string, file: string, lineOffset = 0): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Nodes): void => {
    const line = (node.position?.start.line ?? 0) + lineOffset;
    switch (node.type) {
      case 'mdxjsEsm':
        throw new Error(`${file}:${line}: import/export is not allowed in pages; components are provided by the site`);
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        throw new Error(`${file}:${line}: {…} expressions are not allowed in pages (escape braces as \\{ and \\})`);
      case 'mdxJsxTextElement':
        if (isHtmlName(node.name))
          throw new Error(`${file}:${line}: HTML <${node.name}> is not allowed in pages; use Markdown`);
        throw new Error(`${file}:${line}: inline component <${node.name ?? ''}> is not allowed; use Markdown`);
      case 'html':
        throw new Error(`${file}:${line}: raw HTML is not allowed in pages`);
      case 'mdxJsxFlowElement':
        if (isHtmlName(node.name))
          throw new Error(`${file}:${line}: HTML <${node.name}> is not allowed in pages; use Markdown`);
        if (!node.name || !KNOWN.has(node.name)) {
          throw new Error(`${file}:${line}: unknown component <${node.name ?? ''}> (known: ${[...KNOWN].join(', ')})`);
        }
        break;
      case 'code':
        return;
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        const text = inlineSource(node, body);
        for (const child of node.children) visit(child);
        if (text) {
          const kind = node.type === 'tableCell' ? 'cell' : node.type;
          blocks.push({ index: blocks.length, kind, node, text, passages: splitSentences(text), line });
        }
        return;
      }
      default:
        break;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  return blocks;
}
