/** npm run i18n:add -- xx [--tag xx-YY] [--dir rtl] [--name Native]: scaffolds a locale that builds at once. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeEntry, scaffoldMessages } from '../src/domain/i18n/scaffold';
import { readLocales, readResources, writeAll, ROOT } from './lib/project';

const args = process.argv.slice(2);

/** `{ "code": "fr", "tag": "fr", … }`: a list entry on one line, spaced as Biome formats locales.json. */
const entryLine = (e: unknown): string =>
  `{ ${Object.entries(e as Record<string, unknown>)
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(', ')} }`;
const flag = (n: string) => {
  const i = args.indexOf(n);
  return i === -1 ? undefined : args[i + 1];
};
try {
  const code = args.find((a, i) => !a.startsWith('--') && !['--tag', '--dir', '--name'].includes(args[i - 1] ?? ''));
  if (!code)
    throw new Error('usage: npm run i18n:add -- xx [--tag xx-YY] [--dir ltr|rtl] [--name "Native name"] [--variant]');
  const dir = flag('--dir');
  if (dir !== undefined && dir !== 'ltr' && dir !== 'rtl') throw new Error('--dir: expected ltr or rtl');
  const locales = readLocales();
  if (locales.some((l) => l.code === code)) throw new Error(`"${code}" is already a locale (locales/locales.json)`);
  const base = code.split('-')[0]!;
  if (base !== code && locales.some((l) => l.code === base) && !args.includes('--variant'))
    throw new Error(
      `"${base}" is already a locale; "${code}" would be a second one with its own files (a regional variant): to add it anyway, pass --variant`,
    );
  const opts: { tag?: string; dir?: 'ltr' | 'rtl'; name?: string } = {};
  const tag = flag('--tag');
  const name = flag('--name');
  if (tag) opts.tag = tag;
  if (dir) opts.dir = dir;
  if (name) opts.name = name;
  const entry = localeEntry(code, opts);
  const folder = join(ROOT, 'locales', code);
  if (existsSync(folder)) throw new Error(`locales/${code}/ already exists; remove it or add the list entry by hand`);
  const english = readResources(locales.map((l) => l.code)).en ?? {};
  mkdirSync(join(folder, 'pages'), { recursive: true });
  const listFile = join(ROOT, 'locales', 'locales.json');
  const list = JSON.parse(readFileSync(listFile, 'utf8')) as unknown[];
  writeAll([
    ...Object.entries(english).map(([ns, m]) => ({
      path: join(folder, `${ns}.json`),
      text: `${JSON.stringify(scaffoldMessages(m, entry.tag), null, 2)}\n`,
    })),
    // One entry per line, written as the formatter writes them, so the pull request shows one added line.
    { path: listFile, text: `[\n${[...list, entry].map((e) => `  ${entryLine(e)}`).join(',\n')}\n]\n` },
  ]);
  console.log(`added ${entry.code} (${entry.englishName}, ${entry.tag}, ${entry.dir}, "${entry.name}")`);
  console.log(`  locales/locales.json: entry added`);
  console.log(
    `  locales/${code}/: ${Object.keys(english).length} UI files holding the English to translate, with the plural forms ${entry.tag} needs; pages/ is empty`,
  );
  console.log('  0 % translated: until translated, the English counts as missing and pages show it marked lang="en"');
  console.log(
    `  next: npm run i18n:export -- --locale ${code} --out ${code}.xlf (or --format po), translate, npm run i18n:import -- ${code}.xlf; or edit locales/${code}/*.json; then npm run i18n:status and npm start`,
  );
} catch (err) {
  console.error(`error: ${(err as Error).message}`);
  process.exitCode = 1;
}
