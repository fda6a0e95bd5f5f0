/**
 * Gate: every internal link and anchor of every built page resolves; external links are listed, not fetched.
 * Links the wizard island adds after hydration (results, permanent links, copied text) are checked too, computed
 * with the island's own functions for every page that hosts it (src/domain/site-checks/island-links.ts).
 */
import { badWizardQueries, wizardIslandPages } from '../../src/domain/site-checks/island-links';
import { checkLinks } from '../../src/domain/site-checks/links';
import { BASE, listFiles, OUT_DIR, readPages } from '../lib/built-site';

const ORIGIN = 'https://site.invalid';
const pages = readPages();
const files = new Set(listFiles());
const report = checkLinks(pages, files, ORIGIN, BASE);
const canonicalOrigin = new URL(process.env.SITE_URL ?? 'https://cpor-guide.example.org').origin;
// Canonical and hreflang links name the public origin: resolve them as internal links.
const selfLinks = [...report.external.keys()].filter((u) => u.startsWith(canonicalOrigin));
const rebased = checkLinks(
  pages.map((p) => ({
    ...p,
    links: p.links.filter((l) => l.startsWith(canonicalOrigin)).map((l) => l.replace(canonicalOrigin, ORIGIN)),
  })),
  files,
  ORIGIN,
  BASE,
);
// Pages that host the wizard island, found by the island's component in the built HTML.
const hosts = pages
  .filter((p) => /<astro-island[^>]*component-url="[^"]*EligibilityWizard/.test(p.html))
  .map((p) => ({ path: p.path, lang: p.path.slice(BASE.length).split('/')[0]! }));
const islandPages = wizardIslandPages(hosts, BASE);
// The built pages come along (without their own links, checked above) so that island links resolve against them.
const islandAgainstSite = checkLinks([...islandPages, ...pages.map((p) => ({ ...p, links: [] }))], files, ORIGIN, BASE);
const islandBroken = [...islandAgainstSite.broken, ...badWizardQueries(islandPages, ORIGIN)].map((b) => ({
  ...b,
  page: `${b.page} (wizard island, after hydration)`,
}));
const broken = [...report.broken, ...rebased.broken, ...islandBroken];
const external = [...report.external.entries()].filter(([u]) => !u.startsWith(canonicalOrigin));
console.log(
  `links: ${pages.length} pages in ${OUT_DIR}/ (base ${BASE}), ${report.checked + rebased.checked} internal links and anchors checked (${selfLinks.length} canonical/hreflang URLs), ${broken.length} broken`,
);
console.log(
  `island links: ${hosts.length} pages host the wizard; ${islandAgainstSite.checked} distinct links its screens add after hydration checked (moves between states, guides, permanent links to every result)`,
);
console.log(`external links (listed, not fetched): ${external.length} distinct`);
for (const [url, n] of external.sort()) console.log(`  ${url}  (${n}×)`);
for (const b of broken) console.log(`BROKEN ${b.page}: ${b.href} — ${b.reason}`);
if (broken.length) {
  console.log(
    'fix: correct the link in the English page or the translation (link targets always come from the English), or add the missing heading/page; for an island link, the function that builds it (src/domain/eligibility/)',
  );
  process.exitCode = 1;
}
