/**
 * npm run i18n:review -- --locale xx --by "Name" [--page slug]… [--key namespace:key]… [--date YYYY-MM-DD]
 * Records that a translator reviewed a page's current passages or some UI strings against their English.
 * The type stays as it is (a reviewed machine translation is still MT); the review lapses by itself when
 * the English or the translation changes. --page all and --key all review everything of that kind.
 */
import { sourceBlocks } from '../src/domain/content/page';
import { reviewPassages, reviewStrings, serializeUiState, uiPairs } from '../src/domain/translation/review';
import { isIsoDate, serializePageTranslations } from '../src/domain/translation/store';
import {
  readLocales,
  readPages,
  readResources,
  readTranslations,
  readUiState,
  translationPath,
  uiStatePath,
  writeAll,
} from './lib/project';

const args = process.argv.slice(2);
const USAGE =
  'usage: npm run i18n:review -- --locale xx --by "Name" [--page slug]… [--key namespace:key]… [--date YYYY-MM-DD]';
const all = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] !== undefined ? [args[i + 1]!] : []));
const one = (name: string) => all(name).at(-1);
try {
  const code = one('--locale');
  const by = one('--by')?.trim();
  const date = one('--date') ?? new Date().toISOString().slice(0, 10);
  const pageArgs = all('--page');
  const keyArgs = all('--key');
  if (!code || !by || (!pageArgs.length && !keyArgs.length)) throw new Error(USAGE);
  const locales = readLocales();
  if (!locales.some((l) => l.code === code) || code === 'en')
    throw new Error(`--locale: unknown or source locale "${code}"`);
  if (!isIsoDate(date)) throw new Error(`--date: "${date}" is not a date (YYYY-MM-DD)`);

  const pages = readPages();
  const slugs = pageArgs.includes('all') ? pages.map((p) => p.slug) : pageArgs;
  const files: { path: string; text: string }[] = [];
  const lines: string[] = [];
  for (const slug of slugs) {
    const page = pages.find((p) => p.slug === slug);
    if (!page) throw new Error(`--page: there is no page "${slug}" (pages: ${pages.map((p) => p.slug).join(', ')})`);
    const stored = readTranslations(code, slug);
    if (!stored) {
      lines.push(`  ${slug}: no translation yet; nothing to review`);
      continue;
    }
    const r = reviewPassages(stored, sourceBlocks(page), by, date);
    files.push({ path: translationPath(code, slug), text: serializePageTranslations(r.translations) });
    lines.push(
      `  ${slug}: ${r.marked} passage(s) marked reviewed${r.outdated ? `; ${r.outdated} outdated left (translate them first)` : ''}`,
    );
  }
  if (keyArgs.length) {
    const resources = readResources(locales.map((l) => l.code));
    const pairs = uiPairs(resources.en ?? {}, resources[code] ?? {});
    const keys = keyArgs.includes('all') ? [...pairs.keys()] : keyArgs;
    const r = reviewStrings(readUiState(code), keys, pairs, by, date);
    if (r.unknown.length)
      throw new Error(
        `--key: no UI string ${r.unknown.map((k) => `"${k}"`).join(', ')} in locales/${code}/ (namespace:key)`,
      );
    files.push({ path: uiStatePath(code), text: serializeUiState(r.state) });
    lines.push(`  UI strings: ${r.marked.length} marked reviewed (locales/${code}/ui-state.json)`);
  }
  // All files are checked before any is written.
  writeAll(files);
  console.log(`reviewed by ${by} on ${date} (${code}):`);
  for (const l of lines) console.log(l);
} catch (err) {
  console.error(`error: ${(err as Error).message}`);
  process.exitCode = 1;
}
