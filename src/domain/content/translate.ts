/**
 * The translation step: a locale's page as MDX, made from the English MDX and the locale's stored
 * passages before anything is rendered (as gettext-based documentation tools translate at the source),
 * then rendered by the same MDX pipeline and components as the English page.
 *
 * Each block keeps its place and its Markdown around it (list markers, table pipes, the components it
 * stands in); only its inline source is replaced, run by run:
 *   current   the translation, as text: tags and expressions only where the English has them, any other
 *             `<`, `{`, `}` escaped (inline-markup.ts), and nothing at the start of a paragraph that Markdown
 *             would read as a list, heading, quote or code fence;
 *   outdated  <Outdated n="1">the translation</Outdated>, and at the end of the page, in
 *             <OutdatedPassages>, <OutdatedEnglish n="1">today's English</OutdatedEnglish>;
 *   missing   <Missing>today's English</Missing>.
 * A paragraph that would start and end with such an element is written as <p data-b="…">…</p>: MDX reads a
 * line made only of elements as block markup, not as a paragraph.
 *
 * Every translation of a page goes into one generated file, each in its own <Translation lang="…" server:root>
 * section, with the page's imports once at the top (translationsFile): the bundler's cost is per module,
 * and 50 locales × 100 pages as 5,000 modules took more than 2 GB of memory to build against about
 * 0.3 GB for the same code as 100 modules (measured with Vite's build alone). A page renders its own
 * locale's section only (src/components/content/index.ts says how).
 */
import type { Nodes, Root } from 'mdast';
import type { Block, BlockKind } from './blocks';
import { walkBlocks } from './blocks';
import { endsWithLoneBackslash, escapeTranslation, inlineMarkup } from './inline-markup';
import type { Page } from './page';
import { generatedMdxTree, plainText } from './parse-mdx';
import { joinSentences } from './sentences';
import type { PageMatch, Run } from '../translation/match';

export interface TocEntry {
  depth: number;
  id: string;
  text: string;
}

export interface TranslatedPage {
  /** The locale's MDX: the English body, each block's text replaced by its runs, without imports. */
  mdx: string;
  /** Sections of the page (depth 2 and 3 headings) with their translated text and English-made ids. */
  toc: TocEntry[];
  title: string;
  /** The title is still English (shown marked lang="en"). */
  titleMissing: boolean;
  description: string;
}

/** Sentences are joined with a space, except after a CJK full stop. */
const CJK_END = /[。！？」』）]$/;

/** Markdown that opens a block when it starts a line: a heading, quote, list item, thematic break, code fence, definition, or MDX's import/export. */
function escapeLineStart(text: string): string {
  if (/^(import|export)\b/.test(text)) return `&#${text.charCodeAt(0)};${text.slice(1)}`;
  if (/^([-*_])(\s*\1){2,}\s*$/.test(text) || /^(#{1,6}|>|[-+*])(\s|$)/.test(text) || /^(`{3,}|~{3,})/.test(text))
    return `\\${text}`;
  if (/^\[[^\]]*\]:/.test(text)) return `\\${text}`;
  return text.replace(/^(\d{1,9})([.)])(\s|$)/, '$1\\$2$3');
}

/** A translation as MDX for a block: see the module comment. */
function translationText(run: Run, kind: BlockKind, first: boolean): string {
  let text = escapeTranslation(run.target!.replace(/\s+/g, ' ').trim(), inlineMarkup(run.english));
  if (kind === 'cell') text = text.replace(/(?<!\\)((?:\\\\)*)\|/g, '$1\\|');
  if (kind === 'heading') text = text.replace(/(\s)(#+)$/, '$1\\$2');
  return first && kind === 'paragraph' && run.state === 'current' ? escapeLineStart(text) : text;
}

/** English source for a marker: a trailing lone backslash would escape the closing tag. */
const englishText = (english: string): string => (endsWithLoneBackslash(english) ? `${english}\\` : english);

/** The MDX for one block's runs; collects outdated passages' English for the popovers. */
function blockMdx(block: Block, runs: readonly Run[], outdated: string[]): string {
  let out = '';
  runs.forEach((run, i) => {
    if (i > 0 && !CJK_END.test(runs[i - 1]!.target ?? runs[i - 1]!.english)) out += ' ';
    if (run.state === 'missing') out += `<Missing>${englishText(run.english)}</Missing>`;
    else if (run.state === 'current') out += translationText(run, block.kind, i === 0);
    else {
      outdated.push(run.english);
      out += `<Outdated n="${outdated.length}">${translationText(run, block.kind, false)}</Outdated>`;
    }
  });
  if (block.kind === 'paragraph' && /^[<{][\s\S]*[>}]$/.test(out)) return `<p data-b="${block.index}">${out}</p>`;
  return out;
}

/** The page's blocks and text in a locale; `match` is how the locale's stored units cover the page. */
export function translatePage(page: Page, match: PageMatch): TranslatedPage {
  const edits: { start: number; end: number; text: string }[] = page.esm.map((e) => ({ ...e, text: '' }));
  const outdated: string[] = [];
  const headings = new Map<number, string>();
  for (const block of page.blocks) {
    const runs = match.blocks.get(String(block.index));
    if (!runs?.length) continue;
    const text = blockMdx(block, runs, outdated);
    if (block.kind === 'heading') headings.set(block.index, text);
    edits.push({ start: block.start, end: block.end, text });
  }
  edits.sort((a, b) => a.start - b.start);
  let mdx = '';
  let at = page.bodyStart;
  for (const e of edits) {
    mdx += page.source.slice(at, e.start) + e.text;
    at = e.end;
  }
  mdx += page.source.slice(at);
  mdx = mdx.replace(/^\s+/, '').replace(/\s*$/, '\n');
  if (outdated.length) {
    const english = outdated.map((e, i) => `<OutdatedEnglish n="${i + 1}">${englishText(e)}</OutdatedEnglish>`);
    mdx += `\n<OutdatedPassages>\n${english.join('\n')}\n</OutdatedPassages>\n`;
  }

  const title = match.blocks.get('title')?.[0];
  const description = match.blocks.get('description');
  return {
    mdx,
    toc: translatedToc(page, headings),
    title: title ? (title.target ?? title.english) : page.data.title,
    titleMissing: title?.state === 'missing',
    description: description ? joinSentences(description.map((r) => r.target ?? r.english)) : page.data.description,
  };
}

/**
 * The table of contents: depth 2 and 3 headings, with their translated text (parsed, so Markdown and
 * elements in it read as text) under their English ids.
 */
function translatedToc(page: Page, headings: ReadonlyMap<number, string>): TocEntry[] {
  return page.blocks.flatMap((b) => {
    if (b.kind !== 'heading' || (b.depth !== 2 && b.depth !== 3)) return [];
    const mdx = headings.get(b.index) ?? b.text;
    let text = mdx;
    try {
      const root = generatedMdxTree(`## ${mdx}`) as Root;
      text = root.children[0] ? plainText(root.children[0]) : mdx;
    } catch {
      // Shown as written: the build's MDX compile reports the heading itself.
    }
    return [{ depth: b.depth, id: b.id!, text: text.replace(/\s+/g, ' ').trim() }];
  });
}

/**
 * Checks that translated MDX has the English page's blocks, kind for kind: the escaping above is what keeps
 * a translation from changing the page's structure, and this is its test (tests/unit/fuzz/translate.test.ts
 * runs it on generated pages and translations). Returns the problem, or undefined.
 */
export function structureProblem(page: Page, mdx: string): string | undefined {
  let root: Nodes;
  try {
    root = generatedMdxTree(mdx);
  } catch (err) {
    return `the translated MDX does not parse (${(err as Error).message})`;
  }
  const found: BlockKind[] = [];
  walkBlocks(root as Root, (_node, kind) => found.push(kind));
  const english = page.blocks.map((b) => b.kind);
  return found.join(',') === english.join(',')
    ? undefined
    : `the translated MDX has other blocks than the English (${found.join(',')})`;
}

/** A relative import specifier, moved from the English page's folder to the generated file's. */
export type Relocate = (specifier: string) => string;

/**
 * The generated file of a page: its imports and exports once (relative specifiers relocated), the English
 * headings' ids (the render step gives every translation's headings these, so links to a section work in
 * every locale), and each locale's MDX in a <Translation lang> section.
 */
export function translationsFile(
  page: Page,
  translations: readonly { lang: string; mdx: string }[],
  relocate: Relocate,
): string {
  const ids = page.blocks.filter((b) => b.kind === 'heading').map((b) => b.id!);
  const esm = page.esm.map((e) =>
    e.value.replace(
      /(\bfrom\s*|\bimport\s*\(?\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g,
      (_all, lead: string, quote: string, spec: string) => `${lead}${quote}${relocate(spec)}${quote}`,
    ),
  );
  const sections = translations.map((t) => `<Translation lang="${t.lang}" server:root>\n\n${t.mdx}\n</Translation>`);
  return [
    `---\n# Generated from ${page.file} and locales/*/pages/${page.slug}.json (src/lib/translations-loader.ts).\nheadingIds: ${JSON.stringify(ids)}\n---`,
    ...esm,
    ...sections,
  ]
    .join('\n\n')
    .concat('\n');
}
