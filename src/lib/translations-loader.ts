/**
 * The `translations` collection's loader (src/content.config.ts): runs the translation step before the
 * build renders anything. For every English page (src/content/docs/en/*.mdx) and locale it matches the
 * locale's stored passages (locales/<code>/pages/<slug>.json, validated by their schema) against today's
 * English, writes the page's translations as MDX (src/domain/content/translate.ts) into one generated file
 * per page, .generated/translations/<slug>.mdx, and stores one entry per locale and page: what navigation,
 * the translation notice and the status page need (title, table of contents, coverage), and the generated
 * file, which @astrojs/mdx renders like the English page.
 *
 * The stored passages themselves never enter the content store: it is bundled into the build, and at
 * 50 locales × 100 pages they are 67 MB of JSON. Each page's files are read, used and dropped.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { checkPageSet, loadPage, sourceBlocks, type Page } from '../domain/content/page';
import { translatePage, translationsFile, type TranslatedPage } from '../domain/content/translate';
import { LOCALE_CODES, LOCALES, SOURCE_LOCALE } from '../domain/i18n/locales';
import { parseJsonFile } from '../domain/i18n/resources';
import { loadPageTranslations } from '../domain/translation/file';
import { parseGlossary } from '../domain/translation/glossary';
import { untranslatedTest, type UntranslatedTest } from '../domain/translation/untranslated';
import { matchPage } from '../domain/translation/match';
import { pageStatus } from '../domain/translation/status';
import type { PageTranslations } from '../domain/translation/store';

/** Where the English pages are, and where the generated translation files go (git-ignored). */
export const ENGLISH_DIR = 'src/content/docs/en';
export const GENERATED_DIR = '.generated/translations';

/** Locale pages from which the step collects its garbage before the bundler runs (see the end of `sync`). */
const COLLECT_FROM = 1000;

/** Routes that are not content pages but may be linked from them. */
export const TOOL_ROUTES = ['eligibility', 'opt-out-deadline', 'translation-status'];

const counts = {
  current: z.number(),
  outdated: z.number(),
  missing: z.number(),
  total: z.number(),
  reviewed: z.number(),
};

/** One locale's page: its text outside the body, its sections, and how its translation covers the English. */
export const translatedPageSchema = z.object({
  lang: z.string(),
  slug: z.string(),
  title: z.string(),
  titleMissing: z.boolean(),
  description: z.string(),
  toc: z.array(z.object({ depth: z.number(), id: z.string(), text: z.string() })),
  status: z.object({
    page: z.string(),
    ...counts,
    machine: z.boolean(),
    unreviewedMachine: z.boolean(),
    kind: z.enum(['machine', 'machine-reviewed', 'translated', 'none']),
    staleReviews: z.number(),
    unused: z.number(),
    problems: z.array(z.string()),
  }),
});

/** The English pages, parsed and checked (every error names the file and line). */
function readEnglishPages(root: string): Page[] {
  const dir = join(root, ENGLISH_DIR);
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => loadPage(`${ENGLISH_DIR}/${f}`, readFileSync(join(dir, f), 'utf8')));
  const errors = checkPageSet(pages, TOOL_ROUTES);
  if (errors.length) throw new Error(errors.join('\n'));
  return pages;
}

/** Every locales/<code>/pages/*.json, as `locale/slug` → path; each is validated when its page is translated. */
function translationFiles(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const code of readdirSync(join(root, 'locales')).sort()) {
    const dir = join(root, 'locales', code, 'pages');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort())
      out.set(`${code}/${name.slice(0, -'.json'.length)}`, `locales/${code}/pages/${name}`);
  }
  return out;
}

/**
 * The locale's test for a stored translation that is only the English copied (beyond its termbase's
 * do-not-translate terms and exceptions, locales/<code>/glossary.json): such a passage counts as missing.
 */
function untranslatedFor(root: string, code: string): UntranslatedTest {
  const path = `locales/${code}/glossary.json`;
  const file = join(root, path);
  return untranslatedTest(
    existsSync(file) ? parseGlossary(parseJsonFile(path, readFileSync(file, 'utf8')), path, code) : undefined,
  );
}

/** A relative import of the English page, as seen from the generated file. */
function relocator(): (specifier: string) => string {
  return (specifier) => {
    const target = posix.join(ENGLISH_DIR, specifier);
    const rel = posix.relative(GENERATED_DIR, target);
    return rel.startsWith('.') ? rel : `./${rel}`;
  };
}

export function translationsLoader(): Loader {
  return {
    name: 'cpor:translations',
    load: async ({ store, parseData, generateDigest, config, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const started = performance.now();
        const pages = readEnglishPages(root);
        const slugs = pages.map((p) => p.slug);
        const files = translationFiles(root);
        const read = (key: string): PageTranslations | undefined => {
          const path = files.get(key);
          if (!path) return undefined;
          return loadPageTranslations(path, readFileSync(join(root, path), 'utf8'), LOCALE_CODES, slugs, SOURCE_LOCALE);
        };
        // A file for a page or a locale that does not exist, or for English, stops the build, naming it.
        for (const key of files.keys()) {
          const [code, slug] = key.split('/') as [string, string];
          if (code === SOURCE_LOCALE || !LOCALE_CODES.includes(code) || !slugs.includes(slug)) read(key);
        }

        mkdirSync(join(root, GENERATED_DIR), { recursive: true });
        const untranslated = new Map(
          LOCALES.filter((l) => l.code !== SOURCE_LOCALE).map((l) => [l.code, untranslatedFor(root, l.code)]),
        );
        const ids = new Set<string>();
        const written = new Set<string>();
        for (const page of pages) {
          // Once per page, the event loop turns: the Markdown parser (Sätteri, native code) frees a parse's memory
          // in a finalizer that runs only then, so a step that never yields keeps every parse's memory (at 50
          // locales × 100 pages, 290 MB of native memory that the process kept to the end of the build).
          await new Promise((resolve) => setImmediate(resolve));
          const sections: { lang: string; mdx: string }[] = [];
          const entries: { lang: string; translated: TranslatedPage; status: ReturnType<typeof pageStatus> }[] = [];
          for (const locale of LOCALES) {
            if (locale.code === SOURCE_LOCALE) continue;
            const test = untranslated.get(locale.code)!;
            const match = matchPage(sourceBlocks(page), read(`${locale.code}/${page.slug}`)?.units ?? [], {
              untranslated: (e, t) => test(e, t),
            });
            let translated: TranslatedPage;
            try {
              translated = translatePage(page, match);
            } catch (err) {
              throw new Error(`${(err as Error).message} (locale ${locale.code})`);
            }
            sections.push({ lang: locale.code, mdx: translated.mdx });
            entries.push({ lang: locale.code, translated, status: pageStatus(page.slug, match) });
          }
          const filePath = `${GENERATED_DIR}/${page.slug}.mdx`;
          const text = translationsFile(page, sections, relocator());
          const absolute = join(root, filePath);
          if (!existsSync(absolute) || readFileSync(absolute, 'utf8') !== text) writeFileSync(absolute, text);
          written.add(`${page.slug}.mdx`);
          const fileDigest = generateDigest(text);
          for (const { lang, translated, status } of entries) {
            const id = `${lang}/${page.slug}`;
            ids.add(id);
            const { title, titleMissing, description, toc } = translated;
            const data = await parseData({
              id,
              data: { lang, slug: page.slug, title, titleMissing, description, toc, status },
            });
            store.set({ id, data, filePath, digest: `${fileDigest}:${generateDigest(data)}`, deferredRender: true });
          }
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const name of readdirSync(join(root, GENERATED_DIR)))
          if (!written.has(name)) rmSync(join(root, GENERATED_DIR, name), { force: true });
        logger.info(
          `${pages.length} pages × ${LOCALES.length - 1} locales translated into ${GENERATED_DIR} in ${Math.round(performance.now() - started)} ms`,
        );
        // The step leaves every stored translation it read and matched as garbage in the heap the build goes on
        // with; where the build exposes the collector (package.json's build script), it is collected now, before
        // the bundler needs the memory: from 1,000 locale pages up (below that the garbage is small, and a full
        // collection costs more than it saves).
        if (ids.size >= COLLECT_FROM) (globalThis as { gc?: () => void }).gc?.();
      };
      await sync();

      if (!watcher) return;
      // Under `astro dev`: a changed English page or stored translation translates again.
      const watched = (path: string) => {
        const rel = posix.normalize(path.slice(root.length).replaceAll('\\', '/')).replace(/^\//, '');
        return /^locales\/[^/]+\/pages\/[^/]+\.json$/.test(rel) || new RegExp(`^${ENGLISH_DIR}/[^/]+\\.mdx$`).test(rel);
      };
      let pending: Promise<void> | undefined;
      watcher.on('all', (_event, path) => {
        if (!watched(path)) return;
        pending = (pending ?? Promise.resolve()).then(sync).catch((err: unknown) => logger.error(String(err)));
      });
    },
  };
}
