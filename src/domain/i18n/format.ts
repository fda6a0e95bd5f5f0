/**
 * A tiny reader of i18next-format messages for islands, which cannot afford i18next itself (~16 KB gzip).
 * Supports `{{name}}` interpolation and plural keys (`key_one`, `key_other`, … chosen by Intl.PluralRules).
 * The server resolves a namespace with i18next and hands the plain object to the island.
 */
export type Messages = { readonly [key: string]: string | Messages };
export type Vars = Record<string, string | number>;
export type Translate = (key: string, vars?: Vars) => string;

/** Reads a dotted key from nested messages; undefined when it is absent or not a string. */
export function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function formatNumber(value: number, localeTag: string): string {
  let f = numberFormats.get(localeTag);
  if (!f) {
    f = new Intl.NumberFormat(localeTag);
    numberFormats.set(localeTag, f);
  }
  return f.format(value);
}

const yearTexts = new Map<string, string>();

/**
 * A year, or a range of years ("2019–2021", "2019～2021" in Japanese), in the locale's digits and dash.
 * Each text is made once per locale and range: `formatRange` costs about 35 µs a call, and the wizard's plain
 * version asks for the same few ranges hundreds of times per locale.
 */
export function formatYears(from: number, to: number, tag: string): string {
  const key = `${tag} ${from} ${to}`;
  let text = yearTexts.get(key);
  if (text === undefined) {
    const f = new Intl.NumberFormat(tag, { useGrouping: false });
    text = from === to ? f.format(from) : f.formatRange(from, to);
    yearTexts.set(key, text);
  }
  return text;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** The locale's "a, b and c" list format, made once per locale (making one costs more than using it). */
export function listFormat(tag: string): Intl.ListFormat {
  let f = listFormats.get(tag);
  if (!f) {
    f = new Intl.ListFormat(tag, { type: 'conjunction' });
    listFormats.set(tag, f);
  }
  return f;
}

/** Replaces `{{name}}` placeholders; numbers are formatted for the locale. */
export function interpolate(template: string, vars: Vars | undefined, localeTag: string): string {
  if (!vars) return template;
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, localeTag) : value;
  });
}

/** Creates `t(key, vars)` over one namespace's messages; a missing key returns the key itself. */
export function createTranslator(messages: Messages, localeTag: string): Translate {
  const plural = new Intl.PluralRules(localeTag);
  // Keys are looked up once each: the wizard's plain version resolves the same keys thousands of times.
  const found = new Map<string, string | undefined>();
  const find = (k: string): string | undefined => {
    if (!found.has(k)) found.set(k, lookup(messages, k));
    return found.get(k);
  };
  return (key, vars) => {
    let template: string | undefined;
    if (vars && typeof vars.count === 'number') {
      template = find(`${key}_${plural.select(vars.count)}`) ?? find(`${key}_other`);
    }
    template ??= find(key);
    return template === undefined ? key : interpolate(template, vars, localeTag);
  };
}
