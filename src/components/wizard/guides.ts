/** URLs of the guides an outcome links to, for one locale (server side: uses the site's route helper). */
import { GUIDES, type GuideSlug } from '../../domain/eligibility/evaluation';
import { localeUrl } from '../../lib/routes';

/** Every guide slug mapped to its page in `lang`; the calculator's slug is its route key. */
export function guideUrlsFor(lang: string): Record<GuideSlug, string> {
  return Object.fromEntries(GUIDES.map((slug) => [slug, localeUrl(lang, `${slug}/`)])) as Record<GuideSlug, string>;
}

/** The wizard's own page in `lang`. */
export function wizardBasePath(lang: string): string {
  return localeUrl(lang, 'eligibility/');
}

/** The wizard's plain version in `lang`: every state on one page, chosen by the URL's fragment. */
export function wizardStepsPath(lang: string): string {
  return localeUrl(lang, 'eligibility/steps/');
}
