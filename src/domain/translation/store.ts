/**
 * The per-page, per-locale translation file: every unit remembers the English it was translated from.
 * A unit may also record a translator's review (who, when, and the English and translation reviewed):
 * reviewed is a state of its own beside MT and HT, and it lapses when either text changes.
 */

import { matchKey } from './inline-check';

export type TranslationType = 'MT' | 'HT';

/** A translator's review of one translation: it holds while the English and the translation are the ones reviewed. */
export interface Review {
  /** Who reviewed it (a name, as the translator wants it shown). */
  by: string;
  /** When, as an ISO date (YYYY-MM-DD). */
  date: string;
  /** The English the translation was reviewed against. */
  source: string;
  /** The translation as reviewed. */
  target: string;
}

export interface TranslationUnit {
  /**
   * The passage's id in exchange files, kept when an import replaced `source` by newer English (absent
   * otherwise: the id is then the hash of `source`; ids.ts).
   */
  id?: string;
  /** The English text (inline Markdown) this translation was made from. */
  source: string;
  target: string;
  /** MT = machine translation (labelled to readers), HT = human translation. A review does not change it. */
  type: TranslationType;
  /** Where it came from, e.g. `msdocs tr-TR b91119c (09/11/2020)` or `xliff` or `manual`. */
  origin?: string;
  /** Set when a translator reviewed this translation (npm run i18n:review). */
  review?: Review;
}

/** True when the unit's review applies to the unit as it is now (same English, same translation). */
export function reviewHolds(unit: TranslationUnit): boolean {
  const r = unit.review;
  return r !== undefined && matchKey(r.source) === matchKey(unit.source) && r.target === unit.target;
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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO calendar date that exists (2026-02-30 does not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Validates a review record; errors name the file and the field (`units[3].review.date`). */
export function parseReview(raw: unknown, file: string, where: string): Review {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(file, where, 'expected an object');
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r))
    if (!['by', 'date', 'source', 'target'].includes(k)) fail(file, `${where}.${k}`, 'not a known field');
  const date = str(file, `${where}.date`, r.date);
  if (!isIsoDate(date)) fail(file, `${where}.date`, `"${date}" is not a date (YYYY-MM-DD)`);
  return {
    by: str(file, `${where}.by`, r.by),
    date,
    source: str(file, `${where}.source`, r.source),
    target: str(file, `${where}.target`, r.target),
  };
}

function unitIdField(file: string, field: string, value: unknown): string {
  const id = str(file, field, value);
  if (!/^s[0-9a-f]{8}$/.test(id)) fail(file, field, `"${id}" is not a passage id (s and 8 hex digits)`);
  return id;
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
      ...(o.id === undefined ? {} : { id: unitIdField(file, `${where}.id`, o.id) }),
      source: str(file, `${where}.source`, o.source),
      target: str(file, `${where}.target`, o.target),
      type,
    };
    if (o.origin !== undefined) unit.origin = str(file, `${where}.origin`, o.origin);
    if (o.review !== undefined) unit.review = parseReview(o.review, file, `${where}.review`);
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
    // Optional fields only when present, so a file without reviews serializes exactly as it always has.
    units: t.units.map((u) => ({
      ...(u.id === undefined ? {} : { id: u.id }),
      source: u.source,
      target: u.target,
      type: u.type,
      ...(u.origin === undefined ? {} : { origin: u.origin }),
      ...(u.review === undefined
        ? {}
        : { review: { by: u.review.by, date: u.review.date, source: u.review.source, target: u.review.target } }),
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
