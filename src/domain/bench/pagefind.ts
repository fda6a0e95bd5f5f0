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

/**
 * Groups Pagefind files by language: `pagefind.<lang>_<hash>.pf_meta`, `index/<lang>_<hash>.pf_index`,
 * `fragment/<lang>_<hash>.pf_fragment` and `wasm.<lang>.pagefind`. Paths are relative to `pagefind/`.
 * Shared files (the scripts, styles and `wasm.unknown`) belong to no language and are left out.
 */
export function indexByLanguage(files: readonly IndexFile[]): Record<string, LanguageIndex> {
  const out: Record<string, LanguageIndex> = {};
  const entry = (lang: string) => (out[lang] ??= { meta: 0, index: 0, fragments: 0, wasm: 0, total: 0, files: 0 });
  for (const f of files) {
    const name = f.path.replace(/\\/g, '/');
    let m: RegExpExecArray | null;
    let field: keyof Omit<LanguageIndex, 'total' | 'files'> | undefined;
    let lang: string | undefined;
    if ((m = /^pagefind\.([a-z0-9-]+)_[0-9a-f]+\.pf_meta$/.exec(name))) {
      field = 'meta';
      lang = m[1];
    } else if ((m = /^index\/([a-z0-9-]+)_[0-9a-f]+\.pf_index$/.exec(name))) {
      field = 'index';
      lang = m[1];
    } else if ((m = /^fragment\/([a-z0-9-]+)_[0-9a-f]+\.pf_fragment$/.exec(name))) {
      field = 'fragments';
      lang = m[1];
    } else if ((m = /^wasm\.([a-z0-9-]+)\.pagefind$/.exec(name)) && m[1] !== 'unknown') {
      field = 'wasm';
      lang = m[1];
    }
    if (!field || !lang) continue;
    const e = entry(lang);
    e[field] += f.bytes;
    e.total += f.bytes;
    e.files += 1;
  }
  return out;
}
