/**
 * The per-page, per-locale translation file: every unit remembers the English it was translated from.
 * A unit may also record a translator's review (who, when, and the English and translation reviewed):
 * reviewed is a state of its own beside MT and HT, and it lapses when either text changes.
 * The file's shape is a zod schema (pageTranslationsSchema); every problem names the file and the field.
 */
import { z } from 'zod';
import { matchKey } from './inline-check.ts';

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

const nonEmpty = z
  .string({ error: 'expected a string' })
  .refine((s) => s.trim() !== '', { error: 'must not be empty' });

const importSchema = z.object({
  format: z.literal('msdocs', { error: 'expected "msdocs"' }),
  file: nonEmpty,
  locale: nonEmpty,
  translationType: z.enum(['MT', 'HT'], { error: 'expected "MT" or "HT"' }),
  sourceCommit: nonEmpty,
  msDate: nonEmpty,
  handoff: nonEmpty,
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO calendar date that exists (2026-02-30 does not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** A translator's review; a field it does not know is refused, so a typo cannot drop a review silently. */
const reviewSchema = z.strictObject(
  {
    date: nonEmpty.refine(isIsoDate, { error: (iss) => `"${String(iss.input)}" is not a date (YYYY-MM-DD)` }),
    by: nonEmpty,
    source: nonEmpty,
    target: nonEmpty,
  },
  {
    error: (iss) => (iss.code === 'unrecognized_keys' ? 'not a known field' : 'expected an object'),
  },
);

/** One stored unit; the fields in the order a problem is reported. */
const unitSchema = z.object(
  {
    type: z.enum(['MT', 'HT'], { error: 'expected "MT" or "HT"' }),
    id: nonEmpty
      .refine((id) => /^s[0-9a-f]{8}$/.test(id), {
        error: (iss) => `"${String(iss.input)}" is not a passage id (s and 8 hex digits)`,
      })
      .optional(),
    source: nonEmpty,
    target: nonEmpty,
    origin: nonEmpty.optional(),
    review: reviewSchema.optional(),
  },
  { error: 'expected an object' },
);

/** The schema of `locales/<code>/pages/<slug>.json`. */
export const pageTranslationsSchema = z.object(
  {
    page: nonEmpty,
    locale: nonEmpty,
    imports: z.array(importSchema, { error: 'expected an array' }).default([]),
    units: z.array(unitSchema, { error: 'expected an array' }),
  },
  { error: 'expected an object' },
);

/**
 * A zod issue's field as a translator reads it: `units[3].type`, `units[0].review.note` for a field that is
 * not known, `(root)` for the file itself; `where` is put before the path.
 */
function fieldOf(issue: z.core.$ZodIssue, where = ''): string {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  return (
    where +
      path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 && !where ? String(p) : `.${String(p)}`))
        .join('') || '(root)'
  );
}

/** Validates a review record; errors name the file and the field (`units[3].review.date`). */
export function parseReview(raw: unknown, file: string, where: string): Review {
  const result = reviewSchema.safeParse(Array.isArray(raw) ? null : raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${fieldOf(issue, where)}: ${issue.message}`);
  }
  const { by, date, source, target } = result.data;
  return { by, date, source, target };
}

/** Validates a parsed translation file; the first problem names the file and the unit's index and field. */
export function parsePageTranslations(raw: unknown, file: string): PageTranslations {
  // An array is an object to JavaScript but not a translation file.
  const result = pageTranslationsSchema.safeParse(Array.isArray(raw) ? null : raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${fieldOf(issue)}: ${issue.message}`);
  }
  const { page, locale, imports, units } = result.data;
  return {
    page,
    locale,
    imports,
    // Optional fields only when present (the serializer writes what it is given).
    units: units.map((u) => ({
      ...(u.id === undefined ? {} : { id: u.id }),
      source: u.source,
      target: u.target,
      type: u.type,
      ...(u.origin === undefined ? {} : { origin: u.origin }),
      ...(u.review === undefined ? {} : { review: u.review }),
    })),
  };
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
