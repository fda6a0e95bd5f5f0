/** One stored translation file as found on disk: its path must name a known locale and English page, and agree with its contents. */
import { parseJsonFile } from '../i18n/resources.ts';
import { parsePageTranslations, type PageTranslations } from './store.ts';

const TRANSLATION_FILE = /^locales\/([^/]+)\/pages\/([^/]+)\.json$/;

/**
 * Reads `locales/<code>/pages/<slug>.json`; undefined for any other path. Every error names the file
 * (and the line, field or unit where known), so a bad file stops the build with one clear line.
 */
export function loadPageTranslations(
  file: string,
  text: string,
  localeCodes: readonly string[],
  pageSlugs: readonly string[],
  source = 'en',
): PageTranslations | undefined {
  const [, code, slug] = TRANSLATION_FILE.exec(file) ?? [];
  if (!code || !slug) return undefined;
  if (!localeCodes.includes(code)) throw new Error(`${file}: "${code}" is not a locale in locales/locales.json`);
  // An English "translation" would never be shown: the source locale renders the MDX itself.
  if (code === source)
    throw new Error(`${file}: "${source}" is the source locale; its pages are the MDX files, not translations`);
  if (!pageSlugs.includes(slug))
    throw new Error(`${file}: there is no English page "${slug}" (src/content/docs/${source}/${slug}.mdx)`);
  const data = parsePageTranslations(parseJsonFile(file, text), file);
  if (data.page !== slug || data.locale !== code) {
    throw new Error(
      `${file}: "page" and "locale" must be "${slug}" and "${code}", not "${data.page}" and "${data.locale}"`,
    );
  }
  return data;
}
