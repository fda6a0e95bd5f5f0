// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import clientInteraction from './src/integrations/client-interaction.ts';
import checkTranslations from './src/integrations/check-translations.ts';
import finishBuild from './src/integrations/finish-build.ts';
import bundlerWarnings from './src/integrations/bundler-warnings.ts';
import { guideBlocks, guideCells } from './src/integrations/guide-blocks.ts';
import { MDX_FEATURES } from './src/domain/content/parse-mdx.ts';
import { createHash } from 'node:crypto';
import locales from './locales/locales.json' with { type: 'json' };
import { THEME_INIT } from './src/scripts/theme-init.mjs';

const themeHash = /** @type {`sha256-${string}`} */ (
  `sha256-${createHash('sha256').update(THEME_INIT).digest('base64')}`
);

/** Deploy under a sub-path (e.g. /cpor-guide/) with BASE_PATH; the public origin with SITE_URL. */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://cpor-guide.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  integrations: [
    // Pages are MDX (src/content.config.ts); `optimize` renders their static parts as HTML strings.
    // The translators' files are checked first: one line per problem, no stack trace (src/integrations/check-translations.ts).
    checkTranslations(),
    mdx({ optimize: true }),
    // Preact islands: the official integration takes the two island entries in src/components/islands/ (each a
    // one-line re-export its Babel pass compiles); every other .tsx file's JSX is compiled by Vite's oxc (below).
    preact({ include: [/\/src\/components\/islands\/[^/]+\.tsx$/] }),
    // `client:interaction` hydrates an island when the reader first reaches it (src/scripts/client-interaction.ts).
    clientInteraction(),
    finishBuild(),
    // Rolldown's warning about Astro's own MDX directive, once per page, is dropped (src/integrations/bundler-warnings.ts).
    bundlerWarnings(),
  ],
  i18n: {
    locales: locales.map((l) => l.code),
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Four pages at a time: one page renders while others are written.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  security: {
    csp: {
      // Pagefind's search runs WebAssembly; 'wasm-unsafe-eval' allows only that, not eval().
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeHash] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: {
    syntaxHighlight: false,
    // The parser and settings the translation step cuts passages with (src/domain/content/parse-mdx.ts), and
    // the plugin that numbers blocks and names headings for every locale (src/integrations/guide-blocks.ts).
    processor: satteri({ mdastPlugins: [guideBlocks], hastPlugins: [guideCells], features: MDX_FEATURES }),
  },
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: { assetsInlineLimit: 0 },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  },
});
