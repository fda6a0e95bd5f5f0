/**
 * Reads Microsoft's bilingual ("side by side") localized Markdown: every translated segment
 * `<span data-ttu-id="X-N">target</span>` followed by `<span class="sxs-lookup"><span data-stu-id="X-N">English</span></span>`.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { TranslationType } from '../translation/store';
import { encodingProblem } from '../text/encoding';

export interface MsDocsMeta {
  title: string;
  description?: string;
  contentLocale: string;
  translationType: TranslationType;
  sourceCommit: string;
  msDate: string;
  handoff: string;
}

export interface MsDocsPair {
  id: string;
  english: string;
  target: string;
  line: number;
}

export interface MsDocsUnit {
  /** Segment ids joined, e.g. `5569b-110` or `5569b-130+5569b-131` when markup outside spans binds them. */
  id: string;
  english: string;
  target: string;
  line: number;
}

export interface MsDocsDocument {
  meta: MsDocsMeta;
  pairs: MsDocsPair[];
  units: MsDocsUnit[];
}

// Segment text may not contain span tags, so a broken pair cannot swallow its neighbour.
const TEXT = '((?:(?!<\\/?span)[\\s\\S])*?)';
const PAIR = new RegExp(
  `<span data-ttu-id="([^"]+)">${TEXT}<\\/span><span class="sxs-lookup"><span data-stu-id="([^"]+)">${TEXT}<\\/span><\\/span>`,
  'g',
);
const ANCHOR = /<a name="[^"]*"><\/a>/g;
/** A pair's index between two NULs stands for the pair in a line's skeleton (accepted input has no NUL). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the marker because input cannot contain it.
const PAIR_MARK = /\u0000(\d+)\u0000/g;

/** Parses a bilingual file; every error names the file, the line and, where known, the segment id. */
export function parseMsDocs(text: string, file: string): MsDocsDocument {
  const encoding = encodingProblem(text, file);
  if (encoding) throw new Error(encoding);
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(src);
  if (!fm) throw new Error(`${file}:1: missing or unterminated front matter (the file may be truncated)`);
  let raw: Record<string, unknown>;
  try {
    raw = (parseYaml(fm[1]!, { schema: 'core' }) ?? {}) as Record<string, unknown>;
  } catch (err) {
    // Lines count from the file's first `---`; the parser's own position counts from the line after it.
    const line = err instanceof YAMLParseError ? (err.linePos?.[0]?.line ?? 0) + 1 : 1;
    const reason = ((err as Error).message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new Error(`${file}:${line}: invalid front matter (${reason})`);
  }
  // `:line` of a front matter field (it starts on the file's line 2), or '' when the field is absent.
  const at = (key: string): string => {
    const i = fm[1]!.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return i === -1 ? '' : `:${i + 2}`;
  };
  const need = (key: string): string => {
    const v = raw[key];
    if (v === undefined || v === null || String(v).trim() === '')
      throw new Error(`${file}${at(key)}: front matter field "${key}" is ${at(key) ? 'empty' : 'missing'}`);
    return String(v);
  };
  const type = need('ms.translationtype');
  if (type !== 'MT' && type !== 'HT')
    throw new Error(
      `${file}${at('ms.translationtype')}: front matter field "ms.translationtype" must be MT or HT, not "${type}"`,
    );
  const meta: MsDocsMeta = {
    title: need('title'),
    contentLocale: need('ms.contentlocale'),
    translationType: type,
    sourceCommit: need('ms.sourcegitcommit'),
    msDate: need('ms.date'),
    handoff: need('ms.lasthandoff'),
  };
  if (typeof raw.description === 'string') meta.description = raw.description;

  const bodyStartLine = fm[0].split('\n').length;
  const lines = src.slice(fm[0].length).split('\n');
  const pairs: MsDocsPair[] = [];
  const units: MsDocsUnit[] = [];
  const seen = new Set<string>();
  let prefix: string | undefined;
  lines.forEach((rawLine, i) => {
    const line = bodyStartLine + i;
    const found: MsDocsPair[] = [];
    const skeleton = rawLine
      .replace(ANCHOR, '')
      .replace(PAIR, (_m, ttu: string, target: string, stu: string, english: string) => {
        if (ttu !== stu) throw new Error(`${file}:${line}: segment ${ttu}: its English span has the id ${stu}`);
        if (seen.has(ttu)) throw new Error(`${file}:${line}: segment ${ttu} appears twice`);
        const idPrefix = ttu.split('-')[0];
        prefix ??= idPrefix;
        if (idPrefix !== prefix)
          throw new Error(`${file}:${line}: segment ${ttu} does not share the file's id prefix ${prefix}`);
        if (/<\/?span/.test(target) || /<\/?span/.test(english))
          throw new Error(`${file}:${line}: segment ${ttu}: nested or broken span`);
        seen.add(ttu);
        const pair = { id: ttu, english: english.trim(), target: target.trim(), line };
        found.push(pair);
        return `\u0000${found.length - 1}\u0000`;
      });
    if (/<span|data-ttu-id|sxs-lookup|<\/span>/.test(skeleton)) {
      const id = /data-(?:ttu|stu)-id="([^"]+)"/.exec(skeleton)?.[1];
      const last = lines.slice(i + 1).every((l) => l.trim() === '');
      const why = last
        ? 'the file ends inside a bilingual span (it may be truncated)'
        : 'broken bilingual span (a translated span must be followed by its sxs-lookup English span)';
      throw new Error(`${file}:${line}: ${id ? `segment ${id}: ` : ''}${why}`);
    }
    if (!found.length) return;
    pairs.push(...found);
    const fill = (s: string, side: 'english' | 'target') =>
      s.replace(PAIR_MARK, (_m, n: string) => found[Number(n)]![side]);
    // Structure: a heading, a list item, table cells or a paragraph; what is left is the blocks' inline text.
    const inner = skeleton.replace(/^\s*(#{1,6}\s+|[-*+]\s+|\d+\.\s+)/, '');
    const cells = /^\s*\|/.test(inner) ? inner.split('|').slice(1, -1) : [inner];
    for (const cell of cells) {
      const ids = [...cell.matchAll(PAIR_MARK)].map((m) => found[Number(m[1])]!);
      if (!ids.length) continue;
      const outside = cell.replace(PAIR_MARK, '').trim();
      if (outside === '') {
        for (const p of ids) units.push({ id: p.id, english: p.english, target: p.target, line });
      } else {
        units.push({
          id: ids.map((p) => p.id).join('+'),
          english: fill(cell, 'english').trim(),
          target: fill(cell, 'target').trim(),
          line,
        });
      }
    }
  });
  if (!pairs.length) throw new Error(`${file}: no bilingual segments found (is this a Microsoft side-by-side file?)`);
  return { meta, pairs, units };
}
