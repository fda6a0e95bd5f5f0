/** Compares every locale's UI strings with English: missing, extra, empty, placeholders, plural categories, markup. */
import type { Messages } from './format';
import type { Resources } from './resources';
import { pluralCategories } from './plurals.ts';

export type MessageProblemKind = 'missing' | 'extra' | 'empty' | 'placeholder' | 'plural' | 'markup' | 'type';

export interface MessageProblem {
  kind: MessageProblemKind;
  file: string;
  key: string;
  message: string;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
// `{{- name}}` is i18next's unescaped form: counted as the placeholder, and refused as markup below.
const PLACEHOLDER = /\{\{-?\s*([\w.]+)\s*\}\}/g;
const UNESCAPED = /\{\{-\s*([\w.]+)\s*\}\}/;
const MARKUP = /<\/?[A-Za-z!][^>]*>|javascript:/i;

/** Flattens nested messages to dotted keys; non-string leaves are reported. */
export function flatten(messages: Messages, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [k, v] of Object.entries(messages)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) flatten(v as Messages, key, out);
    else out.set(key, v);
  }
  return out;
}

function placeholders(text: string): string {
  return [...text.matchAll(PLACEHOLDER)]
    .map((m) => m[1])
    .sort()
    .join(',');
}

/** `{{a}}, {{b}}`, or `(none)`, so an empty set does not print as a stray `{{}}`. */
function listPlaceholders(names: readonly string[]): string {
  return names.length ? names.map((n) => `{{${n}}}`).join(', ') : '(none)';
}

/** A flat message map's entries grouped by base key: `a`, `a_one` and `a_other` under `a`. */
function byBase(messages: Map<string, unknown>): Map<string, [string, unknown][]> {
  const out = new Map<string, [string, unknown][]>();
  for (const entry of messages) {
    const base = entry[0].replace(PLURAL_SUFFIX, '');
    const list = out.get(base);
    if (list) list.push(entry);
    else out.set(base, [entry]);
  }
  return out;
}

/** Each base key's plural categories (`a_one`, `a_other` → `a`: one, other; a key without forms: none). */
function categoriesByBase(grouped: Map<string, [string, unknown][]>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [base, entries] of grouped)
    out.set(base, new Set(entries.flatMap(([key]) => PLURAL_SUFFIX.exec(key)?.slice(1, 2) ?? [])));
  return out;
}

/** Checks all locales against `source`; `tags` maps locale code to BCP 47 tag (for plural rules). */
export function checkMessages(resources: Resources, tags: Record<string, string>, source = 'en'): MessageProblem[] {
  const problems: MessageProblem[] = [];
  const src = resources[source] ?? {};
  for (const [code, namespaces] of Object.entries(resources)) {
    const tag = tags[code] ?? code;
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories as string[];
    const nsNames = new Set([...Object.keys(src), ...Object.keys(namespaces)]);
    for (const ns of [...nsNames].sort()) {
      const file = `locales/${code}/${ns}.json`;
      const add = (kind: MessageProblemKind, key: string, message: string) =>
        problems.push({ kind, file, key, message });
      const mine = flatten(namespaces[ns] ?? {});
      const theirs = flatten(src[ns] ?? {});
      if (!(ns in namespaces)) {
        add('missing', '(file)', `the file is missing (English has ${file.replace(`/${code}/`, `/${source}/`)})`);
        continue;
      }
      if (!(ns in src)) {
        add('extra', '(file)', 'English has no such namespace');
        continue;
      }
      for (const [key, value] of mine) {
        if (typeof value !== 'string') add('type', key, 'expected a string');
        else if (value.trim() === '') add('empty', key, 'the string is empty');
        else if (MARKUP.test(value)) add('markup', key, 'HTML markup or script is not allowed in UI strings');
        else if (UNESCAPED.test(value)) {
          const name = UNESCAPED.exec(value)![1]!;
          add('markup', key, `{{- ${name}}} would insert the value unescaped, as HTML; write {{${name}}}`);
        }
      }
      const theirsByBase = byBase(theirs);
      const mineByBase = byBase(mine);
      const srcBases = categoriesByBase(theirsByBase);
      const myBases = categoriesByBase(mineByBase);
      for (const [base, srcCats] of srcBases) {
        const myCats = myBases.get(base);
        if (!myCats) {
          add('missing', base, 'the key is missing');
          continue;
        }
        if (srcCats.size > 0) {
          for (const cat of categories)
            if (!myCats.has(cat))
              add(
                'plural',
                base,
                `plural category "${cat}" is missing (${tags[code] ?? code} needs ${categories.join(', ')})`,
              );
          for (const cat of myCats)
            if (!categories.includes(cat))
              add('extra', `${base}_${cat}`, `plural category "${cat}" is not used by ${tags[code] ?? code}`);
        } else if (myCats.size > 0) add('plural', base, 'English has no plural forms for this key');
        const srcText = (theirsByBase.get(base) ?? []).map(([, v]) => String(v));
        // Every placeholder any English form has (its plural forms may differ: "one" may spell out the number).
        const wantSet = [...new Set(srcText.flatMap((t) => placeholders(t).split(',').filter(Boolean)))].sort();
        for (const [k, v] of mineByBase.get(base) ?? []) {
          if (typeof v === 'string') {
            const gotSet = placeholders(v).split(',').filter(Boolean);
            const cat = PLURAL_SUFFIX.exec(k)?.[1];
            if (cat !== undefined && !categories.includes(cat)) continue; // reported above as not used
            // A plural form that covers one number only (Arabic "one" = 1) may leave out {{count}}: "one passage".
            // French "one" covers 0 and 1, so its form must show the number.
            const single = cat !== undefined && pluralCategories(tag).find((c) => c.category === cat)?.single === true;
            const unknown = gotSet.filter((p) => !wantSet.includes(p));
            const lacking = wantSet.filter((p) => !gotSet.includes(p) && !(p === 'count' && single));
            if (unknown.length || lacking.length) {
              const countOnly = !unknown.length && lacking.length === 1 && lacking[0] === 'count' && cat;
              add(
                'placeholder',
                k,
                countOnly
                  ? `{{count}} is missing: the form "${cat}" is used for ${pluralCategories(tag).find((c) => c.category === cat)?.summary ?? 'several numbers'} in ${tag}, so it must show the number; write {{count}} where the number goes`
                  : `placeholders ${listPlaceholders(gotSet)} differ from English ${listPlaceholders(wantSet)}`,
              );
            }
          }
        }
      }
      for (const base of myBases.keys()) if (!srcBases.has(base)) add('extra', base, 'English has no such key');
    }
  }
  return problems;
}

/** One line per problem: `file: key: message`. */
export function formatProblems(problems: readonly MessageProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.key}: ${p.message}`).join('\n');
}
