/**
 * Untranslated text: a translation that is the English, apart from the terms the locale's termbase keeps in
 * English (product names, labels). It counts as missing everywhere: the status, the status page, the page
 * (shown as English, marked lang="en") and the exchange files (an empty target). A termbase exception for
 * the `untranslated` rule (a UI string such as "UTC", or a passage, that is right in English on purpose)
 * makes it a translation.
 */
import { flatten } from '../i18n/check-messages';
import type { Messages } from '../i18n/format';
import type { Glossary } from './glossary';
import { FILE_NAME } from './terms';
import { matchKey } from './inline-check';

/** Regular expressions for the English forms of a locale's do-not-translate terms, longest first. */
export function keptEnglish(glossary: Glossary | undefined): RegExp[] {
  return (glossary?.terms ?? [])
    .filter((t) => t.doNotTranslate)
    .flatMap((t) => [t.en, ...(t.also ?? []), ...(t.preferred ?? [])])
    .sort((a, b) => b.length - a.length)
    .map(
      (form) => new RegExp(`(?<![\\p{L}\\p{N}])${form.toLowerCase().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'gu'),
    );
}

/** Letters only, lower case, with the given English phrases removed. */
export function bareWords(text: string, remove: readonly RegExp[]): string {
  let s = text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(FILE_NAME, ' ')
    .toLowerCase();
  for (const re of remove) s = s.replace(re, ' ');
  return s
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** True when `target` is the English text `english`, beyond the kept terms (`keep`, from keptEnglish). */
export function isEnglishCopy(english: string, target: string, keep: readonly RegExp[]): boolean {
  const en = bareWords(english, keep);
  if (en.replace(/\s/g, '').length < 2) return false;
  return bareWords(target, keep) === en;
}

/** `(english, target, key?) => true` when a translation counts as untranslated in this locale. */
export type UntranslatedTest = (english: string, target: string, key?: string) => boolean;

/** The test for one locale, from its termbase (or none): kept terms, and the `untranslated` exceptions. */
export function untranslatedTest(glossary: Glossary | undefined): UntranslatedTest {
  const keep = keptEnglish(glossary);
  const exceptions = (glossary?.exceptions ?? []).filter((e) => e.rule === 'untranslated');
  const keys = new Set(exceptions.flatMap((e) => (e.key ? [e.key] : [])));
  const passages = new Set(exceptions.flatMap((e) => (e.english ? [matchKey(e.english).replace(/\*\*/g, '')] : [])));
  return (english, target, key) => {
    if (!isEnglishCopy(english, target, keep)) return false;
    if (key !== undefined) return !keys.has(key);
    return !passages.has(matchKey(english).replace(/\*\*/g, ''));
  };
}

/** A locale's UI strings that are the English copied (`namespace:key`), and how many strings with words it has. */
export function untranslatedStrings(
  english: Record<string, Messages>,
  ui: Record<string, Messages>,
  test: UntranslatedTest,
): { keys: string[]; total: number } {
  const keys: string[] = [];
  let total = 0;
  for (const ns of Object.keys(english).sort()) {
    const en = flatten(english[ns]!);
    for (const [key, value] of flatten(ui[ns] ?? {})) {
      if (typeof value !== 'string') continue;
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      const source = en.get(key) ?? (base !== key ? en.get(`${base}_other`) : undefined);
      if (typeof source !== 'string') continue;
      // A string with no words ("{{id}} — {{label}}", a file name) has nothing to translate: not counted.
      if (bareWords(source, []).replace(/\s/g, '').length < 2) continue;
      total++;
      if (test(source, value, `${ns}:${key}`)) keys.push(`${ns}:${key}`);
    }
  }
  return { keys, total };
}
