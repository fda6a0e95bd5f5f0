/** URLs of the site, always under the deploy base path and with a trailing slash. */
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
