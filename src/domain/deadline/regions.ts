/** Region choices for the calculator's select, named in the reader's language by Intl.DisplayNames. */
export interface RegionOption {
  code: string;
  name: string;
}

/** Names and sorts region codes for a locale; `fallback` names codes that Intl cannot name. */
export function regionOptions(
  codes: readonly string[],
  lang: string,
  fallback: Readonly<Record<string, string>> = {},
): RegionOption[] {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  const collator = new Intl.Collator(lang);
  return codes
    .map((code) => {
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      return { code, name: name ?? fallback[code] ?? code };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * The region options as one string for an island's props: `code` and `name` joined by a tab, one region per
 * line. Astro serializes an array of objects with a type tag around every value, which made the region list
 * 19 KB of the calculator's HTML attribute; packed, it is about 4 KB. Throws on a code or name that contains
 * a tab or line break, which would not survive the round trip.
 */
export function packRegionOptions(options: readonly RegionOption[]): string {
  return options
    .map(({ code, name }) => {
      if (/[\t\n\r]/.test(code + name))
        throw new Error(`region ${JSON.stringify(code)}: a code or name with a tab or line break cannot be packed`);
      return `${code}\t${name}`;
    })
    .join('\n');
}

/** Reverses {@link packRegionOptions}; an empty string is no regions. */
export function unpackRegionOptions(packed: string): RegionOption[] {
  if (!packed) return [];
  return packed.split('\n').map((line) => {
    const tab = line.indexOf('\t');
    return { code: line.slice(0, tab), name: line.slice(tab + 1) };
  });
}
