/**
 * XLIFF 1.2 for the exchange (exchange.ts), for tools that read no XLIFF 2.0.
 *
 * - `<file original="pages/<slug>">` or `ui/<namespace>`; a `<trans-unit>` per passage or UI string;
 * - inline codes: links, bold, italic, strikethrough as `<g>` (ctype link, bold, italic, x-strike), code,
 *   placeholders and other fixed text as `<x/>` with the text in `equiv-text`; read back also from
 *   `<bx/>`/`<ex/>`, `<bpt>`/`<ept>` and `<ph>`, which tools may turn them into;
 * - state on `<target>`: machine = `translated` + state-qualifier `leveraged-mt`; human = `translated`;
 *   reviewed = `signed-off` (`final` reads as reviewed); outdated = `needs-review-translation`;
 * - notes (`<note from="cpor-guide">`) and `extradata="base:…"` as in XLIFF 2.0.
 */
import type { ExDoc, ExUnit, InDoc, InUnit, XState } from './exchange';
import type { Code, Piece } from './inline-codes';
import { escapeAttr, escapeText, inlineXml, kid, kids, type InlineTags, type XmlElement } from './xml';

const CTYPE: Record<string, string> = {
  link: 'link',
  strong: 'bold',
  emphasis: 'italic',
  delete: 'x-strike',
  code: 'x-code',
  placeholder: 'x-placeholder',
  other: 'x-other',
};

/** `<x/>` for standalone codes with their Markdown in `equiv-text`, `<g>` for paired ones. */
const TAGS: InlineTags = {
  standalone: (c) =>
    `<x id="${c.id}" ctype="${c.kind === 'link' ? 'x-link' : CTYPE[c.kind]}" equiv-text="${escapeAttr(c.open)}"/>`,
  open: (c) => `<g id="${c.id}" ctype="${CTYPE[c.kind]}">`,
  close: '</g>',
};

const inline = (pieces: readonly Piece[], codes: readonly Code[]) => inlineXml(pieces, codes, TAGS);

const STATE: Record<XState, string> = {
  missing: '',
  machine: ' state="translated" state-qualifier="leveraged-mt"',
  translated: ' state="translated"',
  reviewed: ' state="signed-off"',
  'needs-review': ' state="needs-review-translation"',
};

function unitXml(u: ExUnit): string {
  const lines = [
    `      <trans-unit id="${escapeAttr(u.id)}" extradata="base:${u.base}" xml:space="preserve">`,
    `        <source>${inline(u.source.pieces, u.source.codes)}</source>`,
  ];
  if (u.target) lines.push(`        <target${STATE[u.state]}>${inline(u.target, u.source.codes)}</target>`);
  for (const n of u.notes) lines.push(`        <note from="cpor-guide">${escapeText(n)}</note>`);
  lines.push('      </trans-unit>');
  return lines.join('\n');
}

/** Writes the exchange as XLIFF 1.2. */
export function writeXliff12(doc: ExDoc): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
  ];
  for (const f of doc.files) {
    out.push(
      `  <file original="${escapeAttr(f.id)}" source-language="en" target-language="${escapeAttr(doc.tag)}" datatype="plaintext">`,
      '    <header>',
      `      <note from="cpor-guide">${escapeText(f.description)}</note>`,
      '    </header>',
      '    <body>',
    );
    for (const u of f.units) out.push(unitXml(u));
    out.push('    </body>', '  </file>');
  }
  out.push('</xliff>');
  return `${out.join('\n')}\n`;
}

function readInline(el: XmlElement, problems: string[]): Piece[] {
  const out: Piece[] = [];
  const num = (id: string | undefined, what: string): number => {
    if (!id || !/^\d+$/.test(id)) {
      problems.push(`${what} with id "${id ?? ''}" is not a code of this unit (codes cannot be added)`);
      return 0;
    }
    return Number(id);
  };
  for (const c of el.children) {
    if (typeof c === 'string') {
      out.push(c);
      continue;
    }
    switch (c.name) {
      case 'x':
      case 'ph':
        out.push({ ph: num(c.attrs.id, `<${c.name}>`) });
        break;
      case 'g': {
        const id = num(c.attrs.id, '<g>');
        out.push({ open: id }, ...readInline(c, problems), { close: id });
        break;
      }
      case 'bx':
      case 'bpt':
        out.push({ open: num(c.attrs.rid ?? c.attrs.id, `<${c.name}>`) });
        break;
      case 'ex':
      case 'ept':
        out.push({ close: num(c.attrs.rid ?? c.attrs.id, `<${c.name}>`) });
        break;
      case 'mrk':
        out.push(...readInline(c, problems));
        break;
      default:
        problems.push(`<${c.name}> is not an inline element of XLIFF 1.2 here`);
    }
  }
  return out;
}

function stateOf(target: XmlElement): XState | undefined {
  const s = target.attrs.state;
  const q = target.attrs['state-qualifier'];
  if (s === 'signed-off' || s === 'final') return 'reviewed';
  if (s?.startsWith('needs-review')) return 'needs-review';
  if (s === 'translated') return q === 'leveraged-mt' || q === 'mt-suggestion' ? 'machine' : 'translated';
  return undefined;
}

/** Reads an XLIFF 1.2 document (already parsed). */
export function readXliff12(root: XmlElement, file: string): InDoc {
  const doc: InDoc = { format: 'xliff12', units: [], fileLines: new Map() };
  const files = kids(root, 'file');
  if (!files.length) throw new Error(`${file}:${root.line}: not an XLIFF 1.2 document (no <file> elements)`);
  for (const f of files) {
    const fileId = f.attrs.original ?? '';
    doc.fileLines.set(fileId, f.line);
    if (f.attrs['target-language'] && !doc.language) {
      doc.language = f.attrs['target-language'];
      doc.languageLine = f.line;
    }
    const body = kid(f, 'body');
    const units = body
      ? [...kids(body, 'trans-unit'), ...kids(body, 'group').flatMap((g) => kids(g, 'trans-unit'))]
      : [];
    for (const u of units) {
      const problems: string[] = [];
      const unit: InUnit = { file: fileId, id: u.attrs.id ?? '', line: u.line, problems };
      const src = kid(u, 'source');
      const trg = kid(u, 'target');
      if (src) unit.source = readInline(src, problems);
      if (trg) {
        unit.target = readInline(trg, problems);
        const state = stateOf(trg);
        if (state) unit.state = state;
      }
      const base = /(?:^|\s)base:(\S+)/.exec(u.attrs.extradata ?? '')?.[1];
      if (base) unit.base = base;
      doc.units.push(unit);
    }
  }
  return doc;
}
