/** npm run i18n:import -- file.xlf [--locale xx]: brings translations back from XLIFF; all or nothing. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importXliff } from '../src/domain/translation/xliff';
import { decodeUtf8 } from '../src/domain/text/encoding';
import { serializePageTranslations } from '../src/domain/translation/store';
import { readLocales, translationPath, writeAll, ROOT } from './lib/project';
import { localeData } from './lib/locale-data';

const args = process.argv.slice(2);
const flag = (n: string) => {
  const i = args.indexOf(n);
  return i === -1 ? undefined : args[i + 1];
};
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--locale');
try {
  if (!file) throw new Error('usage: npm run i18n:import -- file.xlf [--locale xx]');
  const xml = decodeUtf8(readFileSync(file), file);
  const lang = flag('--locale') ?? /trgLang="([^"]+)"/.exec(xml)?.[1];
  if (!lang) throw new Error(`${file}: no trgLang attribute; name the locale with --locale xx`);
  const locale = readLocales().find((l) => l.code === lang.toLowerCase() || l.tag.toLowerCase() === lang.toLowerCase());
  if (!locale) throw new Error(`${file}: unknown locale "${lang}"`);
  const result = await importXliff(xml, file, localeData(locale.code));
  if (result.errors.length) {
    for (const e of result.errors) console.error(`error: ${e}`);
    console.error(`import refused: ${result.errors.length} error(s); no file was changed`);
    process.exitCode = 1;
  } else {
    writeAll([
      ...result.pages.map((p) => ({ path: translationPath(locale.code, p.page), text: serializePageTranslations(p) })),
      ...result.namespaces.map((n) => ({
        path: join(ROOT, 'locales', locale.code, `${n.ns}.json`),
        text: `${JSON.stringify(n.messages, null, 2)}\n`,
      })),
    ]);
    const r = result.report;
    console.log(
      `imported ${file} into ${locale.code}: ${r.updated} updated, ${r.unchanged} unchanged, ${r.untranslated} still untranslated; ${result.pages.length + result.namespaces.length} file(s) written`,
    );
  }
} catch (err) {
  console.error(`error: ${(err as Error).message}`);
  process.exitCode = 1;
}
