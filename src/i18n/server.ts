/**
 * Server-side access to UI strings: loads every locales/<code>/<namespace>.json at build time
 * (Vite glob), validates them, and exposes i18next translators and plain message objects for islands.
 */
import i18next, { type TFunction } from 'i18next';
import { LOCALES, SOURCE_LOCALE } from '../domain/i18n/locales';
import type { Messages } from '../domain/i18n/format';
import { resourcesFromFiles } from '../domain/i18n/resources';
import { checkMessages, formatProblems } from '../domain/i18n/check-messages';
import { parseJsonFile } from '../domain/i18n/resources';
import { parseGlossary } from '../domain/translation/glossary';
import { englishStrings, type EnglishStrings } from '../domain/translation/mark-english';
import { untranslatedStrings, untranslatedTest, type UntranslatedTest } from '../domain/translation/untranslated';

// The termbase and the UI review state sit beside the namespaces but are not UI strings (NOT_NAMESPACES).
const files = import.meta.glob<string>(
  ['/locales/*/*.json', '!/locales/*/glossary.json', '!/locales/*/ui-state.json'],
  {
    eager: true,
    query: '?raw',
    import: 'default',
  },
);

export const resources = resourcesFromFiles(
  Object.entries(files).map(([path, text]) => ({ path: path.replace(/^\//, ''), text })),
  LOCALES.map((l) => l.code),
);

// A broken locale file stops the build with the file and key, rather than shipping gaps.
const problems = checkMessages(resources, Object.fromEntries(LOCALES.map((l) => [l.code, l.tag])), SOURCE_LOCALE);
if (problems.length) throw new Error(`UI strings have ${problems.length} problem(s):\n${formatProblems(problems)}`);

const instance = i18next.createInstance();
await instance.init({
  resources,
  lng: SOURCE_LOCALE,
  fallbackLng: false,
  ns: Object.keys(resources[SOURCE_LOCALE] ?? {}),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const translators = new Map<string, TFunction>();

/** Options made only of strings, numbers and booleans (interpolation values, count): safe to remember by value. */
function isPlainValues(options: unknown): boolean {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return false;
  return Object.values(options).every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
}

/**
 * An i18next `t` bound to one locale and namespace (default `common`). Lookups without options are
 * remembered: the same few hundred keys are asked for on every one of thousands of pages, and i18next's
 * key resolution dominated the build's profile.
 */
export function getT(lang: string, ns = 'common'): TFunction {
  const id = `${lang}\u0000${ns}`;
  let t = translators.get(id);
  if (!t) {
    const fixed = instance.getFixedT(lang, ns);
    const seen = new Map<string, string>();
    const call = fixed as unknown as (...a: unknown[]) => unknown;
    const memo = (key: unknown, ...rest: unknown[]): unknown => {
      const options = rest[0];
      const simple = rest.length === 0 || (rest.length === 1 && isPlainValues(options));
      if (!simple || typeof key !== 'string') return call(key, ...rest);
      const id = rest.length === 0 ? key : `${key}\u0000${JSON.stringify(options)}`;
      let value = seen.get(id);
      if (value === undefined) {
        const result = call(key, ...rest);
        if (typeof result !== 'string') return result;
        value = result;
        seen.set(id, value);
      }
      return value;
    };
    t = memo as unknown as TFunction;
    translators.set(id, t);
  }
  return t;
}

/** One namespace's messages for a locale, to hand to an island as a prop. */
export function getMessages(lang: string, ns: string): Messages {
  const bundle = resources[lang]?.[ns];
  if (!bundle) throw new Error(`locales/${lang}/${ns}.json: namespace not found`);
  return bundle as Messages;
}

// Each locale's termbase: the terms kept in English, and exceptions, decide what counts as untranslated.
const glossaryFiles = import.meta.glob<string>('/locales/*/glossary.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const tests = new Map<string, UntranslatedTest>();

/** The locale's test for a translation that is only the English copied (it then counts as missing). */
export function untranslatedFor(lang: string): UntranslatedTest {
  let test = tests.get(lang);
  if (!test) {
    const path = `/locales/${lang}/glossary.json`;
    const text = glossaryFiles[path];
    test = untranslatedTest(
      text === undefined ? undefined : parseGlossary(parseJsonFile(path.slice(1), text), path.slice(1), lang),
    );
    tests.set(lang, test);
  }
  return test;
}

const copies = new Map<string, { keys: string[]; total: number; strings?: EnglishStrings }>();

/** A locale's UI strings that are the English copied (`namespace:key`), and how many it has. */
export function untranslatedUi(lang: string): { keys: string[]; total: number; strings?: EnglishStrings } {
  let found = copies.get(lang);
  if (!found) {
    if (lang === SOURCE_LOCALE) found = { keys: [], total: 0 };
    else {
      const english = resources[SOURCE_LOCALE] ?? {};
      const mine = resources[lang] ?? {};
      const r = untranslatedStrings(english, mine, untranslatedFor(lang));
      const values = r.keys.map((k) => {
        const [ns, key] = k.split(':') as [string, string];
        let node: unknown = mine[ns];
        for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
        return String(node);
      });
      found = r.keys.length ? { ...r, strings: englishStrings(values) } : r;
    }
    copies.set(lang, found);
  }
  return found;
}
