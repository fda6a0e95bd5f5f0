/**
 * A locale's termbase, `locales/<lang>/glossary.json`: for each English term the rendering(s) to use, the ones
 * never to use, and why; terms that stay in English (product names, and in some locales interface labels)
 * are marked do-not-translate. Findings of the quality checks that are right on purpose are silenced here,
 * in `exceptions`, each with its reason. The format is documented in docs/translation-quality.md.
 */
import { z } from 'zod';

/** The quality checks, by the id a finding and an exception name. */
export const QUALITY_RULES = [
  'forbidden-term',
  'missing-term',
  'inconsistent',
  'numbers',
  'untranslated',
  'punctuation',
  'unused-exception',
] as const;
export type QualityRule = (typeof QUALITY_RULES)[number];

const text = z.string().trim().min(1, 'must not be empty');

const termSchema = z
  .object({
    /** The English term as the pages write it; matched case-insensitively, with plural and verb endings. */
    en: text,
    /** Other English forms that mean the same (for example "associated" for "association"). */
    also: z.array(text).optional(),
    /** An interface label (menu, button, status): found in the English only in bold or as a whole passage. */
    label: z.boolean().optional(),
    /** The term stays in English in this locale; `preferred` may add accepted forms around it. */
    doNotTranslate: z.boolean().optional(),
    /** Renderings to use; one of them must appear wherever the English term does. A stem may end in "-". */
    preferred: z.array(text).optional(),
    /** Renderings that are wrong for this term (found only where the English has the term). */
    forbidden: z.array(text).optional(),
    /** Why: the meaning, the choice made and the source of the choice. */
    note: text,
  })
  .strict()
  .superRefine((t, ctx) => {
    if (!t.doNotTranslate && !t.preferred?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['preferred'],
        message: 'a term needs at least one preferred rendering unless it is doNotTranslate',
      });
    const preferred = new Set((t.preferred ?? []).map((p) => p.toLowerCase()));
    if (t.doNotTranslate) preferred.add(t.en.toLowerCase());
    (t.forbidden ?? []).forEach((f, i) => {
      if (preferred.has(f.toLowerCase()))
        ctx.addIssue({
          code: 'custom',
          path: ['forbidden', i],
          message: `"${f}" is also an accepted rendering of this term`,
        });
    });
  });

const exceptionSchema = z
  .object({
    rule: z.enum(QUALITY_RULES),
    /** A UI string, as `namespace:key` (for example `common:site.name`). */
    key: text.regex(/^[\w-]+:[\w.-]+$/, 'must be namespace:key, for example common:site.name').optional(),
    /** A page passage, by its exact English text (any page of this locale). */
    english: text.optional(),
    /** Narrows a term rule to one term, by its English. */
    term: text.optional(),
    /** Why the finding is right on purpose. */
    reason: text,
  })
  .strict()
  .refine((e) => (e.key === undefined) !== (e.english === undefined), {
    message: 'name exactly one of "key" (a UI string) or "english" (a passage)',
  });

export const glossarySchema = z
  .object({
    locale: text,
    terms: z.array(termSchema),
    exceptions: z.array(exceptionSchema).default([]),
  })
  .strict()
  .superRefine((g, ctx) => {
    const seen = new Map<string, number>();
    g.terms.forEach((t, i) => {
      const key = t.en.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['terms', i, 'en'],
          message: `"${t.en}" is already terms[${seen.get(key)}]`,
        });
      else seen.set(key, i);
    });
    g.exceptions.forEach((e, i) => {
      if (e.term !== undefined && !seen.has(e.term.toLowerCase()))
        ctx.addIssue({ code: 'custom', path: ['exceptions', i, 'term'], message: `"${e.term}" is not a term here` });
      if (e.term !== undefined && e.rule !== 'forbidden-term' && e.rule !== 'missing-term')
        ctx.addIssue({
          code: 'custom',
          path: ['exceptions', i, 'term'],
          message: 'only forbidden-term and missing-term findings name a term',
        });
    });
  });

export type Glossary = z.infer<typeof glossarySchema>;
export type Term = Glossary['terms'][number];
export type GlossaryException = Glossary['exceptions'][number];

/** A zod issue as `field: message`, the field as a path into the file (`terms[3].forbidden[0]`). */
function issueText(issue: z.core.$ZodIssue): string {
  let field = '';
  for (const p of issue.path) field += typeof p === 'number' ? `[${p}]` : field ? `.${String(p)}` : String(p);
  if (issue.code === 'unrecognized_keys') {
    const name = issue.keys[0]!;
    return `${field ? `${field}.` : ''}${name}: not a known field`;
  }
  const message =
    issue.code === 'invalid_type' && /received undefined$/.test(issue.message) ? 'the field is missing' : issue.message;
  return `${field || '(root)'}: ${message}`;
}

/** Validates a parsed glossary file; every error names the file and the field. */
export function parseGlossary(raw: unknown, file: string, locale?: string): Glossary {
  const result = glossarySchema.safeParse(raw);
  if (!result.success) {
    throw new Error(result.error.issues.map((i) => `${file}: ${issueText(i)}`).join('\n'));
  }
  if (locale !== undefined && result.data.locale !== locale)
    throw new Error(`${file}: locale: must be "${locale}" (the folder), not "${result.data.locale}"`);
  return result.data;
}
