/**
 * A locale's page passages and UI strings as XLIFF 2.0 for CAT tools, and back.
 * Files are `pages/<slug>` and `ui/<namespace>`; a page unit's id is a hash of its English, a UI unit's id its key.
 * Importing checks everything first and returns errors instead of partial changes.
 */
import { js2xliff, xliff2js } from 'xliff';
import type { Messages } from '../i18n/format';
import { flatten } from '../i18n/check-messages';
import type { Page } from '../content/page';
import { sourceBlocks } from '../content/page';
import { matchPage } from './match';
import { inlineProblems, matchKey } from './inline-check';
import type { PageTranslations, TranslationUnit } from './store';

type XUnit = { source?: unknown; target?: unknown; note?: unknown };
interface XJs {
  sourceLanguage?: string;
  targetLanguage?: string;
  resources?: Record<string, Record<string, XUnit>>;
}

/** A short, stable id for an English passage (FNV-1a, hex). */
export function unitId(english: string): string {
  let h = 0x811c9dc5;
  for (const ch of matchKey(english)) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `s${h.toString(16).padStart(8, '0')}`;
}

export interface LocaleData {
  code: string;
  tag: string;
  pages: readonly Page[];
  translations: (slug: string) => PageTranslations | undefined;
  /** English and the locale's UI namespaces. */
  english: Record<string, Messages>;
  ui: Record<string, Messages>;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** UI units for a locale: English keys, with plural keys expanded to the categories the locale needs. */
function uiUnits(english: Messages, tag: string): Map<string, string> {
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories as string[];
  const out = new Map<string, string>();
  const flat = flatten(english);
  for (const [key, value] of flat) {
    const m = PLURAL.exec(key);
    if (!m) {
      out.set(key, String(value));
      continue;
    }
    const base = key.slice(0, m.index);
    for (const cat of categories)
      out.set(`${base}_${cat}`, String(flat.get(`${base}_${cat}`) ?? flat.get(`${base}_other`) ?? value));
  }
  return out;
}

/** Serializes a locale for translation: current targets filled, outdated ones in a note, missing ones empty. */
export async function exportXliff(d: LocaleData): Promise<string> {
  const resources: Record<string, Record<string, { source: string; target?: string; note?: string }>> = {};
  for (const page of d.pages) {
    const m = matchPage(sourceBlocks(page), d.translations(page.slug)?.units ?? []);
    const units: Record<string, { source: string; target?: string; note?: string }> = {};
    for (const run of [...m.blocks.values()].flat()) {
      const id = unitId(run.english);
      if (units[id]) continue;
      if (run.state === 'current') units[id] = { source: run.english, target: run.target! };
      else if (run.state === 'outdated')
        units[id] = {
          source: run.english,
          note: `Outdated translation, made from the English "${run.oldSource}": ${run.target}`,
        };
      else units[id] = { source: run.english };
    }
    resources[`pages/${page.slug}`] = units;
  }
  for (const [ns, messages] of Object.entries(d.english)) {
    const mine = flatten(d.ui[ns] ?? {});
    const units: Record<string, { source: string; target?: string }> = {};
    for (const [key, value] of uiUnits(messages, d.tag)) {
      const target = mine.get(key);
      units[key] = typeof target === 'string' ? { source: value, target } : { source: value };
    }
    resources[`ui/${ns}`] = units;
  }
  return `${await js2xliff({ sourceLanguage: 'en', targetLanguage: d.tag, resources } as never)}\n`;
}

export interface ImportResult {
  errors: string[];
  pages: PageTranslations[];
  namespaces: { ns: string; messages: Messages }[];
  report: { updated: number; unchanged: number; untranslated: number };
}

function setKey(messages: Messages, key: string, value: string): Messages {
  const [head, ...rest] = key.split('.');
  const copy: Record<string, string | Messages> = { ...messages };
  copy[head!] = rest.length ? setKey((messages[head!] as Messages) ?? {}, rest.join('.'), value) : value;
  return copy;
}

/** Reads an XLIFF file back; `file` names it in errors. Nothing is returned to write when there is an error. */
export async function importXliff(xml: string, file: string, d: LocaleData): Promise<ImportResult> {
  const errors: string[] = [];
  const result: ImportResult = {
    errors,
    pages: [],
    namespaces: [],
    report: { updated: 0, unchanged: 0, untranslated: 0 },
  };
  // Checked before parsing: the XML reader's own errors on other documents say nothing useful to a translator.
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<xliff[\s>]/.test(xml)) {
    errors.push(`${file}:1: not an XLIFF 2.0 document (no <xliff> root element)`);
    return result;
  }
  if (!/<\/xliff>\s*$/.test(xml)) {
    errors.push(`${file}:${xml.trimEnd().split('\n').length}: the file ends before </xliff> (it may be truncated)`);
    return result;
  }
  let js: XJs;
  try {
    js = (await xliff2js(xml)) as XJs;
  } catch (err) {
    errors.push(`${file}: not a readable XLIFF file (${(err as Error).message})`);
    return result;
  }
  if (!js.resources || typeof js.resources !== 'object') {
    errors.push(`${file}: not an XLIFF 2.0 document (no <file> elements)`);
    return result;
  }
  if (
    js.targetLanguage &&
    js.targetLanguage.toLowerCase() !== d.tag.toLowerCase() &&
    js.targetLanguage.toLowerCase() !== d.code
  ) {
    errors.push(`${file}: trgLang is "${js.targetLanguage}", but the locale is ${d.tag}`);
  }
  for (const [fileId, units] of Object.entries(js.resources)) {
    const [kind, name] = fileId.split('/') as [string, string | undefined];
    const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? undefined : null);
    if (kind === 'pages' && name) {
      const page = d.pages.find((p) => p.slug === name);
      if (!page) {
        errors.push(`${file}: file "${fileId}": there is no page "${name}"`);
        continue;
      }
      const existing = d.translations(page.slug);
      const m = matchPage(sourceBlocks(page), existing?.units ?? []);
      const runs = new Map([...m.blocks.values()].flat().map((p) => [unitId(p.english), p] as const));
      const list: TranslationUnit[] = [...(existing?.units ?? [])];
      let changed = false;
      for (const [id, u] of Object.entries(units)) {
        const where = `${file}: ${fileId} unit ${id}`;
        const run = runs.get(id);
        const source = text(u.source);
        const target = text(u.target);
        if (!run) {
          errors.push(`${where}: unknown id (not a passage of today's English page)`);
          continue;
        }
        if (source === null || source === undefined || matchKey(source) !== matchKey(run.english)) {
          errors.push(`${where}: the source text differs from the English page ("${run.english.slice(0, 60)}")`);
          continue;
        }
        if (target === null) {
          errors.push(`${where}: the target must be plain text`);
          continue;
        }
        if (target === undefined || target.trim() === '') {
          if (run.state === 'current') errors.push(`${where}: missing target (the stored translation would be lost)`);
          else result.report.untranslated++;
          continue;
        }
        const problems = inlineProblems(target, run.english);
        if (problems.length) {
          errors.push(`${where}: ${problems.join('; ')}`);
          continue;
        }
        if (run.state === 'current' && target === run.target) {
          result.report.unchanged++;
          continue;
        }
        const unit: TranslationUnit = {
          source: run.english,
          target,
          type: 'HT',
          origin: `xliff ${file.replace(/^.*\//, '')}`,
        };
        const at = list.findIndex((x) => matchKey(x.source) === matchKey(run.oldSource ?? run.english));
        if (at === -1) list.push(unit);
        else list[at] = unit;
        result.report.updated++;
        changed = true;
      }
      if (changed)
        result.pages.push({ page: page.slug, locale: d.code, imports: existing?.imports ?? [], units: list });
    } else if (kind === 'ui' && name) {
      const english = d.english[name];
      if (!english) {
        errors.push(`${file}: file "${fileId}": there is no UI namespace "${name}"`);
        continue;
      }
      const src = uiUnits(english, d.tag);
      let messages = d.ui[name] ?? {};
      const mine = flatten(messages);
      let changed = false;
      for (const [key, u] of Object.entries(units)) {
        const where = `${file}: ${fileId} unit ${key}`;
        const source = text(u.source);
        const target = text(u.target);
        if (!src.has(key)) {
          errors.push(`${where}: unknown id (no such key in locales/en/${name}.json)`);
          continue;
        }
        if (source !== src.get(key)) {
          errors.push(`${where}: the source text differs from English ("${String(src.get(key)).slice(0, 60)}")`);
          continue;
        }
        if (target === null) {
          errors.push(`${where}: the target must be plain text`);
          continue;
        }
        if (target === undefined || target.trim() === '') {
          if (mine.has(key)) errors.push(`${where}: missing target (the stored string would be lost)`);
          else result.report.untranslated++;
          continue;
        }
        if (/<\/?[A-Za-z!][^>]*>/.test(target)) {
          errors.push(`${where}: HTML markup is not allowed in UI strings`);
          continue;
        }
        if (mine.get(key) === target) {
          result.report.unchanged++;
          continue;
        }
        messages = setKey(messages, key, target);
        result.report.updated++;
        changed = true;
      }
      if (changed) result.namespaces.push({ ns: name, messages });
    } else {
      errors.push(`${file}: file "${fileId}" is neither pages/<slug> nor ui/<namespace>`);
    }
  }
  if (errors.length) {
    result.pages = [];
    result.namespaces = [];
  }
  return result;
}
