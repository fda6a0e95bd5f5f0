/** The per-page, per-locale translation file: every unit remembers the English it was translated from. */
import { z } from 'zod';

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

/** One stored unit; the fields in the order a problem is reported. */
const unitSchema = z.object(
  {
    type: z.enum(['MT', 'HT'], { error: 'expected "MT" or "HT"' }),
    source: nonEmpty,
    target: nonEmpty,
    origin: nonEmpty.optional(),
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

/** A zod issue's path as a translator reads it: `units[3].type`, `(root)` for the file itself. */
function fieldOf(path: readonly PropertyKey[]): string {
  return (
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || '(root)'
  );
}

/** Validates a parsed translation file; the first problem names the file and the unit's index and field. */
export function parsePageTranslations(raw: unknown, file: string): PageTranslations {
  // An array is an object to JavaScript but not a translation file.
  const result = pageTranslationsSchema.safeParse(Array.isArray(raw) ? null : raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${fieldOf(issue.path)}: ${issue.message}`);
  }
  const { page, locale, imports, units } = result.data;
  return {
    page,
    locale,
    imports,
    units: units.map((u) =>
      u.origin === undefined
        ? { source: u.source, target: u.target, type: u.type }
        : { source: u.source, target: u.target, type: u.type, origin: u.origin },
    ),
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
    units: t.units.map((u) =>
      u.origin === undefined
        ? { source: u.source, target: u.target, type: u.type }
        : { source: u.source, target: u.target, type: u.type, origin: u.origin },
    ),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
