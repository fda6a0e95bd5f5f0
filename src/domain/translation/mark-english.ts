/**
 * Marks the English in a built page of another locale: a UI string that is the English copied (untranslated,
 * untranslated.ts) is shown in English, so it must say so (lang="en"), or a screen reader reads it with the
 * page's language. The page is scanned once: an element whose whole text is such a string gets lang="en";
 * a string with other text beside it is wrapped in `<span lang="en" dir="ltr">`. Scripts, styles and islands
 * (which render their own text again in the browser) are left as they are.
 */

export interface EnglishStrings {
  exact: Set<string>;
  /** Strings with `{{placeholders}}`, as patterns over the text with the values filled in. */
  patterns: RegExp[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The strings to mark (UI strings as written in the locale file, placeholders and all). */
export function englishStrings(values: Iterable<string>): EnglishStrings {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const raw of values) {
    const v = raw.replace(/\s+/g, ' ').trim();
    if (!/\p{L}/u.test(v)) continue;
    if (/\{\{/.test(v))
      patterns.push(
        new RegExp(
          `^${v
            .split(/\{\{-?\s*[\w.]+\s*\}\}/)
            .map(escapeRe)
            .join('.+?')}$`,
          'u',
        ),
      );
    else exact.add(v);
  }
  return { exact, patterns };
}

const TOKEN =
  /<(script|style|astro-island)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\/?[A-Za-z][^>]*>|[^<]+|</g;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
// Text inside these may not hold a <span>; the element itself takes lang="en" when the text is all of it.
const NO_SPAN = new Set(['title', 'option', 'textarea']);

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

const tagName = (tag: string) => /^<\/?([A-Za-z][\w-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';

/** The page with every untranslated UI string marked lang="en". */
export function markEnglish(html: string, strings: EnglishStrings): string {
  if (!strings.exact.size && !strings.patterns.length) return html;
  const tokens = html.match(TOKEN) ?? [];
  const stack: string[] = [];
  const isEnglish = (text: string) => {
    const t = decode(text).replace(/\s+/g, ' ').trim();
    return t !== '' && (strings.exact.has(t) || strings.patterns.some((p) => p.test(t)));
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.startsWith('</')) {
      const name = tagName(tok);
      const at = stack.lastIndexOf(name);
      if (at !== -1) stack.length = at;
      continue;
    }
    if (tok.startsWith('<')) {
      const name = tagName(tok);
      if (name && !tok.startsWith('<!') && !/^<(script|style|astro-island)\b/i.test(tok)) {
        if (!VOID.has(name) && !tok.endsWith('/>')) stack.push(name);
      }
      continue;
    }
    if (!isEnglish(tok)) continue;
    const parent = stack.at(-1) ?? '';
    const prev = tokens[i - 1] ?? '';
    const next = tokens[i + 1] ?? '';
    const whole =
      prev.startsWith('<') &&
      !prev.startsWith('</') &&
      tagName(prev) === parent &&
      tagName(next) === parent &&
      next.startsWith('</');
    if (whole && !/\slang=/.test(prev)) {
      tokens[i - 1] = prev.replace(/^<([A-Za-z][\w-]*)/, '<$1 lang="en"');
    } else if (!NO_SPAN.has(parent) && parent !== 'head' && !whole) {
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(tok)!;
      tokens[i] = `${m[1]}<span lang="en" dir="ltr">${m[2]}</span>${m[3]}`;
    }
  }
  return tokens.join('');
}
