/**
 * npm run i18n:check [-- --strict] [-- --json] [-- --out file.json] [-- --locale xx]: the translation quality checks (termbase
 * terms, consistency, numbers, untranslated text, punctuation) over page passages and UI strings.
 * --strict fails on any finding; --json writes only JSON to stdout. Rules: src/domain/translation/quality.ts.
 */
import { QUALITY_RULES } from '../src/domain/translation/glossary';
import { readLocales } from './lib/project';
import { qualityFindings } from './lib/quality';
import { output, parseArgs } from './lib/args';

const short = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const raw = process.argv.slice(2);
const json = raw.includes('--json') || raw.includes('--out');
try {
  const args = parseArgs(raw, ['--locale', '--out']);
  const all = readLocales();
  const only = args.get('--locale');
  if (only !== undefined && !all.some((l) => l.code === only && l.code !== 'en'))
    throw new Error(
      `--locale: unknown or source locale "${only}" (translated: ${all
        .filter((l) => l.code !== 'en')
        .map((l) => l.code)
        .join(', ')})`,
    );
  const results = qualityFindings(all.filter((l) => l.code === 'en' || only === undefined || l.code === only));
  const total = results.reduce((n, r) => n + r.findings.length, 0);
  if (json) {
    output(
      JSON.stringify(
        {
          total,
          locales: results.map((r) => ({
            locale: r.locale.code,
            glossary: r.glossary,
            count: r.findings.length,
            byRule: Object.fromEntries(
              QUALITY_RULES.map((rule) => [rule, r.findings.filter((f) => f.rule === rule).length]),
            ),
            findings: r.findings,
          })),
        },
        null,
        2,
      ),
      args.get('--out'),
    );
  } else {
    for (const r of results) {
      const l = r.locale;
      console.log(
        `\n${l.code} (${l.englishName}): ${r.findings.length} finding(s)${r.glossary ? '' : ` (no termbase: locales/${l.code}/glossary.json)`}`,
      );
      let file = '';
      for (const f of r.findings) {
        if (f.file !== file) {
          file = f.file;
          console.log(`  ${file}`);
        }
        console.log(`    ${f.rule}: ${f.key ? `${f.key} ` : ''}"${short(f.english, 80)}"`);
        console.log(`      ${f.message}`);
        console.log(`      text: ${short(f.text)}`);
      }
    }
    console.log(
      `\nsummary: ${results.map((r) => `${r.locale.code} ${r.findings.length}`).join(', ')} (${total} finding(s))`,
    );
  }
  if (args.has('--strict') && total > 0) {
    if (!json)
      console.error(
        'strict: the translations have findings; fix them, or add an exception with its reason to the termbase',
      );
    process.exitCode = 1;
  }
} catch (err) {
  console.error(`error: ${(err as Error).message}`);
  process.exitCode = 1;
}
