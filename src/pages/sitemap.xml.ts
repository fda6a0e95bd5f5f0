/** sitemap.xml with hreflang alternates for every locale of every route. */
import type { APIRoute } from 'astro';
import { LOCALES } from '../domain/i18n/locales';
import { localeUrl } from '../lib/routes';
import { routeKeys } from '../lib/site-routes';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const abs = (lang: string, key: string) => esc(new URL(localeUrl(lang, key), site).href);
  const urls = (await routeKeys()).flatMap((key) =>
    LOCALES.map((l) =>
      [
        '  <url>',
        `    <loc>${abs(l.code, key)}</loc>`,
        ...LOCALES.map((a) => `    <xhtml:link rel="alternate" hreflang="${a.tag}" href="${abs(a.code, key)}"/>`),
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${abs('en', key)}"/>`,
        '  </url>',
      ].join('\n'),
    ),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
