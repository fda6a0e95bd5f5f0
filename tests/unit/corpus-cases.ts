/**
 * The bad-input corpus (tests/corpus/<kind>-<name>/): each folder holds bad input files, named as they sit
 * in the project or as a translator passes them to a tool, and case.json with the exact message(s) they
 * must produce. This module reads the cases and feeds each one to the real code that reads such input.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { holidayRegionCodes } from '../../scripts/lib/holiday-source';
import { checkPageSet, loadPage, type Page } from '../../src/domain/content/page';
import { errorText } from '../../src/domain/deadline/describe';
import { parseDeadlineQuery } from '../../src/domain/deadline/query';
import { findRule } from '../../src/domain/deadline/rules';
import { parseWizardQuery } from '../../src/domain/eligibility/query';
import { checkMessages, formatProblems } from '../../src/domain/i18n/check-messages';
import { createTranslator, type Messages } from '../../src/domain/i18n/format';
import { LOCALES, LOCALE_CODES, getLocale } from '../../src/domain/i18n/locales';
import { resourcesFromFiles } from '../../src/domain/i18n/resources';
import { importMsDocs } from '../../src/domain/msdocs/import';
import { parseMsDocs } from '../../src/domain/msdocs/parse';
import { decodeUtf8 } from '../../src/domain/text/encoding';
import { loadPageTranslations } from '../../src/domain/translation/file';
import { translationStatus } from '../../src/domain/translation/status';
import { importXliff, type ImportResult, type LocaleData } from '../../src/domain/translation/xliff';

export const CORPUS = 'tests/corpus';
export const KINDS = [
  'locale',
  'content',
  'translation-file',
  'msdocs',
  'xliff',
  'po',
  'deadline-query',
  'wizard-query',
] as const;
export type Kind = (typeof KINDS)[number];

export interface CorpusFile {
  /** Path inside the case folder, e.g. `locales/tr/common.json`. */
  path: string;
  bytes: Buffer;
}

export interface Case {
  name: string;
  dir: string;
  kind: Kind;
  description: string;
  expected: string[];
  files: CorpusFile[];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

/** Every case folder with its case.json (validated) and input files. */
export function loadCases(root = CORPUS): Case[] {
  return readdirSync(root)
    .filter((d) => statSync(join(root, d)).isDirectory())
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as {
        kind: Kind;
        description: string;
        expected: string | string[];
      };
      if (!KINDS.includes(meta.kind)) throw new Error(`${dir}/case.json: unknown kind "${meta.kind}"`);
      if (!name.startsWith(`${meta.kind}-`))
        throw new Error(`${dir}: the folder name must start with its kind "${meta.kind}-"`);
      const expected = typeof meta.expected === 'string' ? [meta.expected] : meta.expected;
      const files = listFiles(dir)
        .filter((p) => !p.endsWith('case.json'))
        .map((p) => ({ path: relative(dir, p).split('\\').join('/'), bytes: readFileSync(p) }));
      if (!files.length) throw new Error(`${dir}: no input file`);
      return { name, dir, kind: meta.kind, description: meta.description, expected, files };
    });
}

/** Text as the site's build and `npm run i18n:status` read it (readFileSync 'utf8': bad bytes become U+FFFD). */
const asRead = (f: CorpusFile) => f.bytes.toString('utf8');
const messageOf = (err: unknown) => (err instanceof Error ? err.message : `not an Error: ${String(err)}`);

const ENGLISH_DIR = 'src/content/docs/en';
const realPages = new Map<string, Page>();
/** A page of the real site, parsed once. */
export function realPage(slug: string): Page {
  let page = realPages.get(slug);
  if (!page) {
    const file = `${ENGLISH_DIR}/${slug}.mdx`;
    page = loadPage(file, readFileSync(file, 'utf8'));
    realPages.set(slug, page);
  }
  return page;
}
export const realSlugs = (): string[] =>
  readdirSync(ENGLISH_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Messages;

/** What `npm run i18n:import -- tr.xlf --locale tr` sees: the real overview page, its Turkish translations and the common UI strings. */
export function turkishData(): LocaleData {
  const stored = loadPageTranslations(
    'locales/tr/pages/overview.json',
    readFileSync('locales/tr/pages/overview.json', 'utf8'),
    LOCALE_CODES,
    realSlugs(),
  );
  return {
    code: 'tr',
    tag: 'tr-TR',
    pages: [realPage('overview')],
    translations: (slug) => (slug === 'overview' ? stored : undefined),
    english: { common: readJson('locales/en/common.json') },
    ui: { common: readJson('locales/tr/common.json') },
  };
}

/** Locale files stand alone: the English beside them is the reference, and only the locales present are checked. */
function localeMessages(c: Case): string[] {
  const files = c.files.map((f) => ({ path: f.path, text: asRead(f) }));
  try {
    const resources = resourcesFromFiles(files, LOCALE_CODES);
    const present = new Set(files.map((f) => f.path.split('/')[1]));
    const checked = Object.fromEntries(Object.entries(resources).filter(([code]) => present.has(code)));
    const tags = Object.fromEntries(LOCALES.map((l) => [l.code, l.tag]));
    return checkMessages(checked, tags).map((p) => formatProblems([p]));
  } catch (err) {
    return [messageOf(err)];
  }
}

/** Pages load one by one (each error stops the build with its file); then the set is checked against the real site's pages. */
function contentMessages(c: Case): string[] {
  const errors: string[] = [];
  const pages: Page[] = [];
  for (const f of c.files.filter((x) => x.path.startsWith('src/content/docs/'))) {
    try {
      pages.push(loadPage(f.path, asRead(f)));
    } catch (err) {
      errors.push(messageOf(err));
    }
  }
  const slugs = [...realSlugs(), ...pages.map((p) => p.slug)];
  for (const f of c.files.filter((x) => x.path.startsWith('locales/'))) {
    try {
      loadPageTranslations(f.path, asRead(f), LOCALE_CODES, slugs);
    } catch (err) {
      errors.push(messageOf(err));
    }
  }
  if (!errors.length) errors.push(...checkPageSet(pages, realSlugs()));
  return errors;
}

/** A file that loads is matched against today's English page: the status report lists what the matcher refused. */
function translationFileMessages(c: Case): string[] {
  const [f] = c.files;
  try {
    const data = loadPageTranslations(f!.path, asRead(f!), LOCALE_CODES, realSlugs());
    if (!data) return [`${f!.path}: not a translation file path`];
    const [status] = translationStatus([realPage(data.page)], [getLocale(data.locale)], () => data, []);
    return status!.pages[0]!.problems;
  } catch (err) {
    return [messageOf(err)];
  }
}

/** As `npm run i18n:import-msdocs -- seed.txt`: a parse error refuses the file; otherwise the refused segments, as the tool lists them. */
function msdocsMessages(c: Case): string[] {
  const [f] = c.files;
  try {
    const doc = parseMsDocs(decodeUtf8(f!.bytes, f!.path), f!.path);
    const locale = getLocale(doc.meta.contentLocale.split('-')[0]!.toLowerCase());
    const { report } = importMsDocs(doc, realPage('overview'), locale.code, undefined, f!.path);
    return report.rejected.map((r) => `rejected ${r.id}: ${r.reason}`);
  } catch (err) {
    return [messageOf(err)];
  }
}

/** The import's errors (XLIFF or PO); with any error it must return nothing to write (checked by the caller via `result`). */
export async function xliffResult(c: Case): Promise<{ messages: string[]; result?: ImportResult }> {
  const [f] = c.files;
  let xml: string;
  try {
    xml = decodeUtf8(f!.bytes, f!.path);
  } catch (err) {
    return { messages: [messageOf(err)] };
  }
  const result = await importXliff(xml, f!.path, turkishData());
  return { messages: result.errors, result };
}

const english = (ns: string) => createTranslator(readJson(`locales/en/${ns}.json`), 'en');

/** The messages a reader sees (in English) when the calculator opens with this query. */
function deadlineMessages(c: Case): string[] {
  const query = asRead(c.files[0]!).trim();
  const { values, errors } = parseDeadlineQuery(query, { regions: holidayRegionCodes(), defaultTimeZone: 'UTC' });
  const t = english('deadline');
  return errors.map((e) => errorText(e, t, findRule(values.rule)!));
}

/** The messages a reader sees (in English) when the wizard opens with this query. */
function wizardMessages(c: Case): string[] {
  const t = english('wizard');
  return parseWizardQuery(asRead(c.files[0]!).trim()).errors.map((e) => t(e.messageKey, { param: e.param }));
}

/** The real code's message(s) for a case. */
export async function actualMessages(c: Case): Promise<string[]> {
  switch (c.kind) {
    case 'locale':
      return localeMessages(c);
    case 'content':
      return contentMessages(c);
    case 'translation-file':
      return translationFileMessages(c);
    case 'msdocs':
      return msdocsMessages(c);
    case 'xliff':
    case 'po':
      return (await xliffResult(c)).messages;
    case 'deadline-query':
      return deadlineMessages(c);
    case 'wizard-query':
      return wizardMessages(c);
  }
}
