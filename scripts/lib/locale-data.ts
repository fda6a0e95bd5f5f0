/** Gathers what the exchange tools need about one locale from the files. */
import type { LocaleData } from '../../src/domain/translation/exchange';
import { untranslatedTest } from '../../src/domain/translation/untranslated';
import { readGlossary, readLocales, readPages, readResources, readTranslations, readUiState } from './project';
import { uiLocations } from './ui-locations';

/** Loads pages, translations, UI strings, reviews and termbase of `code`; throws for an unknown or source locale. */
export function localeData(code: string): LocaleData {
  const locales = readLocales();
  const locale = locales.find((l) => l.code === code);
  if (!locale)
    throw new Error(
      `--locale: unknown locale "${code}" (known: ${locales.map((l) => l.code).join(', ')}; add one with npm run i18n:add -- ${code})`,
    );
  if (code === 'en') throw new Error('--locale: English is the source locale; export a translated locale');
  const resources = readResources(locales.map((l) => l.code));
  return {
    code,
    tag: locale.tag,
    pages: readPages(),
    translations: (slug) => readTranslations(code, slug),
    english: resources.en ?? {},
    ui: resources[code] ?? {},
    uiState: readUiState(code),
    untranslated: untranslatedTest(readGlossary(code)),
    locations: uiLocations(),
  };
}
