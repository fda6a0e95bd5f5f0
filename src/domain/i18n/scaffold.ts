/** A new locale's list entry and UI files, copied from English so the site builds at once. */
import type { Messages } from './format';
import type { Locale } from './locales';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Derives a locale entry from its code with Intl (name, direction); options override. */
export function localeEntry(code: string, opts: { tag?: string; dir?: 'ltr' | 'rtl'; name?: string } = {}): Locale {
  const regional = /^([a-zA-Z]{2,3})[-_]([a-zA-Z]{2}|\d{3})$/.exec(code);
  if (regional && code !== code.toLowerCase()) {
    const language = regional[1]!.toLowerCase();
    const tag = `${language}-${regional[2]!.toUpperCase()}`;
    throw new Error(
      `"${code}" is a language with its region: the site's code is the language alone, "${language}" (add --tag ${tag} to format dates and numbers as in that region); a regional variant of its own is written in lower case, "${language}-${regional[2]!.toLowerCase()}"`,
    );
  }
  if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(code))
    throw new Error(`"${code}" is not a lower-case language code such as "de" or "pt-br"`);
  const tag = opts.tag ?? code;
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(tag) as [string];
  } catch {
    throw new Error(`--tag: "${tag}" is not a valid BCP 47 tag`);
  }
  const loc = new Intl.Locale(canonical) as Intl.Locale & {
    getTextInfo?: () => { direction: string };
    textInfo?: { direction: string };
  };
  const info = loc.getTextInfo?.() ?? loc.textInfo;
  const dir = opts.dir ?? (info?.direction === 'rtl' ? 'rtl' : 'ltr');
  const own = new Intl.DisplayNames([canonical], { type: 'language' }).of(canonical) ?? code;
  const englishName = new Intl.DisplayNames(['en'], { type: 'language' }).of(canonical) ?? code;
  if (englishName === canonical) throw new Error(`"${code}" is not a language Intl knows; pass --name and --tag`);
  return {
    code,
    tag: canonical,
    dir,
    name: opts.name ?? own.charAt(0).toLocaleUpperCase(canonical) + own.slice(1),
    englishName,
  };
}

/** Copies English messages, expanding plural keys to the new locale's categories (from the English "other"). */
export function scaffoldMessages(english: Messages, tag: string): Messages {
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories as string[];
  const walk = (m: Messages): Messages => {
    const out: Record<string, string | Messages> = {};
    const done = new Set<string>();
    for (const [k, v] of Object.entries(m)) {
      if (typeof v !== 'string') {
        out[k] = walk(v);
        continue;
      }
      const p = PLURAL.exec(k);
      if (!p) {
        out[k] = v;
        continue;
      }
      const base = k.slice(0, p.index);
      if (done.has(base)) continue;
      done.add(base);
      for (const cat of categories)
        out[`${base}_${cat}`] = (m[`${base}_${cat}`] as string | undefined) ?? (m[`${base}_other`] as string);
    }
    return out;
  };
  return walk(english);
}
