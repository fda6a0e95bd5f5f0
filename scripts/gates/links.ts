/** Gate: every internal link and anchor of every built page resolves; external links are listed, not fetched. */
import { checkLinks } from '../../src/domain/site-checks/links';
import { BASE, listFiles, OUT_DIR, readPages } from '../lib/built-site';

const ORIGIN = 'https://site.invalid';
const pages = readPages();
const report = checkLinks(pages, new Set(listFiles()), ORIGIN, BASE);
const canonicalOrigin = new URL(process.env.SITE_URL ?? 'https://cpor-guide.example.org').origin;
// Canonical and hreflang links name the public origin: resolve them as internal links.
const selfLinks = [...report.external.keys()].filter((u) => u.startsWith(canonicalOrigin));
const rebased = checkLinks(
  pages.map((p) => ({
    ...p,
    links: p.links.filter((l) => l.startsWith(canonicalOrigin)).map((l) => l.replace(canonicalOrigin, ORIGIN)),
  })),
  new Set(listFiles()),
  ORIGIN,
  BASE,
);
const broken = [...report.broken, ...rebased.broken];
const external = [...report.external.entries()].filter(([u]) => !u.startsWith(canonicalOrigin));
console.log(
  `links: ${pages.length} pages in ${OUT_DIR}/ (base ${BASE}), ${report.checked + rebased.checked} internal links and anchors checked (${selfLinks.length} canonical/hreflang URLs), ${broken.length} broken`,
);
console.log(`external links (listed, not fetched): ${external.length} distinct`);
for (const [url, n] of external.sort()) console.log(`  ${url}  (${n}×)`);
for (const b of broken) console.log(`BROKEN ${b.page}: ${b.href} — ${b.reason}`);
if (broken.length) {
  console.log(
    'fix: correct the link in the English page or the translation (link targets always come from the English), or add the missing heading/page',
  );
  process.exitCode = 1;
}
