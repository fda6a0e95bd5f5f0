/**
 * Rebuilds one page's Markdown in one locale from our stored translations, for the Starlight copy of the
 * site in the benchmark: each block's inline source is replaced by its runs (translation, or English where
 * missing) and our components become what Starlight offers (asides, plain lists with a bold label).
 */
import type { Nodes } from 'mdast';
import type { Page } from '../../src/domain/content/page';
import { joinSentences } from '../../src/domain/content/sentences';
import { sourceEntry } from '../../src/domain/sources/register';
import type { PageMatch } from '../../src/domain/translation/match';

export interface MarkdownLabels {
  calloutNote: string;
  calloutWarning: string;
  calloutConflict: string;
  appliesTo: string;
  roles: string;
  sources: string;
  sourcesIntro: string;
  /** Already formatted for the locale, e.g. "Last checked on 22 November 2026". */
  lastChecked: string;
  /** The CC BY credit our pages show when the text derives from Microsoft's. */
  credit: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const ASIDE: Record<string, 'note' | 'caution' | 'danger'> = { note: 'note', warning: 'caution', conflict: 'danger' };

/** YAML scalar that survives any text: a JSON string is valid YAML. */
const yamlString = (s: string) => JSON.stringify(s);

/** The joined text of a block's runs; undefined when the locale is the source (no match). */
function blockText(match: PageMatch | undefined, ref: string): string | undefined {
  const runs = match?.blocks.get(ref);
  return runs ? joinSentences(runs.map((p) => p.target ?? p.english)) : undefined;
}

/** Opening and closing replacements for a component; islands disappear (Starlight has no equivalent). */
function componentEdits(node: Nodes & { type: 'mdxJsxFlowElement' }, labels: MarkdownLabels): Edit[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  const first = node.children[0]?.position?.start.offset;
  const last = node.children[node.children.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return [{ start, end, text: '' }];
  const attr = (key: string) => {
    const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === key);
    return typeof a?.value === 'string' ? a.value : undefined;
  };
  let open = '';
  let close = '';
  switch (node.name) {
    case 'Callout': {
      const kind = attr('kind') ?? 'note';
      const title =
        kind === 'conflict' ? labels.calloutConflict : kind === 'warning' ? labels.calloutWarning : labels.calloutNote;
      open = `:::${ASIDE[kind] ?? 'note'}[${title.replace(/[[\]]/g, '')}]\n`;
      close = '\n:::';
      break;
    }
    case 'AppliesTo':
      open = `**${labels.appliesTo}**\n\n`;
      break;
    case 'Roles':
      open = `**${labels.roles}**\n\n`;
      break;
    default:
      break; // Checklist: the list itself, which is what our page shows too.
  }
  return [
    { start, end: first, text: open },
    { start: last, end, text: close },
  ];
}

/** The page as a Starlight Markdown file (front matter + body) in the locale that `match` describes. */
export function localizedMarkdown(page: Page, match: PageMatch | undefined, labels: MarkdownLabels): string {
  // The page's imports and exports go: Starlight's Markdown has none, and its components are replaced below.
  const edits: Edit[] = page.esm.map((e) => ({ start: e.start, end: e.end, text: '' }));
  for (const block of page.blocks) {
    const text = blockText(match, String(block.index));
    if (text === undefined) continue;
    // Table cells cannot hold a raw pipe; everything else keeps its Markdown.
    edits.push({
      start: block.start,
      end: block.end,
      text: block.kind === 'cell' ? text.replace(/(?<!\\)\|/g, '\\|') : text,
    });
  }
  const visit = (node: Nodes): void => {
    if (node.type === 'mdxJsxFlowElement') edits.push(...componentEdits(node, labels));
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(page.root);
  let body = page.source;
  for (const e of edits.sort((a, b) => b.start - a.start)) body = body.slice(0, e.start) + e.text + body.slice(e.end);
  body = body.slice(page.bodyStart);

  const title = blockText(match, 'title') ?? page.data.title;
  const description = blockText(match, 'description') ?? page.data.description;
  const sources = page.data.sources
    .map(sourceEntry)
    .map((s) => `- ${s.id} [${s.title.replace(/[[\]]/g, '')}](${s.url})`)
    .join('\n');
  const meta = [
    labels.lastChecked,
    `## ${labels.sources}`,
    labels.sourcesIntro,
    sources,
    ...(page.data.derivedFromMicrosoft ? [labels.credit] : []),
  ].join('\n\n');
  return `---\ntitle: ${yamlString(title)}\ndescription: ${yamlString(description)}\nsidebar:\n  order: ${page.data.order}\n---\n\n${body.replace(/\n{3,}/g, '\n\n').trim()}\n\n${meta}\n`;
}
