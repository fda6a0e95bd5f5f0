/** File-system access for the command-line tools: reads the project's pages, locale files and translations. */
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPage, type Page } from '../../src/domain/content/page';
import { parseLocaleList, type Locale } from '../../src/domain/i18n/locales';
import { parseJsonFile, resourcesFromFiles, type Resources } from '../../src/domain/i18n/resources';
import { parseGlossary, type Glossary } from '../../src/domain/translation/glossary';
import { parseUiState, type UiState } from '../../src/domain/translation/review';
import { decodeUtf8 } from '../../src/domain/text/encoding';
import { parsePageTranslations, type PageTranslations } from '../../src/domain/translation/store';

/** The project root; tests may point the tools at a copy with CPOR_ROOT. */
export const ROOT = resolve(process.env.CPOR_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
export const rel = (p: string) => relative(ROOT, p) || '.';

/** The locale list, validated. */
export function readLocales(): Locale[] {
  const file = join(ROOT, 'locales', 'locales.json');
  return parseLocaleList(parseJsonFile('locales/locales.json', readFileSync(file, 'utf8')));
}

/** Every English page, parsed and validated. */
export function readPages(): Page[] {
  const dir = join(ROOT, 'src', 'content', 'docs', 'en');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => loadPage(`src/content/docs/en/${f}`, readFileSync(join(dir, f), 'utf8')))
    .sort((a, b) => a.data.order - b.data.order);
}

/** Path of a locale's translation file for a page. */
export function translationPath(locale: string, slug: string): string {
  return join(ROOT, 'locales', locale, 'pages', `${slug}.json`);
}

/** A page's stored translations for a locale, or undefined when there is no file yet. */
export function readTranslations(locale: string, slug: string): PageTranslations | undefined {
  const file = translationPath(locale, slug);
  if (!existsSync(file)) return undefined;
  return parsePageTranslations(parseJsonFile(rel(file), readFileSync(file, 'utf8')), rel(file));
}

/** All UI-string namespaces of all locales. */
export function readResources(codes: string[]): Resources {
  const files = codes.flatMap((code) => {
    const dir = join(ROOT, 'locales', code);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ path: `locales/${code}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
  });
  return resourcesFromFiles(files, codes);
}

/**
 * Writes several files all-or-nothing as far as the file system allows: every file is written to a
 * temporary name first, and only when all succeeded are they renamed into place.
 */
export function writeAll(files: { path: string; text: string }[]): void {
  const temps = files.map((f) => ({ ...f, tmp: `${f.path}.tmp-${process.pid}` }));
  for (const f of temps) writeFileSync(f.tmp, f.text);
  for (const f of temps) renameSync(f.tmp, f.path);
}

/** A locale's termbase (locales/<code>/glossary.json), validated; undefined when the locale has none. */
export function readGlossary(code: string): Glossary | undefined {
  const file = join(ROOT, 'locales', code, 'glossary.json');
  if (!existsSync(file)) return undefined;
  return parseGlossary(parseJsonFile(rel(file), readFileSync(file, 'utf8')), rel(file), code);
}

/** Path of a locale's review state of UI strings. */
export function uiStatePath(code: string): string {
  return join(ROOT, 'locales', code, 'ui-state.json');
}

/** A locale's review state of UI strings (locales/<code>/ui-state.json), validated; empty when there is none. */
export function readUiState(code: string): UiState {
  const file = uiStatePath(code);
  if (!existsSync(file)) return { locale: code, reviews: {} };
  return parseUiState(parseJsonFile(rel(file), readFileSync(file, 'utf8')), rel(file), code);
}

/** A file a translator hands to a tool, as UTF-8 text; a missing or unreadable file is one line naming it. */
export function readInputFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(err)})`);
  }
  return decodeUtf8(bytes, file);
}
