/**
 * Sätteri plugins (astro.config.mjs: markdown.processor) that give every page's blocks what the translation
 * features need, in the English page and in its translations alike:
 * - `data-b`: the block's index, which the bilingual view pairs between a translation and the English;
 * - heading ids made from the English text, so a link to a section works in every locale (a translation's
 *   headings take the ids listed in its generated file's front matter, `headingIds`);
 * - loose lists, so every list item's text sits in its own paragraph (and has its own `data-b`).
 * Blocks are found by the same walk the translation step cuts passages with (src/domain/content/blocks.ts).
 * In a generated file, each <Translation> section is numbered on its own, like the English page.
 *
 * Headings and paragraphs get their attributes in the mdast; table cells in the hast (the mdast-to-hast step
 * keeps no properties on cells), in document order, from the list the mdast plugin leaves in `ctx.data`.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { defineHastPlugin, defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { headingSlugger, walkBlocks } from '../domain/content/blocks.ts';

/** `data-b` of each table cell in document order (undefined for an empty cell), for the hast plugin. */
const CELLS = 'cpor:cells';

/** Numbers the blocks of one page (or one translation of it). */
function markBlocks(
  parent: Parent,
  ctx: MdastVisitorContext,
  headingIds: readonly string[] | undefined,
  cells: (string | undefined)[],
): void {
  let index = 0;
  let heading = 0;
  const slug = headingSlugger();
  walkBlocks(
    parent,
    (node, kind) => {
      const b = String(index++);
      // The translation step writes its <p data-b> with the number already in place.
      if (node.type === 'mdxJsxFlowElement') return;
      if (kind === 'cell') {
        cells.push(b);
        return;
      }
      const hProperties: Record<string, string> = { 'data-b': b };
      if (kind === 'heading') hProperties.id = headingIds?.[heading++] ?? slug(node);
      ctx.setProperty(node, 'data', { ...node.data, hProperties });
    },
    (node) => {
      if (node.type === 'list') ctx.setProperty(node, 'spread', true);
      else if (node.type === 'listItem') ctx.setProperty(node, 'spread', true);
      if (node.type === 'tableCell') cells.push(undefined);
    },
  );
}

export const guideBlocks = defineMdastPlugin({
  name: 'cpor:guide-blocks',
  before(root: Readonly<Root>, ctx) {
    const frontmatter = (ctx.data.astro as { frontmatter?: { headingIds?: unknown } } | undefined)?.frontmatter;
    const ids = Array.isArray(frontmatter?.headingIds) ? (frontmatter.headingIds as string[]) : undefined;
    const cells: (string | undefined)[] = [];
    ctx.data[CELLS] = cells;
    const sections = root.children.filter(
      (n): n is Extract<Nodes, { type: 'mdxJsxFlowElement' }> =>
        n.type === 'mdxJsxFlowElement' && n.name === 'Translation',
    );
    if (sections.length) for (const section of sections) markBlocks(section, ctx, ids, cells);
    else markBlocks(root as Parent, ctx, undefined, cells);
  },
});

export const guideCells = defineHastPlugin({
  name: 'cpor:guide-cells',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const b = (ctx.data[CELLS] as (string | undefined)[] | undefined)?.shift();
      if (b !== undefined) ctx.setProperty(node, 'data-b', b);
    },
  },
});
