/**
 * The parts of every page that list every guide or every locale (the navigation, the language links, the
 * hreflang alternates), built as HTML strings from pieces made once per locale. Rendered as components,
 * they cost more per page the more guides and locales the site has, and a build renders thousands of
 * pages; as strings they cost next to nothing (see the Performance section of the README).
 */
import { escapeHtml } from '../domain/html';
import { LOCALES, getLocale } from '../domain/i18n/locales';
import { getT } from '../i18n/server';
import { pages, getSummary } from './content';
import { localeUrl } from './routes';

interface NavLink {
  key: string;
  label: string;
  missing: boolean;
}
interface NavSection {
  heading: string;
  links: NavLink[];
}
interface NavPieces {
  summary: string;
  sections: NavSection[];
}

const navPieces = new Map<string, NavPieces>();

function piecesFor(lang: string): NavPieces {
  let p = navPieces.get(lang);
  if (p) return p;
  const t = getT(lang);
  const link = (page: (typeof pages)[number]): NavLink => {
    const s = getSummary(lang, page);
    return { key: `${page.slug}/`, label: s.titleText, missing: s.titleMissing };
  };
  p = {
    summary: t('nav.menu'),
    sections: [
      { heading: t('nav.label'), links: pages.filter((x) => x.data.section === 'guides').map(link) },
      {
        heading: t('nav.tools'),
        links: [
          { key: 'eligibility/', label: t('nav.eligibility'), missing: false },
          { key: 'opt-out-deadline/', label: t('nav.deadline'), missing: false },
        ],
      },
      {
        heading: t('nav.translators'),
        links: [
          ...pages.filter((x) => x.data.section === 'translators').map(link),
          { key: 'translation-status/', label: t('nav.status'), missing: false },
        ],
      },
    ],
  };
  navPieces.set(lang, p);
  return p;
}

/** Whether the navigation link `key` is the page at `current` (every wizard step belongs to the wizard). */
export function isCurrentRoute(key: string, current: string): boolean {
  return current === key || (key === 'eligibility/' && current.startsWith(key));
}

/** The guides' navigation: marks the current page, and untranslated titles as English. */
export function navHtml(lang: string, current: string): string {
  const { summary, sections } = piecesFor(lang);
  const lists = sections
    .map((s, i) => {
      const items = s.links
        .map((l) => {
          const cur = isCurrentRoute(l.key, current) ? ' aria-current="page"' : '';
          const en = l.missing ? ' lang="en"' : '';
          return `<li><a href="${escapeHtml(localeUrl(lang, l.key))}"${cur}${en}>${escapeHtml(l.label)}</a></li>`;
        })
        .join('');
      return `<h2${i === 0 ? ' id="nav-guides"' : ''}>${escapeHtml(s.heading)}</h2><ul>${items}</ul>`;
    })
    .join('');
  return `<nav class="site-nav" aria-labelledby="nav-guides"><details class="wide-open"><summary>${escapeHtml(summary)}</summary>${lists}</details></nav>`;
}

/** Links to the same page in every locale (the home page of locales that lack it); a native disclosure. */
export function languageSwitcherHtml(lang: string, routeKey: string, available: readonly string[]): string {
  const t = getT(lang);
  const current = getLocale(lang);
  const items = LOCALES.map((l) => {
    const href = localeUrl(l.code, available.includes(l.code) ? routeKey : '');
    const cur = l.code === lang ? ' aria-current="true"' : '';
    return `<li><a href="${escapeHtml(href)}" hreflang="${l.tag}" lang="${l.tag}"${cur} data-lang-link="${l.code}">${escapeHtml(l.name)}</a></li>`;
  }).join('');
  return `<details class="lang-switcher"><summary><span class="visually-hidden">${escapeHtml(t('language.label'))}: </span><span lang="${current.tag}">${escapeHtml(current.name)}</span></summary><ul>${items}</ul></details>`;
}

/** `<link rel="alternate" hreflang>` for every locale that has the page, and x-default for the source locale. */
export function alternateLinksHtml(
  site: URL,
  routeKey: string,
  alternates: readonly string[],
  sourceLocale: string,
): string {
  const origin = site.origin;
  const link = (hreflang: string, code: string) =>
    `<link rel="alternate" hreflang="${hreflang}" href="${escapeHtml(origin + localeUrl(code, routeKey))}">`;
  const out = alternates.map((code) => link(getLocale(code).tag, code));
  if (alternates.includes(sourceLocale)) out.push(link('x-default', sourceLocale));
  return out.join('');
}
