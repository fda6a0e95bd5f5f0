/**
 * npm run i18n:export -- --locale xx --out file [--format xliff2|xliff12|po|tbx]: a locale's passages and UI
 * strings for a translation tool (XLIFF 2.0 by default, XLIFF 1.2, gettext PO), or its termbase as TBX.
 */
import { termbaseTbx } from '../src/domain/translation/tbx';
import { EXTENSION, FORMATS, exportTranslations, type ExchangeFormat } from '../src/domain/translation/xliff';
import { parseArgs } from './lib/args';
import { localeData } from './lib/locale-data';
import { readGlossary, readLocales, writeAll } from './lib/project';

const USAGE = 'usage: npm run i18n:export -- --locale xx --out file [--format xliff2|xliff12|po|tbx]';
try {
  const args = parseArgs(process.argv.slice(2), ['--locale', '--out', '--format']);
  const code = args.get('--locale');
  const out = args.get('--out');
  const format = args.get('--format') ?? 'xliff2';
  if (!code || !out) throw new Error(USAGE);
  if (format === 'tbx') {
    const locale = readLocales().find((l) => l.code === code && l.code !== 'en');
    if (!locale) throw new Error(`--locale: unknown or source locale "${code}"`);
    const glossary = readGlossary(code);
    if (!glossary)
      throw new Error(`locales/${code}/glossary.json: the locale has no termbase yet (docs/translation-quality.md)`);
    writeAll([{ path: out, text: termbaseTbx(glossary, locale.tag) }]);
    console.log(`exported the ${code} termbase: ${glossary.terms.length} terms as TBX → ${out}`);
  } else {
    if (!(FORMATS as readonly string[]).includes(format))
      throw new Error(`--format: "${format}" is not one of ${[...FORMATS, 'tbx'].join(', ')}`);
    const d = localeData(code);
    const text = exportTranslations(d, format as ExchangeFormat);
    writeAll([{ path: out, text }]);
    const units =
      format === 'po' ? (text.match(/^msgctxt /gm) ?? []).length : (text.match(/<(unit|trans-unit) /g) ?? []).length;
    const filled =
      format === 'po' ? (text.match(/^msgstr "(?!")/gm) ?? []).length : (text.match(/<target[ >]/g) ?? []).length;
    const ext = EXTENSION[format as ExchangeFormat];
    console.log(
      `exported ${code} as ${format}: ${units} units (${filled} with a translation, ${units - filled} to translate) in ${d.pages.length} pages and ${Object.keys(d.english).length} UI namespaces → ${out}${out.endsWith(`.${ext}`) ? '' : ` (tools expect .${ext})`}`,
    );
  }
} catch (err) {
  console.error(`error: ${(err as Error).message}`);
  process.exitCode = 1;
}
