/**
 * The site's pages: English MDX sources (through a Vite glob) and each locale's stored translations (units)
 * (read from locales/<code>/pages/ on disk), handed to the pure domain functions. Computed once per
 * build; under `astro dev`, again whenever a translation file changes.
 *
 * Translations are read from disk rather than bundled: a glob would put every translation file into the
 * server bundle as a string module, and with 50 locales × 100 pages (67 MB of JSON) bundling them took
 * most of the build's 2 GB of memory before a page was rendered.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage, checkPageSet, sourceBlocks, type Page } from '../domain/content/page';
import {
  renderPage,
  renderSummary,
  type PageSummary,
  type RenderLabels,
  type RenderedPage,
} from '../domain/content/render';
import { matchPage, type PageMatch } from '../domain/translation/match';
import { translationStatus, type LocaleStatus } from '../domain/translation/status';
import type { PageTranslations } from '../domain/translation/store';
import { loadPageTranslations } from '../domain/translation/file';
import { LOCALES, LOCALE_CODES, SOURCE_LOCALE } from '../domain/i18n/locales';
import { getT, untranslatedFor, untranslatedUi } from '../i18n/server';

const sources = import.meta.glob<string>('/src/content/docs/en/*.mdx', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** Routes that are not content pages but may be linked from them. */
export const TOOL_ROUTES = ['eligibility', 'opt-out-deadline', 'translation-status'];

export const pages: Page[] = Object.entries(sources)
  .map(([path, text]) => loadPage(path.replace(/^\//, ''), text))
  .sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug));

const pageErrors = checkPageSet(pages, TOOL_ROUTES);
if (pageErrors.length) throw new Error(pageErrors.join('\n'));

const LOCALES_DIR = join(process.cwd(), 'locales');

/** Every locales/<code>/pages/*.json with its modification time, in a stable order. */
function translationFiles(): { path: string; mtimeMs: number }[] {
  const out: { path: string; mtimeMs: number }[] = [];
  for (const code of readdirSync(LOCALES_DIR).sort()) {
    const dir = join(LOCALES_DIR, code, 'pages');
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      const path = `locales/${code}/pages/${name}`;
      out.push({ path, mtimeMs: statSync(join(process.cwd(), path)).mtimeMs });
    }
  }
  return out;
}

function readTranslations(files: readonly { path: string }[]): Map<string, PageTranslations> {
  const out = new Map<string, PageTranslations>();
  for (const { path } of files) {
    const data = loadPageTranslations(
      path,
      readFileSync(join(process.cwd(), path), 'utf8'),
      LOCALE_CODES,
      pages.map((p) => p.slug),
      SOURCE_LOCALE,
    );
    if (data) out.set(`${data.locale}/${data.page}`, data);
  }
  return out;
}

let signature = '';
let translations = new Map<string, PageTranslations>();
const matches = new Map<string, PageMatch>();
const summaries = new Map<string, PageSummary>();
let status: LocaleStatus[] | undefined;

/** Loads the translations once; under `astro dev`, again (dropping what was derived) when a file changed. */
function fresh(): Map<string, PageTranslations> {
  if (signature && !import.meta.env.DEV) return translations;
  const files = translationFiles();
  const now = files.map((f) => `${f.path}@${f.mtimeMs}`).join('\n') || 'none';
  if (now !== signature) {
    translations = readTranslations(files);
    matches.clear();
    summaries.clear();
    status = undefined;
    signature = now;
  }
  return translations;
}
fresh();

/** How a locale's stored translations cover a page (undefined for the source locale). */
export function getMatch(lang: string, page: Page): PageMatch | undefined {
  if (lang === SOURCE_LOCALE) return undefined;
  const translations = fresh();
  const key = `${lang}/${page.slug}`;
  let m = matches.get(key);
  if (!m) {
    const untranslated = untranslatedFor(lang);
    m = matchPage(sourceBlocks(page), translations.get(key)?.units ?? [], {
      untranslated: (e, t) => untranslated(e, t),
    });
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
    outdatedBadge: t('passage.outdatedBadge'),
    outdatedHint: t('passage.outdatedHint'),
    outdatedTitle: t('passage.outdatedTitle'),
  };
}

/**
 * The page rendered for a locale. Not kept: each is rendered once, for its own page (navigation, the
 * home and status pages need only summaries), so a build's memory does not grow with every page's HTML.
 */
export function getRendered(lang: string, page: Page): RenderedPage {
  return renderPage(page, labelsFor(lang), getMatch(lang, page));
}

/** A page's localized title and description, memoized (navigation shows every title on every page). */
export function getSummary(lang: string, page: Page): PageSummary {
  fresh();
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

/** The translation status of every locale and page, computed once per build from the memoized matches. */
export function getStatus(): LocaleStatus[] {
  const translations = fresh();
  status ??= translationStatus(
    pages,
    LOCALES,
    (code, slug) => translations.get(`${code}/${slug}`),
    [],
    SOURCE_LOCALE,
    (code, page) => getMatch(code, page)!,
    { uiUntranslated: untranslatedUi },
  );
  return status;
}
