/**
 * XLIFF 2.0 (OASIS core, with the metadata module) for the exchange (exchange.ts).
 *
 * - files `pages/<slug>` and `ui/<namespace>`; a unit per passage or UI string, its id stable (ids.ts);
 * - inline codes: links, bold, italic, strikethrough as `<pc>`, code, placeholders and other fixed text as
 *   `<ph>`, their Markdown in `<originalData>` (never edited; the import rebuilds from the English);
 * - state: missing = no target; machine = `translated` + subState `cpor:machine`; human = `translated`;
 *   reviewed = `reviewed` (`final` reads as reviewed); outdated = `initial` + subState `cpor:needs-review`
 *   with the previous translation as target;
 * - notes: where the text appears, plural categories, the codes, the previous English;
 * - `<mda:meta type="base">`: the hash of what the unit was exported from (exchange.ts).
 */
import type { ExDoc, ExUnit, InDoc, InUnit, XState } from './exchange';
import type { Code, Piece } from './inline-codes';
import { escapeAttr, escapeText, inlineXml, kid, kids, textOf, type InlineTags, type XmlElement } from './xml';

const NS = 'urn:oasis:names:tc:xliff:document:2.0';
const MDA = 'urn:oasis:names:tc:xliff:metadata:2.0';

function codeAttrs(c: Code): string {
  switch (c.kind) {
    case 'link':
      return ' type="link"';
    case 'strong':
      return ' type="fmt" subType="xlf:b"';
    case 'emphasis':
      return ' type="fmt" subType="xlf:i"';
    case 'delete':
      return ' type="fmt"';
    case 'placeholder':
      return ' type="other" subType="xlf:var"';
    default:
      return ' type="other"';
  }
}

/** `<ph>` for standalone codes, `<pc>` for paired ones, their Markdown in `<originalData>` by reference. */
const TAGS: InlineTags = {
  standalone: (c) => `<ph id="${c.id}" dataRef="d${c.id}"${codeAttrs(c)} disp="${escapeAttr(c.open)}"/>`,
  open: (c) => `<pc id="${c.id}" dataRefStart="d${c.id}" dataRefEnd="d${c.id}e"${codeAttrs(c)}>`,
  close: '</pc>',
};

/** Pieces as XLIFF 2.0 inline content. */
const inline = (pieces: readonly Piece[], codes: readonly Code[]) => inlineXml(pieces, codes, TAGS);

const STATE: Record<XState, string> = {
  missing: '',
  machine: ' state="translated" subState="cpor:machine"',
  translated: ' state="translated"',
  reviewed: ' state="reviewed"',
  'needs-review': ' state="initial" subState="cpor:needs-review"',
};

function unitXml(u: ExUnit): string {
  const lines = [`    <unit id="${escapeAttr(u.id)}">`];
  lines.push(
    '      <mda:metadata>',
    '        <mda:metaGroup category="cpor-guide">',
    `          <mda:meta type="base">${u.base}</mda:meta>`,
    '        </mda:metaGroup>',
    '      </mda:metadata>',
  );
  lines.push('      <notes>');
  for (const n of u.notes) lines.push(`        <note>${escapeText(n)}</note>`);
  lines.push('      </notes>');
  if (u.source.codes.length) {
    lines.push('      <originalData>');
    for (const c of u.source.codes) {
      lines.push(`        <data id="d${c.id}">${escapeText(c.open)}</data>`);
      if (c.close !== undefined) lines.push(`        <data id="d${c.id}e">${escapeText(c.close)}</data>`);
    }
    lines.push('      </originalData>');
  }
  lines.push(`      <segment${STATE[u.state]}>`);
  lines.push(`        <source>${inline(u.source.pieces, u.source.codes)}</source>`);
  if (u.target) lines.push(`        <target>${inline(u.target, u.source.codes)}</target>`);
  lines.push('      </segment>', '    </unit>');
  return lines.join('\n');
}

/** Writes the exchange as XLIFF 2.0. */
export function writeXliff2(doc: ExDoc): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${NS}" xmlns:mda="${MDA}" version="2.0" srcLang="en" trgLang="${escapeAttr(doc.tag)}">`,
  ];
  for (const f of doc.files) {
    out.push(`  <file id="${escapeAttr(f.id)}">`);
    out.push('    <notes>', `      <note>${escapeText(f.description)}</note>`, '    </notes>');
    for (const u of f.units) out.push(unitXml(u));
    out.push('  </file>');
  }
  out.push('</xliff>');
  return `${out.join('\n')}\n`;
}

/** Pieces from XLIFF 2.0 inline content; problems for elements and ids that are not codes of the unit. */
function readInline(el: XmlElement, problems: string[], data: Map<string, string>, ours: Map<string, string>): Piece[] {
  const out: Piece[] = [];
  const num = (id: string | undefined, what: string): number => {
    const n = Number(id);
    if (!id || !/^\d+$/.test(id)) {
      problems.push(`${what} with id "${id ?? ''}" is not a code of this unit (codes cannot be added)`);
      return 0;
    }
    return n;
  };
  const checkData = (ref: string | undefined) => {
    if (ref && data.has(ref) && ours.has(ref) && data.get(ref) !== ours.get(ref))
      problems.push(
        `the original data "${ref}" was edited (${JSON.stringify(data.get(ref))} instead of ${JSON.stringify(ours.get(ref))}); codes cannot be edited: export the file again`,
      );
  };
  for (const c of el.children) {
    if (typeof c === 'string') {
      out.push(c);
      continue;
    }
    switch (c.name) {
      case 'ph':
        checkData(c.attrs.dataRef);
        out.push({ ph: num(c.attrs.id, '<ph>') });
        break;
      case 'pc': {
        checkData(c.attrs.dataRefStart);
        checkData(c.attrs.dataRefEnd);
        const id = num(c.attrs.id, '<pc>');
        out.push({ open: id }, ...readInline(c, problems, data, ours), { close: id });
        break;
      }
      case 'sc':
        out.push({ open: num(c.attrs.id, '<sc>') });
        break;
      case 'ec':
        out.push({ close: num(c.attrs.startRef ?? c.attrs.id, '<ec>') });
        break;
      case 'mrk':
      case 'sm':
      case 'em':
        // Annotations a tool may add (terms, comments): their text counts, the marker does not.
        out.push(...readInline(c, problems, data, ours));
        break;
      case 'cp':
        out.push(String.fromCodePoint(Number.parseInt(c.attrs.hex ?? '0', 16)));
        break;
      default:
        problems.push(`<${c.name}> is not an inline element of XLIFF 2.0 here`);
    }
  }
  return out;
}

function stateOf(segment: XmlElement): XState | undefined {
  const state = segment.attrs.state;
  const sub = segment.attrs.subState;
  if (state === 'reviewed' || state === 'final') return 'reviewed';
  if (state === 'translated') return sub === 'cpor:machine' ? 'machine' : 'translated';
  if (state === 'initial' && sub === 'cpor:needs-review') return 'needs-review';
  return undefined;
}

/** Reads an XLIFF 2.0 document (already parsed); `ours(file, id)` gives the unit's original data as exported. */
export function readXliff2(
  root: XmlElement,
  file: string,
  ours: (file: string, id: string) => ExUnit | undefined,
): InDoc {
  const doc: InDoc = { format: 'xliff2', units: [], fileLines: new Map() };
  if (root.attrs.trgLang) doc.language = root.attrs.trgLang;
  doc.languageLine = root.line;
  const files = kids(root, 'file');
  if (!files.length) throw new Error(`${file}:${root.line}: not an XLIFF 2.0 document (no <file> elements)`);
  for (const f of files) {
    const fileId = f.attrs.id ?? '';
    doc.fileLines.set(fileId, f.line);
    const units = [...kids(f, 'unit'), ...kids(f, 'group').flatMap((g) => kids(g, 'unit'))];
    for (const u of units) {
      const id = u.attrs.id ?? '';
      const problems: string[] = [];
      const data = new Map<string, string>();
      for (const d of kids(kid(u, 'originalData') ?? { name: '', attrs: {}, children: [], line: 0 }, 'data'))
        data.set(d.attrs.id ?? '', textOf(d));
      const ex = ours(fileId, id);
      const mine = new Map<string, string>();
      for (const c of ex?.source.codes ?? []) {
        mine.set(`d${c.id}`, c.open);
        if (c.close !== undefined) mine.set(`d${c.id}e`, c.close);
      }
      const segments = kids(u, 'segment');
      if (segments.length !== 1) {
        problems.push(
          `the unit has ${segments.length} segments; keep the one it was exported with (do not split or join segments)`,
        );
      }
      const segment = segments[0];
      const src = segment && kid(segment, 'source');
      const trg = segment && kid(segment, 'target');
      const meta = kids(kid(u, 'mda:metadata') ?? { name: '', attrs: {}, children: [], line: 0 }, 'mda:metaGroup')
        .flatMap((g) => kids(g, 'mda:meta'))
        .find((m) => m.attrs.type === 'base');
      const unit: InUnit = { file: fileId, id, line: u.line, problems };
      if (src) unit.source = readInline(src, problems, data, mine);
      if (trg) unit.target = readInline(trg, problems, data, mine);
      const state = segment && stateOf(segment);
      if (state) unit.state = state;
      if (meta) unit.base = textOf(meta).trim();
      doc.units.push(unit);
    }
  }
  return doc;
}
