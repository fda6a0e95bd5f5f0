/** Gate: every page carries a strict CSP that allows exactly its inline scripts and styles; no style attributes. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { cspProblems } from '../../src/domain/site-checks/csp';
import { OUT_DIR, readPages } from '../lib/built-site';

const sha = (s: string) => createHash('sha256').update(s).digest('base64');
const pages = readPages();
const failures: string[] = [];
let inlineCount = 0;
for (const p of pages) {
  const root = parse(p.html, { blockTextElements: { script: true, style: true } });
  const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
  const scripts = root.querySelectorAll('script:not([src])').map((s) => sha(s.rawText));
  const styles = root.querySelectorAll('style').map((s) => sha(s.rawText));
  inlineCount += scripts.length + styles.length;
  const problems = cspProblems(policy, { scripts, styles });
  if (root.querySelector('[style]')) problems.push('a style attribute (blocked by the policy: use a class)');
  if (/\son[a-z]+=/i.test(p.html.replace(/<script[\s\S]*?<\/script>/g, '')))
    problems.push('an inline event handler attribute');
  for (const problem of problems) failures.push(`${p.path}: ${problem}`);
}
const headers = join(OUT_DIR, '_headers');
const headerPolicies = existsSync(headers)
  ? (readFileSync(headers, 'utf8').match(/Content-Security-Policy:/g) ?? []).length
  : 0;
if (headerPolicies !== pages.length)
  failures.push(
    `_headers: ${headerPolicies} policies for ${pages.length} pages (the build writes it: src/integrations/finish-build.ts)`,
  );
console.log(
  `csp: ${pages.length} pages checked, ${inlineCount} inline scripts/styles all hashed, _headers has ${headerPolicies} matching policies; ${failures.length} problem(s)`,
);
for (const f of failures) console.log(`  ${f}`);
if (failures.length) process.exitCode = 1;
