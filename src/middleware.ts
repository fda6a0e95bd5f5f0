/**
 * Marks untranslated UI strings (the English copied into a locale's files, src/domain/translation/untranslated.ts)
 * lang="en" in that locale's pages, as missing passages already are. A locale with none is left untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { markEnglish } from './domain/translation/mark-english';
import { untranslatedUi } from './i18n/server';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const lang = context.params.lang;
  const strings = lang ? untranslatedUi(lang).strings : undefined;
  if (!strings || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(markEnglish(html, strings), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
