/** Gate: every built page passes html-validate (recommended rules, see .htmlvalidate.json) with no error. */
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { OUT_DIR, readPages } from '../lib/built-site';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = readPages();
let errors = 0;
const reports = [];
for (const p of pages) {
  const report = await validator.validateFile(p.file);
  errors += report.errorCount;
  if (!report.valid) reports.push(...report.results);
}
console.log(`html: ${pages.length} pages in ${OUT_DIR}/ validated (html-validate:recommended), ${errors} error(s)`);
if (errors) {
  console.log(formatterFactory('stylish')(reports));
  process.exitCode = 1;
}
