/**
 * Checks the translators' files before `astro build` renders anything: every UI string (keys, placeholders in
 * every plural form, markup) and every page translation file. A problem stops the build with one line per
 * problem, naming the file and key, and no stack trace: it is a translator's mistake, not the program's.
 * The same checks run again where the site loads the files (src/i18n/server.ts, src/lib/content.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkMessages, formatProblems } from '../domain/i18n/check-messages.ts';
import { parseLocaleList } from '../domain/i18n/locales.ts';
import { parseJsonFile, resourcesFromFiles } from '../domain/i18n/resources.ts';
import { loadPageTranslations } from '../domain/translation/file.ts';

/** Every problem of the project's locale files, one line each (empty when there is none). */
export function translationProblems(root: string): string[] {
  const problems: string[] = [];
  try {
    const locales = parseLocaleList(
      parseJsonFile('locales/locales.json', readFileSync(join(root, 'locales/locales.json'), 'utf8')),
    );
    const codes = locales.map((l) => l.code);
    const files = codes.flatMap((code) => {
      const dir = join(root, 'locales', code);
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => ({ path: `locales/${code}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
    });
    const resources = resourcesFromFiles(files, codes);
    const found = checkMessages(resources, Object.fromEntries(locales.map((l) => [l.code, l.tag])));
    if (found.length) problems.push(formatProblems(found));
    const slugs = readdirSync(join(root, 'src/content/docs/en'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''));
    for (const code of codes) {
      const dir = join(root, 'locales', code, 'pages');
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()) {
        const path = `locales/${code}/pages/${f}`;
        try {
          loadPageTranslations(path, readFileSync(join(root, path), 'utf8'), codes, slugs);
        } catch (err) {
          problems.push((err as Error).message);
        }
      }
    }
  } catch (err) {
    problems.push((err as Error).message);
  }
  return problems;
}

/** Astro integration: stops `astro build` on a broken translation file with its file and key. */
export default function checkTranslations(): AstroIntegration {
  return {
    name: 'cpor:check-translations',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const problems = translationProblems(fileURLToPath(config.root));
        if (!problems.length) return;
        for (const p of problems.join('\n').split('\n')) logger.error(p);
        logger.error('the build stopped: fix the translation file(s) above (npm run i18n:status lists the same)');
        process.exit(1);
      },
    },
  };
}
