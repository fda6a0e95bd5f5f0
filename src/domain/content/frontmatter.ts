/** Splits a page source into front matter and body, and validates the front matter against the page schema. */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';

const sourceSchema = z.object({
  id: z.string().regex(/^(S\d+|A\d+|seed-[a-z]{2})$/, 'expected a source id such as S3, A1 or seed-hu'),
  title: z.string().min(1),
  url: z.url(),
});

export const pageSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  order: z.number().int().positive(),
  lastChecked: z.iso.date(),
  sources: z.array(sourceSchema).min(1, 'every page lists at least one source'),
  /** Where the navigation lists the page: with the guides or with the pages for translators. */
  section: z.enum(['guides', 'translators']).default('guides'),
  /** Set when the text derives from Microsoft's documentation (CC BY 4.0): the page shows the credit. */
  derivedFromMicrosoft: z.boolean().default(false),
}).strict();

export type PageData = z.infer<typeof pageSchema>;
export type PageSource = z.infer<typeof sourceSchema>;

export interface SplitSource {
  /** Raw YAML between the `---` fences. */
  yaml: string;
  body: string;
  /** How many lines precede the body, so body positions can be reported as file lines. */
  bodyLineOffset: number;
}

/** Separates the `---` front matter from the body; `file` names the source in errors. */
export function splitFrontMatter(text: string, file: string): SplitSource {
  const normalized = text.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(normalized);
  if (!match) throw new Error(`${file}:1: missing front matter (the file must start with a --- block)`);
  const yaml = match[1] ?? '';
  return { yaml, body: normalized.slice(match[0].length), bodyLineOffset: match[0].split('\n').length - 1 };
}

/** Parses and validates front matter; errors name the file, line and field. */
export function parseFrontMatter(yaml: string, file: string): PageData {
  let raw: unknown;
  try {
    // `yaml` keeps dates as strings with the core schema, which is what the schema expects.
    raw = parseYaml(yaml, { schema: 'core' });
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const line = (err.linePos?.[0]?.line ?? 0) + 1;
      throw new Error(`${file}:${line}: invalid front matter YAML (${err.message.split('\n')[0]})`);
    }
    throw err;
  }
  const result = pageSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || '(front matter)';
    throw new Error(`${file}: front matter field "${field}": ${issue.message}`);
  }
  return result.data;
}
