/**
 * What the parts of every page that list every guide or every locale show: the navigation's sections and
 * links (made once per locale) and the hreflang alternates. The components that render them are
 * src/components/Nav.astro, LanguageSwitcher.astro and the head of src/layouts/Base.astro.
 */
import { getLocale } from '../domain/i18n/locales';
import { getT } from '../i18n/server';
import { pageSummaries } from './content';
import { localeUrl } from './routes';

export interface NavLink {
  key: string;
  href: string;
  label: string;
  /** The label is the English title (the locale has no translation of it). */
  missing: boolean;
}
export interface NavSection {
  heading: string;
  links: NavLink[];
}

const navs = new Map<string, Promise<NavSection[]>>();

/** The guides' navigation of a locale: guides, tools, pages for translators. */
export function navSections(lang: string): Promise<NavSection[]> {
  let p = import.meta.env.DEV ? undefined : navs.get(lang);
  if (!p) {
    p = (async () => {
      const t = getT(lang);
      const pages = await pageSummaries(lang);
      const link = (key: string, label: string, missing = false): NavLink => ({
        key,
        href: localeUrl(lang, key),
        label,
        missing,
      });
      const guide = (p: (typeof pages)[number]) => link(`${p.slug}/`, p.title, p.titleMissing);
      return [
        { heading: t('nav.label'), links: pages.filter((x) => x.section === 'guides').map(guide) },
        {
          heading: t('nav.tools'),
          links: [link('eligibility/', t('nav.eligibility')), link('opt-out-deadline/', t('nav.deadline'))],
        },
        {
          heading: t('nav.translators'),
          links: [
            ...pages.filter((x) => x.section === 'translators').map(guide),
            link('translation-status/', t('nav.status')),
          ],
        },
      ];
    })();
    navs.set(lang, p);
  }
  return p;
}

/** Whether the navigation link `key` is the page at `current` (every wizard step belongs to the wizard). */
export function isCurrentRoute(key: string, current: string): boolean {
  return current === key || (key === 'eligibility/' && current.startsWith(key));
}

/** `<link rel="alternate" hreflang>` targets for every locale that has the page, and x-default for the source locale. */
export function alternateLinks(
  site: URL,
  routeKey: string,
  alternates: readonly string[],
  sourceLocale: string,
): { hreflang: string; href: string }[] {
  const link = (hreflang: string, code: string) => ({ hreflang, href: site.origin + localeUrl(code, routeKey) });
  const out = alternates.map((code) => link(getLocale(code).tag, code));
  if (alternates.includes(sourceLocale)) out.push(link('x-default', sourceLocale));
  return out;
}
