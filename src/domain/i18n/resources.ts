/** Turns raw locale files into i18next resources, failing with the file, line and column of bad JSON. */
import type { Messages } from './format';
import { encodingProblem, lineAndColumn } from '../text/encoding.ts';

export interface LocaleFile {
  /** Path relative to the project root, e.g. `locales/tr/common.json`. */
  path: string;
  text: string;
}

export type Resources = Record<string, Record<string, Messages>>;

/** Parses JSON, rethrowing syntax errors as `file:line:column: message`; text left by a wrong encoding is refused. */
export function parseJsonFile(path: string, text: string): unknown {
  const encoding = encodingProblem(text, path);
  if (encoding) throw new Error(encoding);
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    // "Unexpected end of JSON input" carries no position: the file ends too early.
    const offset = pos ? Number(pos[1]) : text.length;
    let where = '';
    if (lc) where = `:${lc[1]}:${lc[2]}`;
    else {
      const { line, column } = lineAndColumn(text, offset);
      where = `:${line}:${column}`;
    }
    // The location is already in front; V8's own "at position N (line L column C)" only repeats it.
    const reason = message.replace(/\s*(in JSON )?at position \d+( \(line \d+ column \d+\))?/, '');
    if (text.trim() === '') throw new Error(`${path}${where}: invalid JSON: the file is empty`);
    if (offset >= text.trimEnd().length)
      throw new Error(`${path}${where}: invalid JSON: the file ends too early (it may be truncated)`);
    // A quote inside a text ends the string early: the parser then trips on the word after it.
    const before = text.slice(0, offset).trimEnd();
    const hint =
      before.endsWith('"') &&
      /^[^\s,:}\]]/.test(text.slice(offset)) &&
      /"[^"\n]*:\s*"/.test(text.slice(0, offset).split('\n').at(-1) ?? '')
        ? '; a " inside a text must be written \\" (for example "Click \\"Save\\"")'
        : '';
    throw new Error(`${path}${where}: invalid JSON (${reason})${hint}`);
  }
}

const NAMESPACE_FILE = /^locales\/([^/]+)\/([^/]+)\.json$/;

/**
 * Files in a locale's folder that are not UI-string namespaces: the termbase and the review state of UI
 * strings (src/domain/translation/glossary.ts, review.ts).
 */
export const NOT_NAMESPACES: readonly string[] = ['glossary', 'ui-state'];

/** Groups namespace files by locale and namespace; rejects unknown locale folders and non-object files. */
export function resourcesFromFiles(files: readonly LocaleFile[], localeCodes: readonly string[]): Resources {
  const out: Resources = {};
  for (const code of localeCodes) out[code] = {};
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const m = NAMESPACE_FILE.exec(file.path);
    if (!m) continue;
    const [, code, ns] = m as unknown as [string, string, string];
    if (NOT_NAMESPACES.includes(ns)) continue;
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
