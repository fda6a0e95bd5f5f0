/** Pagefind's index size per language, from the file names of a built site's `pagefind/` folder. */

export interface IndexFile {
  path: string;
  bytes: number;
}
export interface LanguageIndex {
  meta: number;
  index: number;
  fragments: number;
  wasm: number;
  total: number;
  files: number;
}

/** Which of Pagefind's files holds which part of a language's index (the language is the first group). */
const INDEX_FILES: readonly [RegExp, keyof Omit<LanguageIndex, 'total' | 'files'>][] = [
  [/^pagefind\.([a-z0-9-]+)_[0-9a-f]+\.pf_meta$/, 'meta'],
  [/^index\/([a-z0-9-]+)_[0-9a-f]+\.pf_index$/, 'index'],
  [/^fragment\/([a-z0-9-]+)_[0-9a-f]+\.pf_fragment$/, 'fragments'],
  [/^wasm\.([a-z0-9-]+)\.pagefind$/, 'wasm'],
];

/**
 * Groups Pagefind files by language: `pagefind.<lang>_<hash>.pf_meta`, `index/<lang>_<hash>.pf_index`,
 * `fragment/<lang>_<hash>.pf_fragment` and `wasm.<lang>.pagefind`. Paths are relative to `pagefind/`.
 * Shared files (the scripts, styles and `wasm.unknown`) belong to no language and are left out.
 */
export function indexByLanguage(files: readonly IndexFile[]): Record<string, LanguageIndex> {
  const out: Record<string, LanguageIndex> = {};
  const entry = (lang: string): LanguageIndex => {
    const e = out[lang] ?? { meta: 0, index: 0, fragments: 0, wasm: 0, total: 0, files: 0 };
    out[lang] = e;
    return e;
  };
  for (const f of files) {
    const name = f.path.replace(/\\/g, '/');
    for (const [pattern, field] of INDEX_FILES) {
      const lang = pattern.exec(name)?.[1];
      // Pagefind writes a wasm file for languages it has no stemmer for; it is not a locale's index.
      if (!lang || (field === 'wasm' && lang === 'unknown')) continue;
      const e = entry(lang);
      e[field] += f.bytes;
      e.total += f.bytes;
      e.files += 1;
      break;
    }
  }
  return out;
}
