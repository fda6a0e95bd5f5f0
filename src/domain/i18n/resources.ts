/** Turns raw locale files into i18next resources, failing with the file, line and column of bad JSON. */
import type { Messages } from './format';

export interface LocaleFile {
  /** Path relative to the project root, e.g. `locales/tr/common.json`. */
  path: string;
  text: string;
}

export type Resources = Record<string, Record<string, Messages>>;

/** Where in `text` the character at `offset` sits, 1-based. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** Parses JSON, rethrowing syntax errors as `file:line:column: message`. */
export function parseJsonFile(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    let where = '';
    if (lc) where = `:${lc[1]}:${lc[2]}`;
    else if (pos) {
      const { line, column } = lineAndColumn(text, Number(pos[1]));
      where = `:${line}:${column}`;
    }
    throw new Error(`${path}${where}: invalid JSON (${message})`);
  }
}

const NAMESPACE_FILE = /^locales\/([^/]+)\/([^/]+)\.json$/;

/** Groups namespace files by locale and namespace; rejects unknown locale folders and non-object files. */
export function resourcesFromFiles(files: readonly LocaleFile[], localeCodes: readonly string[]): Resources {
  const out: Resources = {};
  for (const code of localeCodes) out[code] = {};
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const m = NAMESPACE_FILE.exec(file.path);
    if (!m) continue;
    const [, code, ns] = m as unknown as [string, string, string];
    if (!localeCodes.includes(code)) {
      throw new Error(`${file.path}: folder "${code}" is not a locale in locales/locales.json`);
    }
    const data = parseJsonFile(file.path, file.text);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new Error(`${file.path}: expected a JSON object of keys and strings`);
    }
    out[code]![ns] = data as Messages;
  }
  return out;
}
