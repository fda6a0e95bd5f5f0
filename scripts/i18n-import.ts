/**
 * npm run i18n:import -- file [--locale xx] [--check] [--take-file] [--by "Name"] [--date YYYY-MM-DD]
 * Brings translations back from XLIFF 2.0, XLIFF 1.2 or PO (recognised from the file); all or nothing.
 * A unit that would replace a translation changed since the export, or replace a translation with the
 * English, is a conflict: listed, and nothing is written unless --take-file. --check writes nothing and
 * prints what would change.
 */
import { join } from 'node:path';
import { resolveLocale } from '../src/domain/i18n/locales';
import { serializeUiState } from '../src/domain/translation/review';
import { isIsoDate, serializePageTranslations } from '../src/domain/translation/store';
import { detectFormat, importTranslations } from '../src/domain/translation/xliff';
import { parseArgs } from './lib/args';
import { localeData } from './lib/locale-data';
import { readInputFile, readLocales, translationPath, uiStatePath, writeAll, ROOT } from './lib/project';

const USAGE =
  'usage: npm run i18n:import -- file [--locale xx] [--check] [--take-file] [--by "Name"] [--date YYYY-MM-DD]';
const short = (s: string, n = 100) => JSON.stringify(s.length > n ? `${s.slice(0, n - 1)}…` : s);
try {
  const args = parseArgs(process.argv.slice(2), ['--locale', '--by', '--date']);
  const file = args.rest[0];
  if (!file) throw new Error(USAGE);
  const text = readInputFile(file);
  const date = args.get('--date');
  if (date !== undefined && !isIsoDate(date)) throw new Error(`--date: "${date}" is not a date (YYYY-MM-DD)`);
  const locales = readLocales().filter((l) => l.code !== 'en');
  let code = args.get('--locale');
  if (code !== undefined && !locales.some((l) => l.code === code))
    throw new Error(
      `--locale: unknown or source locale "${code}" (translated: ${locales.map((l) => l.code).join(', ')})`,
    );
  if (!code) {
    const kind = detectFormat(text);
    const lang =
      kind === 'po'
        ? /^"Language:\s*([^\\"]+)/m.exec(text)?.[1]?.trim()
        : (/trgLang="([^"]+)"/.exec(text) ?? /target-language="([^"]+)"/.exec(text))?.[1];
    if (!lang)
      throw new Error(
        `${file}: the file does not name its language (trgLang, target-language or Language); name the locale with --locale xx`,
      );
    code = resolveLocale(lang, locales, file).locale.code;
  }
  const result = importTranslations(text, file, localeData(code), {
    ...(args.get('--by') ? { by: args.get('--by')! } : {}),
    ...(date ? { date } : {}),
    ...(args.has('--take-file') ? { takeFile: true } : {}),
  });
  for (const n of result.notices) console.log(`note: ${n}`);
  if (result.errors.length) {
    for (const e of result.errors) console.error(`error: ${e}`);
    console.error(`import refused: ${result.errors.length} error(s); no file was changed`);
    process.exitCode = 1;
  } else if (result.conflicts.length && !args.has('--take-file')) {
    for (const c of result.conflicts) {
      console.error(`conflict: ${c.where}: ${c.reason}`);
      console.error(`  stored:   ${short(c.stored)}`);
      console.error(`  incoming: ${short(c.incoming)}`);
    }
    console.error(
      `import refused: ${result.conflicts.length} conflict(s); no file was changed. The stored translations are newer than the file, or the file has the English: keep them by removing those units from the file (or export again and translate in the new file), or take the file's version with --take-file`,
    );
    process.exitCode = 1;
  } else {
    const files = [
      ...result.pages.map((p) => ({ path: translationPath(code!, p.page), text: serializePageTranslations(p) })),
      ...result.namespaces.map((n) => ({
        path: join(ROOT, 'locales', code!, `${n.ns}.json`),
        text: `${JSON.stringify(n.messages, null, 2)}\n`,
      })),
      ...(result.uiState ? [{ path: uiStatePath(code), text: serializeUiState(result.uiState) }] : []),
    ];
    const r = result.report;
    const summary = `${r.updated} updated, ${r.unchanged} unchanged, ${r.untranslated} still untranslated, ${r.forReview} left marked for review${r.newer ? `, ${r.newer} kept (the stored translation is newer than the file)` : ''}`;
    if (args.has('--check')) {
      for (const c of result.changes)
        console.log(
          `would update ${c.file} ${c.id} (${short(c.english, 60)}): ${c.from === undefined ? '(none)' : short(c.from, 60)} → ${short(c.to, 60)} [${c.state}]`,
        );
      console.log(
        `check of ${file} for ${code}: ${summary}; ${files.length} file(s) would be written; nothing was written`,
      );
    } else {
      writeAll(files);
      console.log(`imported ${file} into ${code}: ${summary}; ${files.length} file(s) written`);
    }
    if (result.conflicts.length)
      console.log(
        `${args.has('--check') ? 'would take' : 'took'} the file's version of ${result.conflicts.length} conflicting unit(s) (--take-file)`,
      );
  }
} catch (err) {
  console.error(`error: ${(err as Error).message}`);
  process.exitCode = 1;
}
