/**
 * Renders one page in one locale: translated passages in place, outdated ones flagged with today's English
 * one click away (a native popover, no script), missing ones in English marked lang="en".
 * Returns the body as parts (HTML, and island slots between them), the table of contents and the passage counts.
 */
import type { Nodes as HastNodes } from 'hast';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString as mdastText } from 'mdast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { extractBlocks, ISLAND_COMPONENTS } from './blocks';
import { parseInline, parseInlineMany } from './parse-mdx';
import { joinSentences } from './sentences';
import type { Page } from './page';
import type { PageMatch, Run } from '../translation/match';

export interface RenderLabels {
  calloutNote: string;
  calloutWarning: string;
  calloutConflict: string;
  appliesTo: string;
  roles: string;
  /** Visible badge on an outdated passage. */
  outdatedBadge: string;
  /** Screen-reader text after the badge. */
  outdatedHint: string;
  /** Heading inside the popover that shows today's English. */
  outdatedTitle: string;
}

export type BodyPart = { kind: 'html'; html: string } | { kind: 'island'; name: (typeof ISLAND_COMPONENTS)[number] };

export interface TocEntry {
  depth: number;
  id: string;
  text: string;
}

export interface RenderedPage {
  parts: BodyPart[];
  toc: TocEntry[];
  titleHtml: string;
  titleText: string;
  /** The title's state, so navigation can mark an untranslated title lang="en". */
  titleMissing: boolean;
  descriptionText: string;
}

type Data = { hName?: string; hProperties?: Record<string, unknown>; hChildren?: HastNodes[] };
const node = (type: string, data: Data, children: unknown[] = []): PhrasingContent =>
  ({ type, data, children }) as unknown as PhrasingContent;

interface Popover {
  id: string;
  english: PhrasingContent[];
}

type Inline = (text: string) => PhrasingContent[];

/** The texts `runsToNodes` will parse for these runs, in order. */
function runsTexts(runs: readonly Run[]): string[] {
  return runs.flatMap((p) =>
    p.state === 'current' ? [p.target!] : p.state === 'outdated' ? [p.english, p.target!] : [p.english],
  );
}

/** Parses every text up front in one pass; the returned lookup hands each parse out once, then parses anew. */
function preparedInline(texts: readonly string[]): Inline {
  const parsed = parseInlineMany(texts);
  const ready = new Map<string, PhrasingContent[][]>();
  texts.forEach((t, i) => {
    const list = ready.get(t);
    if (list) list.push(parsed[i]!);
    else ready.set(t, [parsed[i]!]);
  });
  return (text) => ready.get(text)?.shift() ?? parseInline(text);
}

/** Inline nodes for one block from its runs; collects popovers for outdated passages. */
function runsToNodes(runs: readonly Run[], labels: RenderLabels, pops: Popover[], inline: Inline): PhrasingContent[] {
  const parts: PhrasingContent[][] = [];
  const texts: string[] = [];
  for (const p of runs) {
    texts.push(p.target ?? p.english);
    if (p.state === 'current') {
      parts.push(inline(p.target!));
    } else if (p.state === 'outdated') {
      const id = `seg-en-${pops.length + 1}`;
      pops.push({ id, english: inline(p.english) });
      const flag = node('segFlag', {
        hName: 'button',
        hProperties: { type: 'button', popovertarget: id, className: ['seg-flag'] },
        hChildren: [
          { type: 'text', value: labels.outdatedBadge },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['visually-hidden'] },
            children: [{ type: 'text', value: ` ${labels.outdatedHint}` }],
          },
        ],
      });
      parts.push([
        node('segOutdated', { hName: 'span', hProperties: { className: ['seg', 'seg-outdated'] } }, [
          ...inline(p.target!),
          flag,
        ]),
      ]);
    } else {
      parts.push([
        node(
          'segMissing',
          { hName: 'span', hProperties: { className: ['seg', 'seg-missing'], lang: 'en', dir: 'ltr' } },
          inline(p.english),
        ),
      ]);
    }
  }
  // Sentences are joined with a space, except after CJK full stops.
  const out: PhrasingContent[] = [];
  parts.forEach((nodes, i) => {
    if (i > 0 && !/[。！？」』）]$/.test(texts[i - 1]!)) out.push({ type: 'text', value: ' ' });
    out.push(...nodes);
  });
  return out;
}

/** Turns components into plain elements; islands into placeholders split out after serialization. */
function mapComponents(tree: Root, labels: RenderLabels): void {
  const walk = (parent: { children: RootContent[] }): void => {
    parent.children = parent.children.map((child) => {
      if (child.type !== 'mdxJsxFlowElement') {
        if ('children' in child) walk(child as unknown as { children: RootContent[] });
        return child;
      }
      walk(child as unknown as { children: RootContent[] });
      const name = child.name ?? '';
      if ((ISLAND_COMPONENTS as readonly string[]).includes(name)) {
        return {
          type: 'island',
          data: { hName: 'cpor-island', hProperties: { dataName: name } },
          children: [],
        } as unknown as RootContent;
      }
      const attr = (key: string): string | undefined => {
        const a = child.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === key);
        return typeof a?.value === 'string' ? a.value : undefined;
      };
      const titled = (cls: string, title: string, role?: string) =>
        ({
          type: 'component',
          data: {
            hName: 'div',
            hProperties: role ? { className: [cls], role } : { className: [cls] },
          },
          children: [
            {
              type: 'paragraph',
              data: { hProperties: { className: [`${cls}-title`] } },
              children: [{ type: 'strong', children: [{ type: 'text', value: title }] }],
            },
            ...child.children,
          ],
        }) as unknown as RootContent;
      switch (name) {
        case 'Callout': {
          const kind = attr('kind') ?? 'note';
          const title =
            kind === 'conflict'
              ? labels.calloutConflict
              : kind === 'warning'
                ? labels.calloutWarning
                : labels.calloutNote;
          const c = titled('callout', title, 'note') as unknown as { data: Data };
          (c.data.hProperties!.className as string[]).push(`callout-${kind}`);
          return c as unknown as RootContent;
        }
        case 'AppliesTo':
          return titled('meta-list', labels.appliesTo);
        case 'Roles':
          return titled('meta-list', labels.roles);
        default: // Checklist
          return {
            type: 'component',
            data: { hName: 'div', hProperties: { className: ['checklist'] } },
            children: child.children,
          } as unknown as RootContent;
      }
    });
  };
  walk(tree);
}

/** Renders `page`; without `match` the page is shown in English (the source locale). */
export function renderPage(page: Page, labels: RenderLabels, match?: PageMatch): RenderedPage {
  const tree = structuredClone(page.root);
  const blocks = extractBlocks(tree, page.body, page.file, page.lineOffset);
  const slugger = new GithubSlugger();
  const pops: Popover[] = [];
  const toc: TocEntry[] = [];
  const inline = preparedInline(blocks.flatMap((b) => runsTexts(match?.blocks.get(String(b.index)) ?? [])));

  for (const block of blocks) {
    block.node.data ??= {};
    const data = block.node.data as Data;
    const props: Record<string, unknown> = { dataB: block.index };
    if (block.node.type === 'heading') props.id = slugger.slug(mdastText(block.node));
    const runs = match?.blocks.get(String(block.index));
    if (runs) block.node.children = runsToNodes(runs, labels, pops, inline) as typeof block.node.children;
    data.hProperties = props;
    if (block.node.type === 'heading' && (block.node.depth === 2 || block.node.depth === 3)) {
      toc.push({ depth: block.node.depth, id: String(props.id), text: mdastText(block.node) });
    }
  }
  // Every list item keeps its paragraph, so each passage has its own element (and data-b).
  const loosen = (n: Nodes): void => {
    if (n.type === 'list' || n.type === 'listItem') n.spread = true;
    if ('children' in n) for (const c of n.children as Nodes[]) loosen(c);
  };
  loosen(tree);
  mapComponents(tree, labels);

  if (pops.length) {
    tree.children.push({
      type: 'component',
      data: { hName: 'div', hProperties: { className: ['seg-pops'] } },
      children: pops.map((p) => ({
        type: 'component',
        data: { hName: 'div', hProperties: { popover: 'auto', id: p.id, className: ['seg-pop'] } },
        children: [
          {
            type: 'paragraph',
            data: { hProperties: { className: ['seg-pop-title'] } },
            children: [{ type: 'strong', children: [{ type: 'text', value: labels.outdatedTitle }] }],
          },
          { type: 'paragraph', data: { hProperties: { lang: 'en', dir: 'ltr' } }, children: p.english },
        ],
      })),
    } as unknown as RootContent);
  }

  const html = toHtml(toHast(tree) as HastNodes);
  const parts: BodyPart[] = [];
  let last = 0;
  for (const m of html.matchAll(/<cpor-island data-name="(\w+)"><\/cpor-island>/g)) {
    parts.push({ kind: 'html', html: html.slice(last, m.index) });
    parts.push({ kind: 'island', name: m[1] as BodyPart extends { name: infer N } ? N : never });
    last = m.index + m[0].length;
  }
  parts.push({ kind: 'html', html: html.slice(last) });

  return { parts, toc, ...renderSummary(page, labels, match) };
}

/** What navigation, the home page and the status page show of a page: its title and description only. */
export type PageSummary = Pick<RenderedPage, 'titleHtml' | 'titleText' | 'titleMissing' | 'descriptionText'>;

/** A page's localized title and description without rendering its body (cheap enough for every page of every locale). */
export function renderSummary(page: Page, labels: RenderLabels, match?: PageMatch): PageSummary {
  const titlePieces = match?.blocks.get('title');
  // The title shows no flag (its popover would sit outside the content); the page notice counts it.
  const titleNodes = titlePieces
    ? runsToNodes(
        titlePieces.map((p) => (p.state === 'outdated' ? { ...p, state: 'current' as const } : p)),
        labels,
        [],
        parseInline,
      )
    : parseInline(page.data.title);
  const titleHtml = toHtml(toHast({ type: 'paragraph', children: titleNodes }) as HastNodes).replace(
    /^<p>|<\/p>$/g,
    '',
  );
  const descPieces = match?.blocks.get('description');
  const descriptionText = descPieces
    ? joinSentences(descPieces.map((p) => p.target ?? p.english))
    : page.data.description;
  return {
    titleHtml,
    titleText: mdastText({ type: 'paragraph', children: titleNodes }),
    titleMissing: titlePieces?.[0]?.state === 'missing',
    descriptionText,
  };
}
