/**
 * Internal links and anchors of a built site: every link to this site must reach a page that exists,
 * and every #fragment an element with that id. Broken links are the first thing readers lose trust over.
 */

export interface BuiltPage {
  /** URL path of the page under the site root, e.g. `/tr/overview/` (or a file such as `/404.html`). */
  path: string;
  ids: Set<string>;
  /** Raw href values of <a> and <link rel=alternate|canonical|icon>. */
  links: string[];
}

export interface LinkReport {
  checked: number;
  broken: { page: string; href: string; reason: string }[];
  external: Map<string, number>;
}

/** Resolves every link of every page against the set of pages and files; `origin` is the site's own origin. */
export function checkLinks(
  pages: readonly BuiltPage[],
  files: ReadonlySet<string>,
  origin: string,
  base = '/',
): LinkReport {
  const byPath = new Map(pages.map((p) => [p.path, p] as const));
  const report: LinkReport = { checked: 0, broken: [], external: new Map() };
  for (const page of pages) {
    for (const href of page.links) {
      if (/^(mailto|tel|data|blob|javascript):/i.test(href)) {
        if (/^javascript:/i.test(href))
          report.broken.push({ page: page.path, href, reason: 'javascript: links are not allowed' });
        continue;
      }
      const url = new URL(href, `${origin}${page.path}`);
      if (url.origin !== origin) {
        report.external.set(url.href, (report.external.get(url.href) ?? 0) + 1);
        continue;
      }
      report.checked++;
      if (!url.pathname.startsWith(base)) {
        report.broken.push({ page: page.path, href, reason: `outside the base path ${base}` });
        continue;
      }
      const path = decodeURI(url.pathname);
      const target = byPath.get(path) ?? (path.endsWith('/') ? byPath.get(`${path}index.html`) : undefined);
      if (!target) {
        if (!files.has(path)) report.broken.push({ page: page.path, href, reason: 'no such page or file' });
        else if (url.hash)
          report.broken.push({ page: page.path, href, reason: 'a fragment on a file that is not a page' });
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !target.ids.has(id))
        report.broken.push({ page: page.path, href, reason: `no element with id "${id}" on ${target.path}` });
    }
  }
  return report;
}
