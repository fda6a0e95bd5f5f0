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
  return copiesBareWords(bareWords(english, keep), target, keep);
}

/** True when `target`'s bare words are `en` (the English's bare words), and there are words to copy. */
function copiesBareWords(en: string, target: string, keep: readonly RegExp[]): boolean {
  return en.replace(/\s/g, '').length >= 2 && bareWords(target, keep) === en;
}

/** `(english, target, key?) => true` when a translation counts as untranslated in this locale. */
export type UntranslatedTest = (english: string, target: string, key?: string) => boolean;

/** The test for one locale, from its termbase (or none): kept terms, and the `untranslated` exceptions. */
export function untranslatedTest(glossary: Glossary | undefined): UntranslatedTest {
  const keep = keptEnglish(glossary);
  const exceptions = (glossary?.exceptions ?? []).filter((e) => e.rule === 'untranslated');
  const keys = new Set(exceptions.flatMap((e) => (e.key ? [e.key] : [])));
  const passages = new Set(exceptions.flatMap((e) => (e.english ? [matchKey(e.english).replace(/\*\*/g, '')] : [])));
  // Each English text's bare words, worked out once, with its longest word: every word of a target's bare
  // words is a piece of the target in lower case, so a target without that word is no copy (most are not).
  const bareEnglish = new Map<string, { en: string; longest: string }>();
  return (english, target, key) => {
    let known = bareEnglish.get(english);
    if (known === undefined) {
      const en = bareWords(english, keep);
      known = { en, longest: en.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '') };
      bareEnglish.set(english, known);
    }
    if (!target.toLowerCase().includes(known.longest) || !copiesBareWords(known.en, target, keep)) return false;
    if (key !== undefined) return !keys.has(key);
    return !passages.has(matchKey(english).replace(/\*\*/g, ''));
  };
}

/** English strings with at least two letters, remembered: every locale asks about the same English. */
const withWords = new Map<string, boolean>();
function hasWords(english: string): boolean {
  let has = withWords.get(english);
  if (has === undefined) {
    has = bareWords(english, []).replace(/\s/g, '').length >= 2;
    withWords.set(english, has);
  }
  return has;
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
      if (!hasWords(source)) continue;
      total++;
      if (test(source, value, `${ns}:${key}`)) keys.push(`${ns}:${key}`);
    }
  }
  return { keys, total };
}
