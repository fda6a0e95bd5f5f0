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
