/**
 * The text of a built page as Pagefind indexes it, read from the HTML string with a small tokenizer (the
 * post-build pass reads every page; a DOM per page would cost more than the rest of the pass). The rules
 * follow Pagefind 1.6's parser (pagefind/src/fossick/parser.rs): only the `data-pagefind-body` element,
 * without `data-pagefind-ignore` elements and without the elements Pagefind removes.
 */

/** Elements whose content Pagefind never indexes. */
const REMOVED = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);
/** Elements Pagefind reads as part of the surrounding text (no word break around them). */
const INLINE = new Set(
  'a abbr acronym b bdo big button cite code dfn em i img input kbd map object output q samp select small span strong sub sup textarea time tt var'.split(
    ' ',
  ),
);
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** Elements whose content is raw text: skipped whole, since their text may contain "<". */
const RAW = new Set(['script', 'style', 'textarea', 'title']);

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an HTML serializer writes (numeric ones and the common names). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const n = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

interface Open {
  tag: string;
  /** Inside the indexed element and not removed or ignored. */
  indexed: boolean;
}

/**
 * The words Pagefind indexes for a page, as one string with single spaces (block elements separated by a
 * space, inline ones not). Empty when the page has no `data-pagefind-body` element.
 */
export function indexedText(html: string): string {
  const out: string[] = [];
  const stack: Open[] = [];
  let rootSeen = false;
  let last = 0;
  const indexed = () => stack.at(-1)?.indexed ?? false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (indexed()) out.push(decodeEntities(html.slice(last, m.index)));
    last = TAG.lastIndex;
    if (!m[2]) continue; // a comment
    const tag = m[2].toLowerCase();
    const attrs = m[3] ?? '';
    if (m[1]) {
      const at = stack.findLastIndex((o) => o.tag === tag);
      if (at === -1) continue;
      if (!INLINE.has(tag) && indexed()) out.push(' ');
      stack.length = at;
      continue;
    }
    if (RAW.has(tag)) {
      const close = new RegExp(`</${tag}`, 'gi');
      close.lastIndex = last;
      last = close.exec(html)?.index ?? html.length;
      TAG.lastIndex = last;
      // The closing tag is read next and finds no open element: raw elements are never pushed.
      continue;
    }
    if (VOID.has(tag) || attrs.endsWith('/')) {
      if (tag === 'br' && indexed()) out.push(' ');
      continue;
    }
    const isRoot = !rootSeen && /\sdata-pagefind-body(?=[\s=]|$)/.test(attrs);
    if (isRoot) rootSeen = true;
    const parent = isRoot || indexed();
    const ignored = /\sdata-pagefind-ignore(?=[\s=]|$)/.test(attrs) || REMOVED.has(tag);
    if (!INLINE.has(tag) && parent) out.push(' ');
    stack.push({ tag, indexed: parent && !ignored });
  }
  return out.join('').replace(/\s+/g, ' ').trim();
}
