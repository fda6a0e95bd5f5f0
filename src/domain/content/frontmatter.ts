/** Splits a page source into front matter and body, and validates the front matter against the page schema. */
import { parseDocument, YAMLParseError, type Document } from 'yaml';
import { lineAndColumn } from '../text/encoding';
import { z } from 'zod';
import { isSourceId } from '../sources/register';

/** A source is cited by its id in the sources register (src/domain/sources/register.ts), which holds its title and URL. */
const sourceSchema = z.string().refine(isSourceId, {
  error: (issue) => `"${String(issue.input)}" is not in the sources register (src/domain/sources/register.ts)`,
});

export const pageSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    order: z.number().int().positive(),
    /** YYYY-MM-DD. Astro's front matter parser reads an unquoted date as a Date, this one as text: both are accepted. */
    lastChecked: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date()),
    sources: z.array(sourceSchema).min(1, 'every page lists at least one source').readonly(),
    /** Where the navigation lists the page: with the guides or with the pages for translators. */
    section: z.enum(['guides', 'translators']).default('guides'),
    /** Set when the text derives from Microsoft's documentation (CC BY 4.0): the page shows the credit. */
    derivedFromMicrosoft: z.boolean().default(false),
  })
  .strict();

export type PageData = z.infer<typeof pageSchema>;

export interface SplitSource {
  /** Raw YAML between the `---` fences. */
  yaml: string;
  /** The whole text, line endings normalized to \n. */
  normalized: string;
  /** Where the body starts in `normalized`. */
  bodyStart: number;
}

/** Separates the `---` front matter from the body; `file` names the source in errors. */
export function splitFrontMatter(text: string, file: string): SplitSource {
  const normalized = text.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(normalized);
  if (!match) {
    if (/^---\n/.test(normalized))
      throw new Error(`${file}:1: the front matter opened on line 1 is never closed by a --- line`);
    throw new Error(`${file}:1: missing front matter (the file must start with a --- block)`);
  }
  return { yaml: match[1] ?? '', normalized, bodyStart: match[0].length };
}

/** The file line of the YAML node at `path` (front matter starts on line 2), or of its parent when it is absent. */
function fieldLine(doc: Document.Parsed, yaml: string, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 1; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as
      | { range?: [number, number, number] }
      | undefined;
    if (node?.range) return lineAndColumn(yaml, node.range[0]).line + 1;
  }
  return undefined;
}

/** A zod issue in words a page author understands. */
function issueText(issue: z.core.$ZodIssue): { field: string; message: string } {
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(pageSchema.shape).join(', ');
    return { field: [...issue.path, issue.keys[0]].join('.'), message: `not a known field (known: ${known})` };
  }
  const field = issue.path.join('.') || '(front matter)';
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message))
    return { field, message: 'the field is missing' };
  return { field, message: issue.message };
}

/** Parses and validates front matter; errors name the file, line and field. */
export function parseFrontMatter(yaml: string, file: string): PageData {
  let raw: unknown;
  let doc: Document.Parsed;
  try {
    // `yaml` keeps dates as strings with the core schema, which is what the schema expects.
    doc = parseDocument(yaml, { schema: 'core' });
    if (doc.errors[0]) throw doc.errors[0];
    raw = doc.toJS();
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const line = (err.linePos?.[0]?.line ?? 0) + 1;
      // The parser's own "at line L, column C" counts from the front matter, not the file: dropped.
      const reason = (err.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      throw new Error(`${file}:${line}: invalid front matter YAML (${reason})`);
    }
    throw err;
  }
  const result = pageSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const { field, message } = issueText(issue);
    const line = fieldLine(
      doc,
      yaml,
      issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path,
    );
    throw new Error(`${file}${line === undefined ? '' : `:${line}`}: front matter field "${field}": ${message}`);
  }
  return result.data;
}
