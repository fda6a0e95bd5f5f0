/**
 * gettext PO for the exchange (exchange.ts), read and written with gettext-parser.
 *
 * - an entry per passage or UI string; `msgctxt` is `<file>#<id>` (`pages/overview#s0d15a574`,
 *   `ui/common#search.results_one`) and must come back unchanged; a plural form is an entry of its own;
 * - the placeholder convention for inline codes: a link or emphasis is a numbered pair of tags around its
 *   text, `<1>the guide</1>`; code and other fixed text is a numbered empty tag, `<2/>`; `{{placeholders}}`
 *   stay as they are. The import checks that the tags and placeholders are those of the English;
 * - flags: `fuzzy` = needs review (an outdated translation, with the previous English as `#| msgid`; a
 *   fuzzy entry is not imported until the flag is removed), `machine-translated`, `reviewed`;
 * - extracted comments (`#.`) hold the notes and the unit's `base:` hash.
 */
import { po, type PoData, type PoEntry } from 'gettext-parser';
import type { ExDoc, ExUnit, InDoc, InUnit } from './exchange';
import { toCoded, type Code, type Piece } from './inline-codes';

/** Pieces in the PO convention: `<1>…</1>`, `<2/>`, placeholders as written. */
export function poText(pieces: readonly Piece[], codes: readonly Code[]): string {
  const by = new Map(codes.map((c) => [c.id, c]));
  return pieces
    .map((p) => {
      if (typeof p === 'string') return p;
      if ('ph' in p) {
        const c = by.get(p.ph)!;
        return c.kind === 'placeholder' ? c.open : `<${c.id}/>`;
      }
      return 'open' in p ? `<${p.open}>` : `</${p.close}>`;
    })
    .join('');
}

const TAG = /<(\/?)(\d+)(\/?)>/g;

/** Reads the PO convention back into pieces; placeholders stay text (exchange.ts pairs them with the English's). */
export function poPieces(text: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(TAG)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    const id = Number(m[2]);
    if (m[1] && !m[3]) out.push({ close: id });
    else if (!m[1] && m[3]) out.push({ ph: id });
    else if (!m[1]) out.push({ open: id });
    else out.push(m[0]);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

const HEADER_NOTE = [
  'CPOR Guide translations for a translation tool (npm run i18n:export -- --format po).',
  'Translate msgstr only; keep msgctxt and msgid as they are.',
  'Codes: <1>text</1> is a link or emphasis around its text (translate the text, keep the tags);',
  '<2/> is code or another fixed text (keep it); {{name}} placeholders stay as they are.',
  'Flags: fuzzy = needs review (not imported until you remove the flag); reviewed; machine-translated.',
  'Bring the file back with: npm run i18n:import -- file.po',
].join('\n');

function entry(fileId: string, u: ExUnit): PoEntry {
  const flags = [
    ...(u.state === 'needs-review' ? ['fuzzy'] : []),
    ...(u.state === 'machine' ? ['machine-translated'] : []),
    ...(u.state === 'reviewed' ? ['reviewed'] : []),
  ];
  const comments: NonNullable<PoEntry['comments']> = { extracted: [...u.notes, `base: ${u.base}`].join('\n') };
  if (flags.length) comments.flag = flags.join(', ');
  if (u.previousEnglish !== undefined) {
    const prev = toCoded(u.previousEnglish);
    comments.previous = `msgid ${JSON.stringify(poText(prev.pieces, prev.codes))}`;
  }
  return {
    msgctxt: `${fileId}#${u.id}`,
    msgid: poText(u.source.pieces, u.source.codes),
    msgstr: [u.target ? poText(u.target, u.source.codes) : ''],
    comments,
  };
}

/** Writes the exchange as a PO file. */
export function writePo(doc: ExDoc): string {
  const headers = {
    'Project-Id-Version': 'cpor-guide',
    Language: doc.tag,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'X-Generator': 'cpor-guide i18n:export',
  };
  const translations: PoData['translations'] = {
    '': {
      '': {
        msgid: '',
        msgstr: [
          `${Object.entries(headers)
            .map(([k, v]) => `${k}: ${v}`)
            .join('\n')}\n`,
        ],
        comments: { translator: HEADER_NOTE },
      },
    },
  };
  for (const f of doc.files)
    for (const u of f.units) {
      const e = entry(f.id, u);
      translations[e.msgctxt!] = { [e.msgid]: e };
    }
  return po.compile({ charset: 'utf-8', headers, translations }, { foldLength: 0 }).toString().replace(/\n*$/, '\n');
}

const KEYWORD = /^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+(.*)$/;
const QUOTED = /^"(?:[^"\\]|\\.)*"$/;

/** Checks the quoting of every line first: gettext-parser's own message does not say what to do. */
function lintQuoting(text: string, file: string): void {
  const lines = text.split('\n');
  let msgid = '';
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('#')) return;
    const m = KEYWORD.exec(line);
    if (m?.[1] === 'msgid' && QUOTED.test(m[2]!.trim())) msgid = unquote(m[2]!.trim());
    const entry = msgid ? ` in the entry for the English ${JSON.stringify(msgid.slice(0, 80))}` : '';
    const value = m ? m[2]!.trim() : line;
    if (!m && !line.startsWith('"'))
      throw new Error(
        `${file}:${i + 1}: not a PO line (${JSON.stringify(raw.slice(0, 60))}); a text line must start with msgid, msgstr or a quote`,
      );
    if (!QUOTED.test(value)) {
      const open = value.startsWith('"') && !/(?:^|[^\\])(?:\\\\)*"$/.test(value.slice(1));
      throw new Error(
        open
          ? `${file}:${i + 1}: the text is not closed with a quote${entry}; end the line with " (a line break inside the text is written \\n)`
          : `${file}:${i + 1}: broken quoting${entry}: a " inside the text must be written \\" (the line: ${raw.trim().slice(0, 80)})`,
      );
    }
  });
}

/** Decodes a PO string literal (its C escapes are JSON's, for the ones a msgctxt holds). */
function unquote(s: string): string {
  try {
    return JSON.parse(s) as string;
  } catch {
    return s.slice(1, -1);
  }
}

/** Line of each msgctxt (its first line), by its value. */
function contextLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^msgctxt\s+(".*")\s*$/.exec(lines[i]!.trim());
    if (!m) continue;
    let value = unquote(m[1]!);
    for (let j = i + 1; j < lines.length && /^\s*"/.test(lines[j]!); j++) value += unquote(lines[j]!.trim());
    if (!out.has(value)) out.set(value, i + 1);
  }
  return out;
}

/** Reads a PO file; `categories` lists the locale's (`tag`) plural categories, to spread a gettext plural entry's msgstr[n]. */
export function readPo(text: string, file: string, tag: string, categories: readonly string[]): InDoc {
  lintQuoting(text, file);
  let data: PoData;
  try {
    data = po.parse(text);
  } catch (err) {
    const msg = (err as Error).message.replace(/^Error parsing PO data: /, '');
    const line = /at line (\d+)/.exec(msg)?.[1];
    throw new Error(`${file}:${line ?? 1}: not a readable PO file (${msg.replace(/ at line \d+/, '')})`);
  }
  const doc: InDoc = { format: 'po', units: [], fileLines: new Map() };
  const language = data.headers.Language ?? data.headers.language;
  if (language) {
    doc.language = language;
    doc.languageLine = text.split('\n').findIndex((l) => /^"Language:/.test(l.trim())) + 1 || 1;
  }
  const lines = contextLines(text);
  for (const [ctx, entries] of Object.entries(data.translations)) {
    for (const e of Object.values(entries)) {
      if (ctx === '' && e.msgid === '') continue;
      const line = lines.get(ctx) ?? 1;
      const m = /^((?:pages|ui)\/[^#]+)#(.+)$/.exec(ctx);
      if (!m) {
        doc.units.push({
          file: '',
          id: ctx,
          line,
          problems: [],
          refusal: `${ctx === '' ? `the entry ${JSON.stringify(e.msgid.slice(0, 60))} has no msgctxt` : `unknown msgctxt "${ctx}"`}; every entry keeps the msgctxt it was exported with (<file>#<id>): restore it, or export the file again`,
        });
        continue;
      }
      const flags = (e.comments?.flag ?? '').split(',').map((f) => f.trim());
      const base = /(?:^|\n)base: (\S+)/.exec(e.comments?.extracted ?? '')?.[1];
      const state = flags.includes('fuzzy')
        ? ('needs-review' as const)
        : flags.includes('reviewed')
          ? ('reviewed' as const)
          : flags.includes('machine-translated')
            ? ('machine' as const)
            : undefined;
      const forms =
        e.msgid_plural === undefined
          ? [{ id: m[2]!, msgid: e.msgid, msgstr: e.msgstr[0] ?? '' }]
          : e.msgstr.map((s, i) => ({
              id: `${m[2]}_${categories[i] ?? `form${i}`}`,
              msgid: e.msgid_plural!,
              msgstr: s,
            }));
      if (e.msgid_plural !== undefined && e.msgstr.length !== categories.length) {
        doc.units.push({
          file: m[1]!,
          id: m[2]!,
          line,
          problems: [],
          refusal: `msgctxt "${ctx}" has ${e.msgstr.length} plural form(s) (msgstr[0] to msgstr[${e.msgstr.length - 1}]), but ${tag} has ${categories.length} (${categories.join(', ')}); write one msgstr[n] for each, in that order`,
        });
        continue;
      }
      for (const f of forms) {
        const unit: InUnit = { file: m[1]!, id: f.id, line, problems: [], source: poPieces(f.msgid) };
        if (f.msgstr !== '') unit.target = poPieces(f.msgstr);
        if (state) unit.state = state;
        if (base) unit.base = base;
        doc.units.push(unit);
      }
    }
  }
  return doc;
}
