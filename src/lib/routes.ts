/**
 * URLs of the site, always under the deploy base path and with a trailing slash. `localeUrl` is the one
 * helper every page, component and island uses for a locale's URL: it gives what astro:i18n's
 * `getRelativeLocaleUrl(lang, routeKey)` gives with this site's routing (every locale prefixed, trailing
 * slash), as one string concatenation, since pages that list every guide or every locale call it thousands
 * of times per build.
 */
import { SOURCE_LOCALE } from '../domain/i18n/locales';

const rawBase = import.meta.env.BASE_URL;
export const BASE = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

/** `/base/<lang>/<routeKey>` where routeKey is '' (the locale home) or like `overview/`. */
export function localeUrl(lang: string, routeKey = ''): string {
  return `${BASE}${lang}/${routeKey}`;
}

/** A path under the base, e.g. `favicon.svg`. */
export function assetUrl(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

/** The locale of the page being rendered, from `Astro.currentLocale` (astro:i18n reads it from the URL). */
export function pageLang(currentLocale: string | undefined): string {
  return currentLocale ?? SOURCE_LOCALE;
}
