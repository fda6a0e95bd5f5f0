/**
 * Where each UI string is used, for translators' notes: the source files under src/ that name its key, found
 * by scanning the files once (sorted, so an export is the same every time). A key built in code
 * (`outcome.${id}.title`) is found by its longest literal prefix.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './project';

function sourceFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(astro|tsx?|mjs)$/.test(n) ? [p] : [];
  });
}

/** `(namespace, key) => files`; `key` without a plural suffix. */
export function uiLocations(): (ns: string, key: string) => string[] {
  const files = sourceFiles(join(ROOT, 'src')).map((p) => ({
    name: p
      .slice(ROOT.length + 1)
      .split('\\')
      .join('/'),
    text: readFileSync(p, 'utf8'),
  }));
  const memo = new Map<string, string[]>();
  return (_ns, key) => {
    let found = memo.get(key);
    if (found) return found;
    const literal = new RegExp(`['"\`]${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);
    found = files.filter((f) => literal.test(f.text)).map((f) => f.name);
    const parts = key.split('.');
    for (let n = parts.length - 1; !found.length && n >= 1; n--) {
      const prefix = `${parts.slice(0, n).join('.')}.`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const built = new RegExp(`\`${prefix}\\$\\{|['"]${prefix}['"]\\s*\\+`);
      found = files.filter((f) => built.test(f.text)).map((f) => `${f.name} (key built in code)`);
    }
    // A key read from its parent's messages (t('results') over the `search` messages of common.json).
    if (!found.length && parts.length > 1) {
      const last = new RegExp(`['"\`]${parts.at(-1)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);
      const parent = new RegExp(`\\b${parts.at(-2)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
      found = files.filter((f) => last.test(f.text) && parent.test(f.text)).map((f) => f.name);
    }
    memo.set(key, found);
    return found;
  };
}
