/** Gathers what the XLIFF tools need about one locale from the files. */
import type { LocaleData } from '../../src/domain/translation/xliff';
import { readLocales, readPages, readResources, readTranslations } from './project';

/** Loads pages, translations and UI strings of `code`; throws for an unknown or source locale. */
export function localeData(code: string): LocaleData {
  const locales = readLocales();
  const locale = locales.find((l) => l.code === code);
  if (!locale) throw new Error(`--locale: unknown locale "${code}" (known: ${locales.map((l) => l.code).join(', ')})`);
  if (code === 'en') throw new Error('--locale: English is the source locale; export a translated locale');
  const resources = readResources(locales.map((l) => l.code));
  return {
    code,
    tag: locale.tag,
    pages: readPages(),
    translations: (slug) => readTranslations(code, slug),
    english: resources.en ?? {},
    ui: resources[code] ?? {},
  };
}
