/**
 * Finding glossary terms in text. English is matched with its plural and verb endings; a translation is
 * matched with as much of its language's morphology as a termbase needs:
 *
 * - Turkish and Hungarian (suffixing): any ending may follow each word, and the last letter of a word may
 *   change at the join (tr p/ç/t/k → b/c/d/ğ: "talep" → "talebi", "ortak" → "ortağı"; hu a/e → á/é:
 *   "iroda" → "irodát"). Hungarian also writes compounds as one word ("ügyféltársítás"), so a Hungarian
 *   rendering may start inside a word.
 * - Arabic: the article and attached prefixes (و ف ب ك ل س ال لل) may precede each word, endings may follow
 *   (with ة → ت before them), and short vowels, tatweel and hamza forms of alef are ignored.
 * - Japanese: no spaces between words, so a rendering is found anywhere; a space in a rendering
 *   ("パートナー センター") may be absent in the text, and full- and half-width forms are the same.
 * - Latin-script words inside Arabic or Japanese text (product names) are matched as whole words.
 *
 * Pure functions, no I/O; the termbase supplies the renderings.
 */

export interface Span {
  from: number;
  to: number;
}

/** File names and addresses are never translated: `cpor-opt-out-deadline.ics`, `https://…`. */
export const FILE_NAME = /\bhttps?:\/\/\S+|[\w.-]+\.(?:ics|json|xlf|xliff|mdx?|txt)\b/g;
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const LATIN = /\p{Script=Latin}/u;

/** The language part of a tag (`tr-TR` → `tr`). */
export const languageOf = (tag: string): string => tag.toLowerCase().split('-')[0]!;

/**
 * Text as the checks read it: link destinations, inline code and `{{placeholders}}` blanked out (they are
 * never translated), then the language's normal form (lower case by its own rules; Arabic without marks;
 * Japanese NFKC). Positions in the result are what every other function here works with.
 */
export function normalizeFor(text: string, tag: string): string {
  const lang = languageOf(tag);
  let s = text
    .normalize('NFC')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(FILE_NAME, ' ');
  if (lang === 'ja') s = s.normalize('NFKC');
  if (lang === 'ar') s = arabicForm(s);
  return s.toLocaleLowerCase(tag);
}

function arabicForm(s: string): string {
  return s
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي');
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A word of a rendering: a hyphen in it may also be written as a space ("Web-Direct", "Web Direct"). */
const escapeWord = (s: string) => escapeRe(s).replace(/-/g, '[\\s\u00a0-]');

/** Turkish consonant changes at the join: the last letter may be written as the second. */
const TR_JOIN: Record<string, string> = { p: 'b', ç: 'c', t: 'd', k: 'ğg' };
/** Hungarian verbal prefixes that stand apart from the verb in some sentences ("nem utasítja el"). */
const HU_PREFIXES = ['vissza', 'hozzá', 'össze', 'végig', 'közzé', 'meg', 'fel', 'ki', 'be', 'el', 'le', 'át', 'rá'];
/** Hungarian lengthening at the join. */
const HU_JOIN: Record<string, string> = { a: 'á', e: 'é' };

function lastLetter(word: string, join: Record<string, string>): string {
  const last = word.at(-1)!;
  const alt = join[last];
  return alt ? `${escapeWord(word.slice(0, -1))}[${last}${alt}]` : escapeWord(word);
}

const SUFFIX = "[\\p{L}\\p{M}'’-]*";
const LATIN_BEFORE = '(?<![\\p{Script=Latin}\\p{N}])';
const LATIN_AFTER = '(?![\\p{Script=Latin}\\p{N}])';
/** An English name inside Arabic or Japanese text keeps its English plural: "Customer associations". */
const ENGLISH_END = `(?:s|es)?${LATIN_AFTER}`;

/** A regular expression source for one rendering of a term in a translation (already in normal form). */
export function renderingSource(rendering: string, tag: string): string {
  const lang = languageOf(tag);
  const stem = rendering.trim().endsWith('-');
  const raw = rendering.trim().replace(/-$/, '');
  const words = raw.split(/\s+/).filter(Boolean);
  if (lang === 'ja') {
    const norm = words.map((w) => normalizeFor(w, tag));
    const body = norm.map(escapeWord).join('[\\s\u3000]*');
    // A name in Latin letters (digits allowed: "Microsoft 365") is matched as whole words.
    const latin = norm.some((w) => LATIN.test(w)) && norm.every((w) => !/[^\p{Script=Latin}\p{N}\p{P}\p{S}]/u.test(w));
    return latin ? `${LATIN_BEFORE}${body}${ENGLISH_END}` : body;
  }
  if (lang === 'ar') {
    return words
      .map((w, i) => {
        const last = i === words.length - 1;
        if (!/\p{Script=Arabic}/u.test(w))
          return `${i === 0 ? LATIN_BEFORE : ''}${escapeWord(normalizeFor(w, tag))}${last ? ENGLISH_END : ''}`;
        // The article is optional in the text whether or not the rendering has it.
        const core = arabicForm(w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);
        const body = core.endsWith('ة') ? `${escapeRe(core.slice(0, -1))}[ةت]` : escapeRe(core);
        return `${i === 0 ? '(?<![\\p{L}\\p{N}])' : ''}(?:[وف])?(?:[بكلس])?(?:ال|ل)?${body}\\p{L}*`;
      })
      .join('[\\s\u00a0]+');
  }
  if (lang === 'tr' || lang === 'hu') {
    const join = lang === 'tr' ? TR_JOIN : HU_JOIN;
    const norm = words.map((w) => normalizeFor(w, tag));
    const body = norm.map((w) => `${lastLetter(w, join)}${SUFFIX}`).join('[\\s\u00a0-]*');
    if (lang === 'tr') return `(?<![\\p{L}\\p{N}])${body}`;
    // Hungarian compounds: "ügyféltársítás" contains "társítás"; so a rendering may start inside a word.
    const prefix =
      norm.length === 1
        ? HU_PREFIXES.find((p) => norm[0]!.startsWith(p) && norm[0]!.length - p.length >= 3)
        : undefined;
    if (!prefix) return body;
    // A verbal prefix comes apart from its verb: "elutasít" → "nem utasítja el", "el kell utasítania".
    const rest = `${lastLetter(norm[0]!.slice(prefix.length), join)}${SUFFIX}`;
    const gap = '(?:[\\s\u00a0]+\\p{L}+){0,2}[\\s\u00a0]+';
    return `(?:${body}|(?<!\\p{L})${rest}${gap}${prefix}(?!\\p{L})|(?<!\\p{L})${prefix}${gap}${rest})`;
  }
  const body = words.map((w) => escapeWord(normalizeFor(w, tag))).join('[\\s\u00a0-]+');
  return `(?<![\\p{L}\\p{N}])${body}${stem ? '\\p{L}*' : ''}(?![\\p{L}\\p{N}])`;
}

/** Every match of any of the renderings in normalized text. */
export function findRenderings(normalized: string, renderings: readonly string[], tag: string): Span[] {
  const spans: Span[] = [];
  for (const r of renderings) {
    const re = compiled(renderingSource(r, tag));
    for (const m of normalized.matchAll(re)) spans.push({ from: m.index, to: m.index + m[0].length });
  }
  return spans;
}

const cache = new Map<string, RegExp>();
function compiled(source: string): RegExp {
  let re = cache.get(source);
  if (!re) {
    re = new RegExp(source, 'gu');
    cache.set(source, re);
  }
  return re;
}

/**
 * A regular expression source for an English term: every word may take a plural or verb ending, except
 * in an interface label, which is matched exactly as written ("Dispute" is not "Disputes").
 */
export function englishSource(term: string, exact = false): string {
  const words = term
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => {
      const e = escapeRe(exact ? w : w.toLowerCase());
      return !exact && /\p{L}$/u.test(w) ? `${e}(?:s|es|ed|d|ing)?` : e;
    });
  return `(?<![\\p{L}\\p{N}])${words.join('[\\s\u00a0-]+')}(?![\\p{L}\\p{N}])`;
}

/** English as the checks read it: links' destinations, code and placeholders blanked, case kept. */
function prepareEnglish(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(FILE_NAME, ' ');
}

/** Spans of `**bold**` text in (normalized) English: where interface labels are written. */
function boldSpans(s: string): Span[] {
  return [...s.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => ({ from: m.index + 2, to: m.index + m[0].length - 2 }));
}

export interface EnglishTerm {
  en: string;
  also?: readonly string[] | undefined;
  label?: boolean | undefined;
}

/**
 * The terms an English text contains, longest first: a longer term hides the shorter ones inside it
 * ("Claiming Partner of Record" hides "claim", "opt-out window" hides "opt out"). A label counts only in
 * bold or when it is the whole text.
 */
export function findEnglishTerms<T extends EnglishTerm>(
  english: string,
  terms: readonly T[],
  /** Whether a label may be the whole text: true for a page passage (a table cell "Approved"), false for a UI string (the site's own "Continue" button). */
  wholeLabels = true,
): T[] {
  const text = prepareEnglish(english);
  // ASCII lower-casing keeps every position, so spans found in either string agree.
  const lower = text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  const bold = boldSpans(text);
  const whole = text.replace(/[*_"“”:.\s]+/g, ' ').trim();
  const forms = terms
    .flatMap((term) => [term.en, ...(term.also ?? [])].map((form) => ({ term, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken: Span[] = [];
  const found = new Set<T>();
  for (const { term, form } of forms) {
    const label = term.label === true;
    for (const m of (label ? text : lower).matchAll(compiled(englishSource(form, label)))) {
      const span = { from: m.index, to: m.index + m[0].length };
      if (taken.some((t) => t.from < span.to && span.from < t.to)) continue;
      if (label && !bold.some((b) => b.from <= span.from && span.to <= b.to) && !(wholeLabels && whole === m[0]))
        continue;
      taken.push(span);
      found.add(term);
    }
  }
  return terms.filter((t) => found.has(t));
}
