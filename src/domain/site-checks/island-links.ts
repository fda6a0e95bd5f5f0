/**
 * Links that exist only once an island has hydrated: the built HTML does not hold them, so the link gate
 * would never see a broken one (a "Link to this result" once pointed at a page that no longer existed).
 * The wizard's are computed with the functions the island itself uses (src/domain/eligibility/links.ts)
 * and checked like any other page's links, plus one check the HTML cannot make: every wizard link must
 * read back as a state, not as the wizard's error screen.
 */
import { GUIDE_SLUGS, GUIDES, type GuideSlug } from '../eligibility/evaluation';
import { islandLinks } from '../eligibility/links';
import { parseWizardQuery } from '../eligibility/query';
import type { BuiltPage, LinkReport } from './links';

/** A built page that hosts the wizard island: its URL path (under the base) and locale code. */
export interface WizardHost {
  path: string;
  lang: string;
}

/** The links the island adds to each host page, as pages for checkLinks (no ids of their own). */
export function wizardIslandPages(hosts: readonly WizardHost[], base: string): BuiltPage[] {
  return hosts.map(({ path, lang }) => {
    const guides = Object.fromEntries(GUIDE_SLUGS.map((g) => [g, `${base}${lang}/${GUIDES[g]}`])) as Record<
      GuideSlug,
      string
    >;
    const links = islandLinks({ host: path, steps: `${base}${lang}/eligibility/steps/`, guides });
    return { path, ids: new Set<string>(), links: [...new Set(links.map((l) => l.href))] };
  });
}

/** Wizard links (to the host page with a query) whose answers or step the wizard would refuse. */
export function badWizardQueries(pages: readonly BuiltPage[], origin: string): LinkReport['broken'] {
  const broken: LinkReport['broken'] = [];
  for (const page of pages) {
    for (const href of page.links) {
      const url = new URL(href, `${origin}${page.path}`);
      if (url.pathname !== page.path || url.search === '') continue;
      const { errors } = parseWizardQuery(url.search);
      if (errors.length) {
        broken.push({
          page: page.path,
          href,
          reason: `the wizard refuses it: ${errors.map((e) => `${e.param || '?'} ${e.code}`).join(', ')}`,
        });
      }
    }
  }
  return broken;
}
