/**
 * Server-side access to UI strings: loads every locales/<code>/<namespace>.json at build time
 * (Vite glob), validates them, and exposes i18next translators and plain message objects for islands.
 */
import i18next, { type TFunction } from 'i18next';
import { LOCALES, SOURCE_LOCALE } from '../domain/i18n/locales';
import type { Messages } from '../domain/i18n/format';
import { resourcesFromFiles } from '../domain/i18n/resources';
import { checkMessages, formatProblems } from '../domain/i18n/check-messages';

const files = import.meta.glob<string>('/locales/*/*.json', { eager: true, query: '?raw', import: 'default' });

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

/** An i18next `t` bound to one locale and namespace (default `common`). */
export function getT(lang: string, ns = 'common'): TFunction {
  return instance.getFixedT(lang, ns);
}

/** One namespace's messages for a locale, to hand to an island as a prop. */
export function getMessages(lang: string, ns: string): Messages {
  const bundle = resources[lang]?.[ns];
  if (!bundle) throw new Error(`locales/${lang}/${ns}.json: namespace not found`);
  return bundle as Messages;
}
