/** npm run i18n:pending -- --locale xx [--page slug]: the English passages a locale still lacks or has outdated, as JSON to translate. */
import { sourceBlocks } from '../src/domain/content/page';
import { matchPage } from '../src/domain/translation/match';
import { readPages, readTranslations, translationPath, rel } from './lib/project';

const args = process.argv.slice(2);
const flag = (n: string) => {
  const i = args.indexOf(n);
  return i === -1 ? undefined : args[i + 1];
};
const locale = flag('--locale');
const only = flag('--page');
if (!locale) {
  console.error('usage: npm run i18n:pending -- --locale xx [--page slug]');
  process.exit(2);
}
const out = readPages()
  .filter((p) => !only || p.slug === only)
  .map((page) => {
    const m = matchPage(sourceBlocks(page), readTranslations(locale, page.slug)?.units ?? []);
    const pending = [...m.blocks.values()]
      .flat()
      .filter((p) => p.state !== 'current')
      .map((p) =>
        p.state === 'outdated'
          ? { state: p.state, source: p.english, oldSource: p.oldSource, oldTarget: p.target }
          : { state: p.state, source: p.english },
      );
    return { page: page.slug, file: rel(translationPath(locale, page.slug)), counts: m.counts, pending };
  });
console.log(JSON.stringify(out, null, 2));
