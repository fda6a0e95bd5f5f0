/**
 * The site's pages: English MDX sources and each locale's segment translations, loaded at build time
 * through Vite globs and handed to the pure domain functions. Computed once per build.
 */
import { loadPage, checkPageSet, sourceBlocks, type Page } from '../domain/content/page';
import { renderPage, renderSummary, type PageSummary, type RenderLabels, type RenderedPage } from '../domain/content/render';
import { matchPage, type PageMatch } from '../domain/translation/match';
import { translationStatus, type LocaleStatus } from '../domain/translation/status';
import type { PageTranslations } from '../domain/translation/store';
import { loadPageTranslations } from '../domain/translation/file';
import { LOCALES, LOCALE_CODES, SOURCE_LOCALE } from '../domain/i18n/locales';
import { getT } from '../i18n/server';

const sources = import.meta.glob<string>('/src/content/docs/en/*.mdx', { eager: true, query: '?raw', import: 'default' });
const translationFiles = import.meta.glob<string>('/locales/*/pages/*.json', { eager: true, query: '?raw', import: 'default' });

/** Routes that are not content pages but may be linked from them. */
export const TOOL_ROUTES = ['eligibility', 'opt-out-deadline', 'translation-status'];

export const pages: Page[] = Object.entries(sources)
  .map(([path, text]) => loadPage(path.replace(/^\//, ''), text))
  .sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug));

const pageErrors = checkPageSet(pages, TOOL_ROUTES);
if (pageErrors.length) throw new Error(pageErrors.join('\n'));

const translations = new Map<string, PageTranslations>();
for (const [path, text] of Object.entries(translationFiles)) {
  const data = loadPageTranslations(path.replace(/^\//, ''), text, LOCALE_CODES, pages.map((p) => p.slug), SOURCE_LOCALE);
  if (data) translations.set(`${data.locale}/${data.page}`, data);
}

const matches = new Map<string, PageMatch>();
/** How a locale's stored translations cover a page (undefined for the source locale). */
export function getMatch(lang: string, page: Page): PageMatch | undefined {
  if (lang === SOURCE_LOCALE) return undefined;
  const key = `${lang}/${page.slug}`;
  let m = matches.get(key);
  if (!m) {
    m = matchPage(sourceBlocks(page), translations.get(key)?.units ?? []);
    matches.set(key, m);
  }
  return m;
}

function labelsFor(lang: string): RenderLabels {
  const t = getT(lang);
  return {
    calloutNote: t('callout.note'),
    calloutWarning: t('callout.warning'),
    calloutConflict: t('callout.conflict'),
    appliesTo: t('meta.appliesTo'),
    roles: t('meta.roles'),
    outdatedBadge: t('segment.outdatedBadge'),
    outdatedHint: t('segment.outdatedHint'),
    outdatedTitle: t('segment.outdatedTitle'),
  };
}

/**
 * The page rendered for a locale. Not kept: each is rendered once, for its own page (navigation, the
 * home and status pages need only summaries), so a build's memory does not grow with every page's HTML.
 */
export function getRendered(lang: string, page: Page): RenderedPage {
  return renderPage(page, labelsFor(lang), getMatch(lang, page));
}

const summaries = new Map<string, PageSummary>();
/** A page's localized title and description, memoized (navigation shows every title on every page). */
export function getSummary(lang: string, page: Page): PageSummary {
  const key = `${lang}/${page.slug}`;
  let s = summaries.get(key);
  if (!s) {
    s = renderSummary(page, labelsFor(lang), getMatch(lang, page));
    summaries.set(key, s);
  }
  return s;
}

/** Finds a page by slug. */
export function findPage(slug: string): Page | undefined {
  return pages.find((p) => p.slug === slug);
}

let status: LocaleStatus[] | undefined;
/** The translation status of every locale and page, computed once per build from the memoized matches. */
export function getStatus(): LocaleStatus[] {
  status ??= translationStatus(pages, LOCALES, (code, slug) => translations.get(`${code}/${slug}`), [], SOURCE_LOCALE, (code, page) => getMatch(code, page)!);
  return status;
}

export { translations };
