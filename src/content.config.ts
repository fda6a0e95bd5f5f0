/**
 * The site's content collections:
 * - `docs`: the English pages, src/content/docs/en/*.mdx, front matter checked by the page schema;
 * - `translations`: every other locale's pages, made by the translation step from the English MDX and the
 *   locale's stored passages (src/lib/translations-loader.ts), rendered from generated MDX like the English.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './domain/content/frontmatter';
import { ENGLISH_DIR, translatedPageSchema, translationsLoader } from './lib/translations-loader';

export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '*.mdx', base: ENGLISH_DIR }), schema: pageSchema }),
  translations: defineCollection({ loader: translationsLoader(), schema: translatedPageSchema }),
};
