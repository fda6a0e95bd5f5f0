/** npm run i18n:import-msdocs -- <file> [--locale xx] [--page slug] [--dry-run]: imports a Microsoft bilingual file. */
import { mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseMsDocs } from '../src/domain/msdocs/parse';
import { exactMatches, importMsDocs } from '../src/domain/msdocs/import';
import { serializePageTranslations } from '../src/domain/translation/store';
import { readInputFile, readLocales, readPages, readTranslations, translationPath, writeAll, rel } from './lib/project';

function main(argv: string[]): number {
  const args = [...argv];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i === -1) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const dry = args.includes('--dry-run');
  const json = args.includes('--json');
  const localeArg = flag('--locale');
  const pageArg = flag('--page');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: npm run i18n:import-msdocs -- <file> [--locale xx] [--page slug] [--dry-run] [--json]');
    return 2;
  }

  const text = readInputFile(file);
  const doc = parseMsDocs(text, file);
  const locales = readLocales();
  const wanted = localeArg ?? doc.meta.contentLocale;
  const locale =
    locales.find((l) => l.code === wanted.toLowerCase() || l.tag.toLowerCase() === wanted.toLowerCase()) ??
    locales.find((l) => !localeArg && l.code === wanted.toLowerCase().split('-')[0]);
  if (!locale)
    throw new Error(
      `${file}: unknown locale "${wanted}" (known: ${locales.map((l) => l.code).join(', ')}; add one with npm run i18n:add -- xx)`,
    );
  if (locale.code === 'en') throw new Error(`${file}: English is the source locale; nothing to import`);

  const pages = readPages();
  const page = pageArg
    ? pages.find((p) => p.slug === pageArg)
    : [...pages].sort((a, b) => exactMatches(doc, b) - exactMatches(doc, a))[0];
  if (!page) throw new Error(`--page: no page "${pageArg}"`);
  if (!pageArg && exactMatches(doc, page) === 0)
    throw new Error(`${file}: no segment matches any page exactly; name the page with --page`);

  const existing = readTranslations(locale.code, page.slug);
  const { translations, report } = importMsDocs(doc, page, locale.code, existing, basename(file));
  const out = translationPath(locale.code, page.slug);
  if (!dry) {
    mkdirSync(dirname(out), { recursive: true });
    writeAll([{ path: out, text: serializePageTranslations(translations) }]);
  }
  if (json) {
    console.log(JSON.stringify({ file: basename(file), out: rel(out), dryRun: dry, ...report }, null, 2));
    return 0;
  }
  console.log(
    `Imported ${basename(file)} (${doc.meta.contentLocale}, ${doc.meta.translationType}, English of ${doc.meta.msDate}, commit ${doc.meta.sourceCommit.slice(0, 7)}, handoff ${doc.meta.handoff})`,
  );
  console.log(
    `  page: ${page.slug}   locale: ${locale.code}   ${dry ? '(dry run: nothing written)' : `written: ${rel(out)}`}`,
  );
  console.log(`  segments in file: ${doc.pairs.length}   units: ${doc.units.length}`);
  console.log(
    `  matched exactly: ${report.matched}   close (stored as outdated): ${report.close.length}   unmatched: ${report.unmatched.length}   rejected: ${report.rejected.length}   kept human translations: ${report.kept}`,
  );
  for (const c of report.close)
    console.log(`  close   ${c.id} (${c.score}): "${c.english}"\n          site: "${c.siteEnglish}"`);
  for (const u of report.unmatched) console.log(`  unmatched ${u.id}: "${u.english}"`);
  for (const r of report.rejected) console.log(`  rejected ${r.id}: ${r.reason}`);
  console.log(`  front matter: ${report.frontMatter.join('; ')}`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  console.error(`error: ${(err as Error).message}`);
  process.exitCode = 1;
}
