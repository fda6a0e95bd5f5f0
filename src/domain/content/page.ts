/** One English source page: front matter, MDX tree, translatable blocks, import and export statements. */
import type { Root } from 'mdast';
import { extractBlocks, type Block } from './blocks';
import { parseFrontMatter, splitFrontMatter, type PageData } from './frontmatter';
import { blankFrontMatter, parseMdx } from './parse-mdx';
import { normalizeSpace, splitSentences } from './sentences';
import type { SourceBlock } from '../translation/match';

export interface Page {
  slug: string;
  file: string;
  data: PageData;
  /** The file's text, line endings normalized: every offset of the page points into it. */
  source: string;
  /** Where the body starts in `source` (after the front matter). */
  bodyStart: number;
  /** The MDX tree of the whole file (front matter blanked), with positions. */
  root: Root;
  blocks: Block[];
  /** The page's `import` and `export` statements, in order. */
  esm: { start: number; end: number; value: string }[];
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Loads `src/content/docs/en/<slug>.mdx` text; every error names the file (and line where known). */
export function loadPage(file: string, text: string): Page {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  if (!SLUG.test(slug))
    throw new Error(`${file}: the file name "${slug}" is not a valid page slug (lower-case words joined by -)`);
  const { yaml, bodyStart, normalized } = splitFrontMatter(text, file);
  const data = parseFrontMatter(yaml, file);
  const source = normalized;
  const root = parseMdx(blankFrontMatter(source, bodyStart), file);
  const blocks = extractBlocks(root, source, file);
  const esm = root.children.flatMap((node) =>
    node.type === 'mdxjsEsm'
      ? [{ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0, value: node.value }]
      : [],
  );
  return { slug, file, data, source, bodyStart, root, blocks, esm };
}

/** The page's passages grouped by block, as the translation matcher reads them: title, description, body. */
export function sourceBlocks(page: Page): SourceBlock[] {
  return [
    { ref: 'title', passages: [normalizeSpace(page.data.title)] },
    { ref: 'description', passages: splitSentences(normalizeSpace(page.data.description)) },
    ...page.blocks.map((b) => ({ ref: String(b.index), passages: b.passages })),
  ];
}

/** Checks a set of pages for duplicate slugs and links to pages that do not exist. */
export function checkPageSet(pages: readonly Page[], extraRoutes: readonly string[] = []): string[] {
  const errors: string[] = [];
  const slugs = new Set<string>();
  for (const p of pages) {
    if (slugs.has(p.slug)) errors.push(`${p.file}: duplicate page slug "${p.slug}"`);
    slugs.add(p.slug);
  }
  const known = new Set([...slugs, ...extraRoutes]);
  for (const p of pages) {
    for (const b of p.blocks) {
      for (const m of b.text.matchAll(/\]\(\.\.\/([a-z0-9-]+)\/?(#[^)]*)?\)/g)) {
        if (!known.has(m[1]!)) errors.push(`${p.file}:${b.line}: link to a missing page "../${m[1]}/"`);
      }
    }
  }
  return errors;
}
