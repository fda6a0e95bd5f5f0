/** The per-page, per-locale translation file: every unit remembers the English it was translated from. */

export type TranslationType = 'MT' | 'HT';

export interface TranslationUnit {
  /** The English text (inline Markdown) this translation was made from. */
  source: string;
  target: string;
  /** MT = machine translation (labelled to readers), HT = human translation or human-reviewed. */
  type: TranslationType;
  /** Where it came from, e.g. `msdocs tr-TR b91119c (09/11/2020)` or `xliff` or `manual`. */
  origin?: string;
}

export interface ImportRecord {
  format: 'msdocs';
  file: string;
  locale: string;
  translationType: TranslationType;
  sourceCommit: string;
  msDate: string;
  handoff: string;
}

export interface PageTranslations {
  page: string;
  locale: string;
  imports: ImportRecord[];
  units: TranslationUnit[];
}

function fail(file: string, field: string, message: string): never {
  throw new Error(`${file}: ${field}: ${message}`);
}

function str(file: string, field: string, value: unknown, allowEmpty = false): string {
  if (typeof value !== 'string') fail(file, field, 'expected a string');
  if (!allowEmpty && value.trim() === '') fail(file, field, 'must not be empty');
  return value;
}

/** Validates a parsed translation file; errors name the file and the unit's index and field. */
export function parsePageTranslations(raw: unknown, file: string): PageTranslations {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(file, '(root)', 'expected an object');
  const r = raw as Record<string, unknown>;
  const page = str(file, 'page', r.page);
  const locale = str(file, 'locale', r.locale);
  const imports = r.imports ?? [];
  if (!Array.isArray(imports)) fail(file, 'imports', 'expected an array');
  if (!Array.isArray(r.units)) fail(file, 'units', 'expected an array');
  const units = r.units.map((u: unknown, i: number): TranslationUnit => {
    const where = `units[${i}]`;
    if (typeof u !== 'object' || u === null) fail(file, where, 'expected an object');
    const o = u as Record<string, unknown>;
    const type = o.type;
    if (type !== 'MT' && type !== 'HT') fail(file, `${where}.type`, 'expected "MT" or "HT"');
    const unit: TranslationUnit = {
      source: str(file, `${where}.source`, o.source),
      target: str(file, `${where}.target`, o.target),
      type,
    };
    if (o.origin !== undefined) unit.origin = str(file, `${where}.origin`, o.origin);
    return unit;
  });
  return { page, locale, imports: imports as ImportRecord[], units };
}

/** Serializes deterministically (stable key order, two-space indent, final newline) so diffs stay small. */
export function serializePageTranslations(t: PageTranslations): string {
  const ordered = {
    page: t.page,
    locale: t.locale,
    imports: t.imports.map((i) => ({
      format: i.format,
      file: i.file,
      locale: i.locale,
      translationType: i.translationType,
      sourceCommit: i.sourceCommit,
      msDate: i.msDate,
      handoff: i.handoff,
    })),
    units: t.units.map((u) =>
      u.origin === undefined
        ? { source: u.source, target: u.target, type: u.type }
        : { source: u.source, target: u.target, type: u.type, origin: u.origin },
    ),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
