/** Every indexable route key under /<lang>/, for the sitemap and the tests. */
import { pages } from './content';

export const TOOL_ROUTE_KEYS = ['eligibility/', 'eligibility/map/', 'opt-out-deadline/', 'translation-status/'];

/** Route keys of a locale: its home, the guides and the tools. */
export function routeKeys(): string[] {
  return ['', ...pages.map((p) => `${p.slug}/`), ...TOOL_ROUTE_KEYS];
}
