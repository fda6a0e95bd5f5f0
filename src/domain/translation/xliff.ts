/**
 * A locale's page passages and UI strings for translators' tools, and back: XLIFF 2.0 (the default),
 * XLIFF 1.2 and gettext PO. Export picks the format; import recognises it from the file. The exchange
 * itself (units, states, conflicts) is exchange.ts; the formats are xliff2.ts, xliff12.ts and po.ts.
 */
import { pluralCategories } from '../i18n/plurals';
import {
  applyImport,
  buildExchange,
  type ImportOptions,
  type ImportResult,
  type InDoc,
  type LocaleData,
} from './exchange';
import { readPo, writePo } from './po';
import { parseXml } from './xml';
import { readXliff2, writeXliff2 } from './xliff2';
import { readXliff12, writeXliff12 } from './xliff12';

export { unitId } from './ids';
export type { ImportResult, LocaleData } from './exchange';

export const FORMATS = ['xliff2', 'xliff12', 'po'] as const;
export type ExchangeFormat = (typeof FORMATS)[number];

/** The file a format is usually saved as. */
export const EXTENSION: Record<ExchangeFormat, string> = { xliff2: 'xlf', xliff12: 'xlf', po: 'po' };

/** Serializes a locale for translation in one of the formats. */
export function exportTranslations(d: LocaleData, format: ExchangeFormat = 'xliff2'): string {
  const doc = buildExchange(d);
  return format === 'po' ? writePo(doc) : format === 'xliff12' ? writeXliff12(doc) : writeXliff2(doc);
}

const XML_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<xliff[\s>]/;
const PO_START = /^\s*(#|msgctxt\s|msgid\s)/;

/** Which format a file is in, from its first lines; undefined when it is none of them. */
export function detectFormat(text: string): 'xliff' | 'po' | undefined {
  if (XML_START.test(text)) return 'xliff';
  if (PO_START.test(text)) return 'po';
  return undefined;
}

/** Reads a file in any of the formats; throws `file:line: message` for one that cannot be read at all. */
export function readExchange(text: string, file: string, d: LocaleData): InDoc {
  const kind = detectFormat(text);
  if (kind === 'po')
    return readPo(
      text,
      file,
      d.tag,
      pluralCategories(d.tag).map((c) => c.category),
    );
  if (!kind)
    throw new Error(
      `${file}:1: neither an XLIFF document (no <xliff> root element) nor a PO file; bring back the file npm run i18n:export wrote`,
    );
  if (!/<\/xliff>\s*$/.test(text))
    throw new Error(
      `${file}:${text.trimEnd().split('\n').length}: the file ends before </xliff> (it may be truncated)`,
    );
  const root = parseXml(text, file);
  const version = root.attrs.version ?? '';
  if (/^2\.\d$/.test(version)) {
    const doc = buildExchange(d);
    const units = new Map(doc.files.flatMap((f) => f.units.map((u) => [`${f.id}\u0000${u.id}`, u] as const)));
    return readXliff2(root, file, (f, id) => units.get(`${f}\u0000${id}`));
  }
  if (/^1\.[0-2]$/.test(version)) return readXliff12(root, file);
  throw new Error(
    `${file}:${root.line}: XLIFF version "${version}" is not read here; save the file as XLIFF 2.0 or 1.2 in your tool`,
  );
}

/** Reads a file back and applies it (all or nothing); user errors come back in `errors`, never thrown. */
export function importTranslations(
  text: string,
  file: string,
  d: LocaleData,
  options: Partial<ImportOptions> = {},
): ImportResult {
  const opts: ImportOptions = {
    date: options.date ?? new Date().toISOString().slice(0, 10),
    origin: options.origin ?? file.replace(/^.*[\\/]/, ''),
    ...(options.by === undefined ? {} : { by: options.by }),
    ...(options.takeFile ? { takeFile: true } : {}),
  };
  let input: InDoc;
  try {
    input = readExchange(text.replace(/^\uFEFF/, ''), file, d);
  } catch (err) {
    return {
      errors: [(err as Error).message],
      conflicts: [],
      notices: [],
      changes: [],
      pages: [],
      namespaces: [],
      report: { updated: 0, unchanged: 0, untranslated: 0, forReview: 0, newer: 0 },
    };
  }
  return applyImport(input, file, d, opts);
}

/** XLIFF 2.0 export (kept for callers of the first version). */
export async function exportXliff(d: LocaleData): Promise<string> {
  return exportTranslations(d, 'xliff2');
}

/** Import of any format (kept for callers of the first version). */
export async function importXliff(
  text: string,
  file: string,
  d: LocaleData,
  options: Partial<ImportOptions> = {},
): Promise<ImportResult> {
  return importTranslations(text, file, d, options);
}
