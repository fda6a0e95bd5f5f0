/** Every indexable route key under /<lang>/, for the sitemap. */
import { guidePages } from './content';

export const TOOL_ROUTE_KEYS = ['eligibility/', 'eligibility/map/', 'opt-out-deadline/', 'translation-status/'];

/** Route keys of a locale: its home, the guides and the tools. */
export async function routeKeys(): Promise<string[]> {
  return ['', ...(await guidePages()).map((p) => `${p.id}/`), ...TOOL_ROUTE_KEYS];
}
