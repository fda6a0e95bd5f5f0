/** The quality findings of the project's locales, as `npm run i18n:check` and `npm run i18n:status` report them. */
import { sourceBlocks } from '../../src/domain/content/page';
import type { Locale } from '../../src/domain/i18n/locales';
import { checkQuality, collectTexts, type Finding } from '../../src/domain/translation/quality';
import { readGlossary, readPages, readResources, readTranslations } from './project';

/** Findings per translated locale (every locale but English), in the order of locales/locales.json. */
export function qualityFindings(
  locales: readonly Locale[],
): { locale: Locale; findings: Finding[]; glossary: boolean }[] {
  const pages = readPages().map((p) => ({ slug: p.slug, blocks: sourceBlocks(p) }));
  const resources = readResources(locales.map((l) => l.code));
  return locales
    .filter((l) => l.code !== 'en')
    .map((locale) => {
      const glossary = readGlossary(locale.code);
      const texts = collectTexts({
        code: locale.code,
        pages,
        translations: (slug) => readTranslations(locale.code, slug),
        english: resources.en ?? {},
        ui: resources[locale.code] ?? {},
      });
      return { locale, findings: checkQuality(locale, glossary, texts), glossary: glossary !== undefined };
    });
}
