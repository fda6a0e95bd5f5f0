/** Server-side pieces of the wizard for one locale: guide URLs, its pages, the context of its plain screens. */
import { GUIDES, GUIDE_SLUGS, type GuideSlug } from '../../domain/eligibility/evaluation';
import { staticHref } from '../../domain/eligibility/href';
import { createTranslator } from '../../domain/i18n/format';
import { getLocale } from '../../domain/i18n/locales';
import { getMessages } from '../../i18n/server';
import { localeUrl } from '../../lib/routes';
import type { HeadingLevel, WizardContext } from './parts';

/** Every guide link mapped to its page (and section) in `lang`. */
export function guideUrlsFor(lang: string): Record<GuideSlug, string> {
  return Object.fromEntries(GUIDE_SLUGS.map((slug) => [slug, localeUrl(lang, GUIDES[slug])])) as Record<
    GuideSlug,
    string
  >;
}

/** The wizard's own page in `lang`. */
export function wizardBasePath(lang: string): string {
  return localeUrl(lang, 'eligibility/');
}

/** The flow map of the wizard in `lang`: the whole decision graph, for reviewers. */
export function wizardMapPath(lang: string): string {
  return localeUrl(lang, 'eligibility/map/');
}

/** The wizard's plain version in `lang`: every state on one page, chosen by the URL's fragment. */
export function wizardStepsPath(lang: string): string {
  return localeUrl(lang, 'eligibility/steps/');
}

/**
 * The context for screens rendered on the server without the island, links leading to `basePath` + a state
 * path. It uses the island's own translator over the same messages, so the HTML is what the island would draw.
 */
export function plainWizardContext(lang: string, level: HeadingLevel, basePath: string): WizardContext {
  const tag = getLocale(lang).tag;
  return {
    t: createTranslator(getMessages(lang, 'wizard'), tag),
    tag,
    level,
    href: staticHref(basePath),
    guideUrls: guideUrlsFor(lang),
  };
}
