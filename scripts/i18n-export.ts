/** npm run i18n:export -- --locale xx --out file.xlf: a locale's passages and UI strings as XLIFF 2.0. */
import { exportXliff } from '../src/domain/translation/xliff';
import { writeAll } from './lib/project';
import { localeData } from './lib/locale-data';

const args = process.argv.slice(2);
const flag = (n: string) => {
  const i = args.indexOf(n);
  return i === -1 ? undefined : args[i + 1];
};
const code = flag('--locale');
const out = flag('--out');
try {
  if (!code || !out) throw new Error('usage: npm run i18n:export -- --locale xx --out file.xlf');
  const d = localeData(code);
  const xml = await exportXliff(d);
  writeAll([{ path: out, text: xml }]);
  const units = (xml.match(/<unit /g) ?? []).length;
  const filled = (xml.match(/<target>/g) ?? []).length;
  console.log(
    `exported ${code}: ${units} units (${filled} with a translation, ${units - filled} to translate) in ${d.pages.length} pages and ${Object.keys(d.english).length} UI namespaces → ${out}`,
  );
} catch (err) {
  console.error(`error: ${(err as Error).message}`);
  process.exitCode = 1;
}
