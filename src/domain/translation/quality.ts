/**
 * Quality checks of a locale's translations against its termbase (locales/<lang>/glossary.json), over page
 * passages and UI strings alike. Each finding names the file, the UI key or the passage's English, the rule
 * and the translated text. Findings that are right on purpose are silenced by the termbase's `exceptions`
 * (each with its reason), never here; an exception that silences nothing is itself a finding.
 *
 * Rules (ids as findings and exceptions name them):
 * - `forbidden-term`: a rendering the termbase forbids for a term the English contains.
 * - `missing-term`: the English contains a term, the translation none of its preferred renderings.
 * - `inconsistent`: the same English is translated differently elsewhere in the locale.
 * - `numbers`: a number of the English (a year, a day, a count) is missing from the translation
 *   (the locale's own digits and grouping are accepted).
 * - `untranslated`: the translation is the English, apart from terms that stay in English.
 * - `punctuation`: the locale's punctuation (ja: full-width ？ and ： in prose; ar: ؟, and no dash between
 *   two numbers, which right-to-left text shows reversed).
 * - `unused-exception`: an exception in the termbase that matches no finding.
 */
import { flatten } from '../i18n/check-messages';
import type { Messages } from '../i18n/format';
import type { Glossary, GlossaryException, QualityRule, Term } from './glossary';
import { matchKey } from './inline-check';
import { matchPage, type SourceBlock } from './match';
import type { PageTranslations } from './store';
import { isEnglishCopy, keptEnglish } from './untranslated';
import { findEnglishTerms, findRenderings, languageOf, normalizeFor, type Span } from './terms';

/** One translated text to check: a page passage (no key) or a UI string (`namespace:key`). */
export interface CheckedText {
  /** The file it is stored in, e.g. `locales/tr/pages/get-started.json` or `locales/tr/common.json`. */
  file: string;
  /** A UI string's `namespace:key`; absent for a passage. */
  key?: string | undefined;
  /** The English it translates. */
  english: string;
  target: string;
  /** A plural form English does not have (Arabic "few"): its English is another form's, so it is not compared with other strings. */
  extraPluralForm?: boolean | undefined;
}

export interface Finding {
  locale: string;
  rule: QualityRule;
  file: string;
  key?: string | undefined;
  /** The English of the passage or string (for `unused-exception`, the exception's key or English). */
  english: string;
  /** The translation as stored. */
  text: string;
  /** The term concerned (term rules). */
  term?: string | undefined;
  message: string;
}

export interface LocaleInfo {
  code: string;
  tag: string;
}

const quote = (s: string) => `"${s}"`;
const list = (xs: readonly string[]) => xs.map(quote).join(', ');

/** Renderings that count as the term in a translation: the preferred ones, and the English itself when it stays. */
export function acceptedRenderings(term: Term): string[] {
  return [...(term.doNotTranslate ? [term.en] : []), ...(term.preferred ?? [])];
}

function inside(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.from <= span.from && span.to <= s.to);
}

function termFindings(item: CheckedText, terms: readonly Term[], tag: string): Omit<Finding, 'locale' | 'file'>[] {
  const out: Omit<Finding, 'locale' | 'file'>[] = [];
  const found = findEnglishTerms(item.english, terms, item.key === undefined);
  if (!found.length) return out;
  const target = normalizeFor(item.target, tag);
  // A forbidden word inside an accepted rendering of any term is not a finding (ja 請求 in 請求管理者).
  const accepted = terms.flatMap((t) => findRenderings(target, acceptedRenderings(t), tag));
  for (const term of found) {
    const base = { key: item.key, english: item.english, text: item.target, term: term.en };
    for (const f of term.forbidden ?? []) {
      const hit = findRenderings(target, [f], tag).find((s) => !inside(s, accepted));
      if (hit)
        out.push({
          ...base,
          rule: 'forbidden-term',
          message: `uses ${quote(f)} (found as ${quote(target.slice(hit.from, hit.to))}), which the termbase forbids for ${quote(term.en)}; use ${list(acceptedRenderings(term))}`,
        });
    }
    const renderings = acceptedRenderings(term);
    if (!findRenderings(target, renderings, tag).length)
      out.push({
        ...base,
        rule: 'missing-term',
        message: `the English has ${quote(term.en)}, the translation none of ${list(renderings)}`,
      });
  }
  return out;
}

const LOCAL_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;
function asciiDigits(s: string): string {
  return s.replace(LOCAL_DIGITS, (d) => {
    const c = d.codePointAt(0)!;
    const zero = c >= 0xff10 ? 0xff10 : c >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(c - zero);
  });
}

/** The numbers of a text as digit strings, whatever the digits and grouping (`5,000`, `5 000`, `٥٬٠٠٠`). */
export function numbersIn(text: string): string[] {
  const s = asciiDigits(
    text
      .normalize('NFKC')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/\{\{[^}]*\}\}/g, ' ')
      .replace(/\bhttps?:\/\/\S+/g, ' '),
  ).replace(/(\d)[,.\u066b\u066c\u00a0\u202f' ](?=\d{3}(?!\d))/g, '$1');
  return [...new Set(s.match(/\d+/g) ?? [])];
}

function numberFindings(item: CheckedText): Omit<Finding, 'locale' | 'file'>[] {
  const have = new Set(numbersIn(item.target));
  const lacking = numbersIn(item.english).filter((n) => !have.has(n));
  if (!lacking.length) return [];
  return [
    {
      key: item.key,
      english: item.english,
      text: item.target,
      rule: 'numbers',
      message: `the English has ${lacking.join(', ')}, the translation does not`,
    },
  ];
}

function untranslatedFindings(item: CheckedText, keep: readonly RegExp[]): Omit<Finding, 'locale' | 'file'>[] {
  if (!isEnglishCopy(item.english, item.target, keep)) return [];
  return [
    {
      key: item.key,
      english: item.english,
      text: item.target,
      rule: 'untranslated',
      message: 'the translation is the English text (beyond terms that stay in English)',
    },
  ];
}

/** Text where punctuation is prose: code, URLs, link destinations and placeholders blanked out. */
function prose(text: string): string {
  return text
    .replace(/`[^`]*`/g, (m) => ' '.repeat(m.length))
    .replace(/\]\([^)]*\)/g, (m) => `]${' '.repeat(m.length - 1)}`)
    .replace(/\bhttps?:\/\/\S+/g, (m) => ' '.repeat(m.length))
    .replace(/\{\{[^}]*\}\}/g, (m) => ' '.repeat(m.length));
}

function punctuationFindings(item: CheckedText, lang: string): Omit<Finding, 'locale' | 'file'>[] {
  const s = prose(item.target);
  const problems: string[] = [];
  if (lang === 'ja') {
    // A colon between two Latin letters or digits is part of a name or a time (i18n:status, 10:30).
    const colons = [...s.matchAll(/:/g)].filter(
      (m) => !(/[A-Za-z0-9]/.test(s[m.index - 1] ?? '') && /[A-Za-z0-9]/.test(s[m.index + 1] ?? '')),
    );
    if (s.includes('?')) problems.push('half-width "?" in Japanese prose; write "？"');
    if (colons.length) problems.push('half-width ":" in Japanese prose; write "："');
  }
  if (lang === 'ar') {
    if (s.includes('?')) problems.push('Latin "?" in Arabic; write "؟"');
    // Outside a left-to-right isolate (U+2066 … U+2069), "2019–2021" is shown as "2021–2019".
    const open = s.replace(/\u2066[^\u2069]*\u2069/g, ' ');
    if (/[0-9\u0660-\u0669][\s\u00a0]*[\u2013\u2014][\s\u00a0]*[0-9\u0660-\u0669]/.test(open))
      problems.push(
        'a dash between two numbers is shown reversed in right-to-left text ("2021–2019"); write "من 2019 إلى 2021" or isolate the range (U+2066 … U+2069)',
      );
  }
  return problems.map((message) => ({
    key: item.key,
    english: item.english,
    text: item.target,
    rule: 'punctuation' as const,
    message,
  }));
}

const bold = (s: string) => s.replace(/\*\*/g, '');
const sameEnglish = (s: string) => bold(matchKey(s));
const sameTarget = (s: string) => bold(matchKey(s));
const where = (i: CheckedText) => (i.key ? `${i.file} (${i.key})` : i.file);

/**
 * Entries whose identical English is translated in more than one way. A way with no other finding (it
 * follows the termbase) is preferred to ways with findings; then the way most entries agree on; then the
 * one with fewer findings. If nothing decides, every entry is reported.
 */
function consistencyFindings(
  items: readonly CheckedText[],
  otherFindings: (item: CheckedText) => number,
): (Omit<Finding, 'locale'> & { item: CheckedText })[] {
  const groups = new Map<string, CheckedText[]>();
  for (const item of items) {
    if (item.extraPluralForm) continue;
    const k = sameEnglish(item.english);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  const out: (Omit<Finding, 'locale'> & { item: CheckedText })[] = [];
  for (const group of groups.values()) {
    const variants = new Map<string, CheckedText[]>();
    for (const item of group) {
      const k = sameTarget(item.target);
      variants.set(k, [...(variants.get(k) ?? []), item]);
    }
    if (variants.size < 2) continue;
    const ranked = [...variants.entries()]
      .map(([variant, members]) => ({
        variant,
        size: members.length,
        flaws: members.reduce((n, m) => n + otherFindings(m), 0),
      }))
      .sort((a, b) => Number(a.flaws > 0) - Number(b.flaws > 0) || b.size - a.size || a.flaws - b.flaws);
    const [first, second] = ranked as [(typeof ranked)[0], (typeof ranked)[0]];
    const agreed =
      (first.flaws === 0 && second.flaws > 0) || first.size > second.size || first.flaws < second.flaws
        ? first.variant
        : undefined;
    for (const [variant, members] of variants) {
      if (variant === agreed) continue;
      const others = [...variants.entries()].filter(([v]) => v !== variant);
      for (const item of members)
        out.push({
          item,
          file: item.file,
          key: item.key,
          english: item.english,
          text: item.target,
          rule: 'inconsistent',
          message: `the same English is translated differently in ${others
            .map(([v, m]) => `${m.map(where).join(', ')}: ${quote(v)}`)
            .join('; ')}`,
        });
    }
  }
  return out;
}

function silences(e: GlossaryException, f: Finding): boolean {
  if (e.rule !== f.rule) return false;
  if (e.term !== undefined && e.term.toLowerCase() !== f.term?.toLowerCase()) return false;
  if (e.key !== undefined) return f.key === e.key;
  return e.english !== undefined && sameEnglish(e.english) === sameEnglish(f.english);
}

/**
 * Checks a locale's passages and UI strings. `glossaryFile` names the termbase in findings about it; without
 * a termbase only the rules that need none run (consistency, numbers, punctuation).
 */
export function checkQuality(
  locale: LocaleInfo,
  glossary: Glossary | undefined,
  items: readonly CheckedText[],
  glossaryFile = `locales/${locale.code}/glossary.json`,
): Finding[] {
  const lang = languageOf(locale.tag);
  const terms = glossary?.terms ?? [];
  const keep = keptEnglish(glossary);
  const raw: Finding[] = [];
  const perItem = new Map<CheckedText, number>();
  for (const item of items) {
    const fs = [
      ...termFindings(item, terms, locale.tag),
      ...numberFindings(item),
      ...untranslatedFindings(item, keep),
      ...punctuationFindings(item, lang),
    ];
    perItem.set(item, fs.length);
    raw.push(...fs.map((f) => ({ locale: locale.code, file: item.file, ...f })));
  }
  raw.push(
    ...consistencyFindings(items, (item) => perItem.get(item) ?? 0).map(({ item: _item, ...f }) => ({
      locale: locale.code,
      ...f,
    })),
  );

  const exceptions = glossary?.exceptions ?? [];
  const used = new Set<number>();
  const findings = raw.filter((f) => {
    const i = exceptions.findIndex((e) => silences(e, f));
    if (i === -1) return true;
    used.add(i);
    return false;
  });
  // Every exception that matches is used, not only the first: mark the rest too.
  raw.forEach((f) => {
    exceptions.forEach((e, i) => {
      if (silences(e, f)) used.add(i);
    });
  });
  exceptions.forEach((e, i) => {
    if (used.has(i)) return;
    findings.push({
      locale: locale.code,
      rule: 'unused-exception',
      file: glossaryFile,
      key: `exceptions[${i}]`,
      english: e.key ?? e.english ?? '',
      text: e.reason,
      message: `the exception for ${e.rule}${e.term ? ` (${quote(e.term)})` : ''} at ${e.key ? `key ${e.key}` : quote(e.english ?? '')} matches no finding; remove it`,
    });
  });
  return findings.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.key ?? '').localeCompare(b.key ?? '') ||
      a.english.localeCompare(b.english) ||
      a.rule.localeCompare(b.rule),
  );
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * What the checks read for one locale: every stored passage a page uses (current or outdated, against the
 * English it was made from) and every UI string of every namespace (against English; a plural form English
 * lacks is read against English's "other").
 */
export function collectTexts(input: {
  code: string;
  pages: readonly { slug: string; blocks: readonly SourceBlock[] }[];
  translations: (slug: string) => PageTranslations | undefined;
  english: Record<string, Messages>;
  ui: Record<string, Messages>;
}): CheckedText[] {
  const out: CheckedText[] = [];
  for (const page of input.pages) {
    const stored = input.translations(page.slug);
    if (!stored) continue;
    const m = matchPage(page.blocks, stored.units);
    const unused = new Set(m.unused);
    const refused = new Set(m.problems.map((p) => p.source));
    for (const u of stored.units) {
      if (unused.has(u) || refused.has(u.source)) continue;
      out.push({ file: `locales/${input.code}/pages/${page.slug}.json`, english: u.source, target: u.target });
    }
  }
  for (const ns of Object.keys(input.english).sort()) {
    const en = flatten(input.english[ns]!);
    const mine = flatten(input.ui[ns] ?? {});
    for (const [key, value] of mine) {
      if (typeof value !== 'string') continue;
      const m = PLURAL.exec(key);
      const own = en.get(key);
      const english = own ?? (m ? en.get(`${key.slice(0, m.index)}_other`) : undefined);
      if (typeof english !== 'string') continue;
      out.push({
        file: `locales/${input.code}/${ns}.json`,
        key: `${ns}:${key}`,
        english,
        target: value,
        ...(own === undefined ? { extraPluralForm: true } : {}),
      });
    }
  }
  return out;
}
