/**
 * The link gate's view of links that exist only after the wizard island hydrates: computed with the island's own
 * functions, resolved against the built pages like any other link. A broken "Link to this result" must fail it.
 */
import { describe, expect, it } from 'vitest';
import { GUIDE_SLUGS, GUIDES } from '../../../src/domain/eligibility/evaluation';
import { enumerateStates } from '../../../src/domain/eligibility/states';
import { badWizardQueries, wizardIslandPages } from '../../../src/domain/site-checks/island-links';
import { checkLinks, type BuiltPage } from '../../../src/domain/site-checks/links';

const ORIGIN = 'https://site.invalid';
const BASE = '/base/';
const states = enumerateStates();

/** A site with the wizard's pages and every guide page with the sections the wizard links to. */
function site(stepIds = states.map((s) => `/${s.path}`)): BuiltPage[] {
  const guidePages = new Map<string, Set<string>>();
  for (const g of GUIDE_SLUGS) {
    const [path, id] = GUIDES[g].split('#') as [string, string | undefined];
    const ids = guidePages.get(path) ?? new Set<string>();
    if (id) ids.add(id);
    guidePages.set(path, ids);
  }
  return [
    { path: `${BASE}en/eligibility/`, ids: new Set(), links: [] },
    { path: `${BASE}en/eligibility/steps/`, ids: new Set(stepIds), links: [] },
    ...[...guidePages].map(([path, ids]) => ({ path: `${BASE}en/${path}`, ids, links: [] })),
  ];
}
const check = (pages: BuiltPage[]) => {
  const island = wizardIslandPages([{ path: `${BASE}en/eligibility/`, lang: 'en' }], BASE);
  return { island, report: checkLinks([...island, ...pages], new Set(), ORIGIN, BASE) };
};

describe('links the wizard island adds after hydration', () => {
  it('all resolve on a site that has every state and section', () => {
    const { island, report } = check(site());
    expect(report.broken).toEqual([]);
    // Every outcome's permanent link is among them, as a state of the plain version.
    const links = island[0]!.links;
    for (const s of states.filter((x) => x.kind === 'result'))
      expect(links).toContain(`${BASE}en/eligibility/steps/#/${s.path}`);
    expect(badWizardQueries(island, ORIGIN)).toEqual([]);
  });

  it('fail when the plain version lacks the state a permanent link names', () => {
    const missing = states.find((s) => s.path === 'partner/rejected/result/')!;
    const { report } = check(site(states.filter((s) => s !== missing).map((s) => `/${s.path}`)));
    expect(report.broken).toEqual([
      expect.objectContaining({
        href: `${BASE}en/eligibility/steps/#/partner/rejected/result/`,
        reason: expect.stringContaining('no element with id "/partner/rejected/result/"'),
      }),
    ]);
  });

  it('fail for the permanent link the island used to write, a page per result that no longer exists', () => {
    const old: BuiltPage = {
      path: `${BASE}en/eligibility/`,
      ids: new Set(),
      links: [`${BASE}en/eligibility/partner/rejected/result/`],
    };
    const report = checkLinks([old, ...site()], new Set(), ORIGIN, BASE);
    expect(report.broken.map((b) => b.reason)).toEqual(['no such page or file']);
  });

  it('fail when a guide section the wizard sends readers to is gone', () => {
    const pages = site().map((p) =>
      p.path.endsWith('manage-associations/')
        ? { ...p, ids: new Set([...p.ids].filter((id) => id !== 'disputes')) }
        : p,
    );
    const { report } = check(pages);
    expect(new Set(report.broken.map((b) => b.href))).toEqual(new Set([`${BASE}en/manage-associations/#disputes`]));
  });

  it('reports a wizard link whose answers the wizard would refuse', () => {
    const page: BuiltPage = {
      path: `${BASE}en/eligibility/`,
      ids: new Set(),
      links: [
        `${BASE}en/eligibility/?audience=partner&step=result`,
        `${BASE}en/eligibility/?audience=customer&step=result`,
      ],
    };
    expect(badWizardQueries([page], ORIGIN)).toEqual([
      { page: page.path, href: page.links[0], reason: 'the wizard refuses it: step step-unavailable' },
    ]);
  });
});
