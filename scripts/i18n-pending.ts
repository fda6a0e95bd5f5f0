/**
 * npm run i18n:pending -- --locale xx [--page slug] [--out file.json]: the English passages a locale still
 * lacks or has outdated, as JSON to translate. Only JSON goes to stdout; `npm run` adds its own banner
 * there, so write the list with --out (or run `npm run --silent i18n:pending -- …  > file.json`).
 */
import { sourceBlocks } from '../src/domain/content/page';
import { matchPage } from '../src/domain/translation/match';
import { untranslatedTest } from '../src/domain/translation/untranslated';
import { output, parseArgs } from './lib/args';
import { readGlossary, readLocales, readPages, readTranslations, translationPath, rel } from './lib/project';

try {
  const args = parseArgs(process.argv.slice(2), ['--locale', '--page', '--out']);
  const locale = args.get('--locale');
  const only = args.get('--page');
  if (!locale) throw new Error('usage: npm run i18n:pending -- --locale xx [--page slug] [--out file.json]');
  const locales = readLocales().filter((l) => l.code !== 'en');
  if (!locales.some((l) => l.code === locale))
    throw new Error(
      `--locale: unknown or source locale "${locale}" (translated: ${locales.map((l) => l.code).join(', ')}; add one with npm run i18n:add -- ${locale})`,
    );
  const pages = readPages();
  if (only && !pages.some((p) => p.slug === only))
    throw new Error(`--page: there is no page "${only}" (pages: ${pages.map((p) => p.slug).join(', ')})`);
  const test = untranslatedTest(readGlossary(locale));
  const out = pages
    .filter((p) => !only || p.slug === only)
    .map((page) => {
      const m = matchPage(sourceBlocks(page), readTranslations(locale, page.slug)?.units ?? [], {
        untranslated: (e, t) => test(e, t),
      });
      const pending = [...m.blocks.values()]
        .flat()
        .filter((p) => p.state !== 'current')
        .map((p) =>
          p.state === 'outdated'
            ? { state: p.state, source: p.english, oldSource: p.oldSource, oldTarget: p.target }
            : p.untranslated
              ? { state: p.state, source: p.english, note: 'the stored translation is the English copied' }
              : { state: p.state, source: p.english },
        );
      return { page: page.slug, file: rel(translationPath(locale, page.slug)), counts: m.counts, pending };
    });
  output(JSON.stringify(out, null, 2), args.get('--out'));
} catch (err) {
  console.error(`error: ${(err as Error).message}`);
  process.exitCode = 1;
}
