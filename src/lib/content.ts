/**
 * The site's pages as its templates read them, from the content collections (src/content.config.ts): the
 * English pages in navigation order, each locale's view of them (titles for navigation and the home page),
 * and the translation report of the status page. Read once per build and kept (navigation lists every
 * page's title on every page); under `astro dev`, read afresh for each page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALES, SOURCE_LOCALE } from '../domain/i18n/locales';
import { localeStatus, type LocaleStatus } from '../domain/translation/status';
import { untranslatedUi } from '../i18n/server';

export type GuidePage = CollectionEntry<'docs'>;
export type TranslatedPage = CollectionEntry<'translations'>;

/** What navigation, the home page and the status page show of a page in a locale. */
export interface PageSummary {
  slug: string;
  section: GuidePage['data']['section'];
  title: string;
  /** The title is English (the locale has no translation of it): shown marked lang="en". */
  titleMissing: boolean;
  description: string;
}

const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return make();
  let p = memo.get(key) as Promise<T> | undefined;
  if (!p) {
    p = make();
    memo.set(key, p);
  }
  return p;
}

/** The English pages, in navigation order (front matter `order`, then slug). */
export function guidePages(): Promise<GuidePage[]> {
  return once('docs', async () =>
    (await getCollection('docs')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
  );
}

/** Every locale's entry of every page, by `lang/slug`. */
function translatedPages(): Promise<Map<string, TranslatedPage>> {
  return once('translations', async () => new Map((await getCollection('translations')).map((e) => [e.id, e])));
}

/** A page in a locale: undefined for the source locale, whose page is the English entry itself. */
export async function translatedPage(lang: string, slug: string): Promise<TranslatedPage | undefined> {
  if (lang === SOURCE_LOCALE) return undefined;
  const entry = (await translatedPages()).get(`${lang}/${slug}`);
  if (!entry) throw new Error(`no translated page ${lang}/${slug} in the translations collection`);
  return entry;
}

/** Every page as a locale shows it, in navigation order. */
export function pageSummaries(lang: string): Promise<PageSummary[]> {
  return once(`summaries:${lang}`, async () => {
    const translations = await translatedPages();
    return (await guidePages()).map((page) => {
      const t = lang === SOURCE_LOCALE ? undefined : translations.get(`${lang}/${page.id}`);
      return {
        slug: page.id,
        section: page.data.section,
        title: t?.data.title ?? page.data.title,
        titleMissing: t?.data.titleMissing ?? false,
        description: t?.data.description ?? page.data.description,
      };
    });
  });
}

/** The translation report of every locale and page (the status page; `npm run i18n:status` computes the same). */
export function getStatus(): Promise<LocaleStatus[]> {
  return once('status', async () => {
    const [pages, translations] = await Promise.all([guidePages(), translatedPages()]);
    return LOCALES.filter((l) => l.code !== SOURCE_LOCALE).map((l) =>
      localeStatus(
        l,
        pages.map((p) => translations.get(`${l.code}/${p.id}`)!.data.status),
        [],
        untranslatedUi(l.code),
      ),
    );
  });
}
