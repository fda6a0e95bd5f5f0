/**
 * A small XML reader for exchange files: a tree of elements, each with the line it starts on, read with
 * sax (strict). A file that is not well-formed gets one message with its line and column and, for the
 * mistakes translators make (a bare `&`, a `<` in text), the fix in plain words.
 */
import sax from 'sax';
import type { Code, Piece } from './inline-codes';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
  /** 1-based line of the start tag. */
  line: number;
}

/** Escapes text for an XML element (`&`, `<`, `>`). */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted XML attribute. */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}

/** How one XLIFF version writes inline codes: a standalone code, the start of a paired one, its end. */
export interface InlineTags {
  standalone: (code: Code) => string;
  open: (code: Code) => string;
  close: string;
}

/** Pieces of a passage as XML inline content: the text escaped, each code as the version writes it. */
export function inlineXml(pieces: readonly Piece[], codes: readonly Code[], tags: InlineTags): string {
  const by = new Map(codes.map((c) => [c.id, c]));
  return pieces
    .map((p) => {
      if (typeof p === 'string') return escapeText(p);
      if ('ph' in p) return tags.standalone(by.get(p.ph)!);
      if ('open' in p) return tags.open(by.get(p.open)!);
      return tags.close;
    })
    .join('');
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses `text`; throws `file:line:column: message` for a document that is not well-formed. */
export function parseXml(text: string, file: string): XmlElement {
  // Checked first: the parser's own words for these ("Invalid character entity") do not say what to do.
  const amp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(text);
  if (amp) {
    const { line, column } = lineCol(text, amp.index);
    throw new Error(
      `${file}:${line}:${column}: a bare "&" in the text; write it as "&amp;" (XML needs & written as &amp; and < as &lt;)`,
    );
  }
  const parser = sax.parser(true, { position: true });
  const root: XmlElement = { name: '#document', attrs: {}, children: [], line: 1 };
  const stack: XmlElement[] = [root];
  let failure: Error | undefined;
  parser.onopentag = (tag) => {
    const el: XmlElement = { name: tag.name, attrs: { ...tag.attributes }, children: [], line: parser.line + 1 };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (t) => {
    stack.at(-1)!.children.push(t);
  };
  parser.oncdata = (t) => {
    stack.at(-1)!.children.push(t);
  };
  parser.onerror = (err) => {
    failure ??= err;
    throw err;
  };
  try {
    parser.write(text).close();
  } catch {
    const m = /^([^\n]*)\nLine: (\d+)\nColumn: (\d+)/.exec(failure?.message ?? '');
    const reason = (m?.[1] ?? failure?.message ?? 'unreadable').toLowerCase();
    const hint = /unclosed root|unexpected end/.test(reason)
      ? 'the file ends too early (it may be truncated)'
      : /unexpected close tag|unmatched closing/.test(reason)
        ? `a closing tag does not match the element it closes (${reason})`
        : /invalid characters? in (tag|attribute) name|unencoded <|invalid tagname/i.test(reason)
          ? `a "<" that does not start a tag; write it as "&lt;" (${reason})`
          : reason;
    throw new Error(`${file}:${Number(m?.[2] ?? 0) + 1}:${Number(m?.[3] ?? 0)}: not well-formed XML: ${hint}`);
  }
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new Error(`${file}:1: no XML element in the file`);
  return top;
}

/** Child elements of `el` with this name (any prefix when `name` has none and the child has one). */
export function kids(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** The first child element with this name. */
export function kid(el: XmlElement, name: string): XmlElement | undefined {
  return kids(el, name)[0];
}

/** All text inside an element (inline elements' text included). */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
