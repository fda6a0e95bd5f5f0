/** The site's single list of locales; routing, the switcher, hreflang, search and tests derive from it. */
import list from '../../../locales/locales.json' with { type: 'json' };

export type Direction = 'ltr' | 'rtl';

export interface Locale {
  /** URL segment and folder name under locales/, e.g. `tr`. */
  code: string;
  /** BCP 47 tag for `<html lang>`, Intl and hreflang, e.g. `tr-TR`. */
  tag: string;
  dir: Direction;
  /** The language's own name, shown in the language switcher. */
  name: string;
  englishName: string;
}

/** The source locale: every other locale translates from it. */
export const SOURCE_LOCALE = 'en';

/** Checks one raw entry of locales.json and says which field is wrong. */
export function parseLocaleList(raw: unknown, file = 'locales/locales.json'): Locale[] {
  if (!Array.isArray(raw)) throw new Error(`${file}: expected an array of locales`);
  const seen = new Set<string>();
  return raw.map((entry, i) => {
    const where = `${file}[${i}]`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: expected an object`);
    const e = entry as Record<string, unknown>;
    for (const field of ['code', 'tag', 'dir', 'name', 'englishName']) {
      if (typeof e[field] !== 'string' || (e[field] as string).trim() === '') {
        throw new Error(`${where}.${field}: expected a non-empty string`);
      }
    }
    const code = e.code as string;
    if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(code))
      throw new Error(`${where}.code: "${code}" is not a lower-case language code`);
    if (seen.has(code)) throw new Error(`${where}.code: "${code}" is listed twice`);
    seen.add(code);
    if (e.dir !== 'ltr' && e.dir !== 'rtl') throw new Error(`${where}.dir: expected "ltr" or "rtl"`);
    try {
      Intl.getCanonicalLocales(e.tag as string);
    } catch {
      throw new Error(`${where}.tag: "${String(e.tag)}" is not a valid BCP 47 tag`);
    }
    return { code, tag: e.tag as string, dir: e.dir, name: e.name as string, englishName: e.englishName as string };
  });
}

export const LOCALES: readonly Locale[] = parseLocaleList(list);
export const LOCALE_CODES: readonly string[] = LOCALES.map((l) => l.code);

if (!LOCALE_CODES.includes(SOURCE_LOCALE))
  throw new Error(`locales/locales.json: the source locale "${SOURCE_LOCALE}" is missing`);

/** Finds a locale by its code, or undefined. */
export function findLocale(code: string | undefined): Locale | undefined {
  return LOCALES.find((l) => l.code === code);
}

/** Finds a locale by its code, throwing with the code when it is unknown. */
export function getLocale(code: string): Locale {
  const found = findLocale(code);
  if (!found) throw new Error(`Unknown locale "${code}" (known: ${LOCALE_CODES.join(', ')})`);
  return found;
}

/** Picks the best site locale for a browser's language preferences (navigator.languages order). */
export function bestLocale(preferred: readonly string[], locales: readonly Locale[] = LOCALES): Locale {
  for (const pref of preferred) {
    const lower = pref.toLowerCase();
    const exact = locales.find((l) => l.tag.toLowerCase() === lower || l.code === lower);
    if (exact) return exact;
    const base = lower.split('-')[0];
    const byBase = locales.find((l) => l.code === base || l.tag.toLowerCase().split('-')[0] === base);
    if (byBase) return byBase;
  }
  return locales.find((l) => l.code === SOURCE_LOCALE) ?? locales[0]!;
}

/**
 * The site locale a file's language names: the same code or tag, or a regional form of a locale's language
 * (fr-FR, fr_CA for fr), with a notice saying so. Throws with the fix when none fits.
 */
export function resolveLocale(
  language: string,
  locales: readonly Locale[],
  file: string,
): { locale: Locale; notice?: string } {
  const l = language.toLowerCase().replace(/_/g, '-');
  const exact = locales.find((x) => x.code === l || x.tag.toLowerCase() === l);
  if (exact) return { locale: exact };
  const base = l.split('-')[0];
  const same = locales.filter((x) => x.code.split('-')[0] === base || x.tag.toLowerCase().split('-')[0] === base);
  if (same.length === 1)
    return {
      locale: same[0]!,
      notice: `${file}: the file's language "${language}" is taken as the site's locale ${same[0]!.code} (${same[0]!.tag}); the site has one ${same[0]!.englishName} for every region`,
    };
  const known = locales.map((x) => x.code).join(', ');
  if (same.length > 1)
    throw new Error(
      `${file}: the file's language "${language}" fits several locales (${same.map((x) => x.code).join(', ')}); name one with --locale`,
    );
  throw new Error(
    `${file}: unknown locale "${language}" (the site's locales: ${known}); to add the language, run npm run i18n:add -- ${base}, or name a locale with --locale`,
  );
}
