/**
 * The exchange of a locale's translations with translators' tools, independent of the file format
 * (XLIFF 2.0, XLIFF 1.2, PO: xliff2.ts, xliff12.ts, po.ts write and read it).
 *
 * Export (`buildExchange`): one unit per page passage and per UI string, with its English as text and inline
 * codes, the stored translation where there is one (an outdated one pre-filled and marked for review, its
 * English in a note), the state (machine, translated, reviewed, needs review, missing), notes (where the text
 * appears, plural categories, codes) and `base`: a hash of the stored translation and state the unit was
 * exported from.
 *
 * Import (`applyImport`): nothing is lost. A unit's target is not written when it would replace a
 * translation changed since the export (the stored one no longer hashes to `base`), or replace a translation
 * with the English; these are listed as conflicts and refuse the import unless the translator takes the
 * file's version (`takeFile`). Every unit is checked first (English, inline codes, Markdown, placeholders in
 * every plural form); any error refuses the whole file.
 */
import type { Messages } from '../i18n/format';
import { checkMessages, flatten } from '../i18n/check-messages';
import { pluralCategories, pluralNote } from '../i18n/plurals';
import type { Page } from '../content/page';
import { sourceBlocks } from '../content/page';
import { fnv, storedId, unitId } from './ids';
import { inlineProblems, matchKey } from './inline-check';
import { alignCodes, describeCode, fromCoded, toCoded, type Code, type Coded, type Piece } from './inline-codes';
import { matchPage, type Run } from './match';
import { poText } from './po';
import type { UiState } from './review';
import type { PageTranslations, Review, TranslationUnit } from './store';
import { reviewHolds } from './store';
import { untranslatedTest, type UntranslatedTest } from './untranslated';

/** A unit's state in an exchange file. */
export type XState = 'missing' | 'machine' | 'translated' | 'reviewed' | 'needs-review';

export interface LocaleData {
  code: string;
  tag: string;
  pages: readonly Page[];
  translations: (slug: string) => PageTranslations | undefined;
  /** English and the locale's UI namespaces. */
  english: Record<string, Messages>;
  ui: Record<string, Messages>;
  /** Reviews of UI strings (locales/<code>/ui-state.json). */
  uiState?: UiState;
  /** The locale's test for the English copied as a translation (from its termbase). */
  untranslated?: UntranslatedTest;
  /** Where a UI string appears (source files that use the key), for the translator's notes. */
  locations?: (ns: string, key: string) => readonly string[];
}

export interface ExUnit {
  id: string;
  /** Today's English: a passage's inline Markdown or a UI string. */
  english: string;
  source: Coded;
  /** The stored translation, its codes numbered as the English's; absent when there is none to offer. */
  target?: Piece[];
  state: XState;
  /** Hash of the stored translation and its state at export. */
  base: string;
  /** Notes for the translator, one line each. */
  notes: string[];
  /** An outdated unit's English of the pre-filled translation. */
  previousEnglish?: string;
  /** A plural form's category (`one`, `few`). */
  plural?: string;
}

export interface ExFile {
  /** `pages/<slug>` or `ui/<namespace>`. */
  id: string;
  /** What the file is, for a note: the page's address or the UI namespace's file. */
  description: string;
  units: ExUnit[];
}

export interface ExDoc {
  code: string;
  tag: string;
  files: ExFile[];
}

/** What a unit is in the project, to apply an import to it. */
type Ref =
  | { kind: 'page'; slug: string; run: Run }
  | { kind: 'ui'; ns: string; key: string; stored?: string; reviewed: boolean };

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** UI units for a locale: English keys, with plural keys expanded to the categories the locale needs. */
export function uiUnits(english: Messages, tag: string): Map<string, string> {
  const categories = pluralCategories(tag).map((c) => c.category);
  const out = new Map<string, string>();
  const flat = flatten(english);
  for (const [key, value] of flat) {
    const m = PLURAL.exec(key);
    if (!m) {
      out.set(key, String(value));
      continue;
    }
    const base = key.slice(0, m.index);
    if (out.has(`${base}_${categories[0]}`)) continue;
    for (const cat of categories)
      out.set(`${base}_${cat}`, String(flat.get(`${base}_${cat}`) ?? flat.get(`${base}_other`) ?? value));
  }
  return out;
}

/** The hash recorded as `base`: what was stored, and in which state. */
export function baseHash(state: string, target: string | undefined): string {
  return target === undefined ? 'none' : fnv(`${state}\u0000${target}`);
}

function blockWhere(page: Page, ref: string): string {
  if (ref === 'title') return 'the page title';
  if (ref === 'description') return 'the page description (search results, link previews)';
  const block = page.blocks.find((b) => String(b.index) === ref);
  if (!block) return 'the page';
  const kind = block.kind === 'cell' ? 'a table cell' : block.kind === 'heading' ? 'a heading' : 'a paragraph';
  return `${kind}, ${page.file}:${block.line}`;
}

function codesNote(c: Coded): string | undefined {
  if (!c.codes.length) return undefined;
  return `Codes (keep each, never edit it as text): ${c.codes.map((x) => `${x.id} = ${describeCode(x)}`).join('; ')}`;
}

/** Aligns a stored translation with today's English codes; codes that do not fit become their Markdown text. */
function storedPieces(english: Coded, target: string, markdown: boolean): Piece[] {
  const t = toCoded(target, markdown);
  const a = alignCodes(english, t, () => true);
  if (!a.problems.length) return a.pieces;
  // Only an outdated translation can disagree (its English had other codes): offer it as text to rework.
  return [target];
}

interface Built {
  doc: ExDoc;
  refs: Map<string, Ref>;
  /** Ids an older export gave outdated passages (the hash of today's English), mapped to today's ids. */
  aliases: Map<string, string>;
}

function build(d: LocaleData): Built {
  const refs = new Map<string, Ref>();
  const aliases = new Map<string, string>();
  const test = d.untranslated ?? untranslatedTest(undefined);
  const files: ExFile[] = [];
  for (const page of d.pages) {
    const fileId = `pages/${page.slug}`;
    const m = matchPage(sourceBlocks(page), d.translations(page.slug)?.units ?? [], {
      untranslated: (e, t) => test(e, t),
    });
    const units: ExUnit[] = [];
    const seen = new Map<string, string>();
    for (const [ref, runs] of m.blocks) {
      for (const run of runs) {
        let id = run.unit && !run.untranslated ? storedId(run.unit) : unitId(run.english);
        if (seen.has(id) && seen.get(id) !== matchKey(run.english)) id = unitId(run.english);
        if (seen.has(id)) continue; // the same English twice on a page: one unit serves both
        seen.set(id, matchKey(run.english));
        const source = toCoded(run.english);
        const url = `/${d.code}/${page.slug}/`;
        const notes = [`Page: ${url} (English: /en/${page.slug}/), ${blockWhere(page, ref)}`];
        const codes = codesNote(source);
        if (codes) notes.push(codes);
        const unit: ExUnit = { id, english: run.english, source, state: 'missing', base: 'none', notes };
        if (run.state === 'current') {
          const u = run.unit!;
          unit.target = storedPieces(source, u.target, true);
          unit.state = run.reviewed ? 'reviewed' : u.type === 'MT' ? 'machine' : 'translated';
          unit.base = baseHash(unit.state, u.target);
          if (run.reviewed) notes.push(`Reviewed by ${u.review!.by} on ${u.review!.date}.`);
          if (u.type === 'MT') notes.push(`Machine translation${u.origin ? ` (${u.origin})` : ''}.`);
        } else if (run.state === 'outdated') {
          const u = run.unit!;
          unit.target = storedPieces(source, u.target, true);
          unit.state = 'needs-review';
          unit.base = baseHash('outdated', u.target);
          unit.previousEnglish = u.source;
          notes.push(
            `Outdated: the translation was made from older English: "${u.source}". Check it against today's English and confirm or correct it.`,
          );
          const alias = unitId(run.english);
          if (alias !== id) aliases.set(`${fileId}\u0000${alias}`, id);
        } else if (run.untranslated) {
          unit.base = baseHash('missing', run.unit!.target);
          notes.push('The stored translation is the English copied; it counts as missing. Translate it.');
        }
        units.push(unit);
        refs.set(`${fileId}\u0000${id}`, { kind: 'page', slug: page.slug, run });
      }
    }
    files.push({ id: fileId, description: `page /${d.code}/${page.slug}/ (${page.file})`, units });
  }
  for (const [ns, messages] of Object.entries(d.english)) {
    const fileId = `ui/${ns}`;
    const mine = flatten(d.ui[ns] ?? {});
    const units: ExUnit[] = [];
    for (const [key, english] of uiUnits(messages, d.tag)) {
      const raw = mine.get(key);
      const stored = typeof raw === 'string' ? raw : undefined;
      const source = toCoded(english, false);
      const notes: string[] = [];
      const where = d.locations?.(ns, key.replace(PLURAL, '')) ?? [];
      notes.push(
        where.length
          ? `Interface text (locales/en/${ns}.json, key ${key}), used in ${where.join(', ')}`
          : `Interface text (locales/en/${ns}.json, key ${key})`,
      );
      const cat = PLURAL.exec(key)?.[1];
      if (cat) notes.push(pluralNote(d.tag, cat));
      const codes = codesNote(source);
      if (codes) notes.push(codes);
      const review = d.uiState?.reviews[`${ns}:${key}`];
      const reviewed = !!review && stored !== undefined && review.source === english && review.target === stored;
      const unit: ExUnit = { id: key, english, source, state: 'missing', base: 'none', notes };
      if (cat) unit.plural = cat;
      if (stored !== undefined && !test(english, stored, `${ns}:${key}`)) {
        unit.target = storedPieces(source, stored, false);
        unit.state = reviewed ? 'reviewed' : 'translated';
        unit.base = baseHash(unit.state, stored);
        if (reviewed) notes.push(`Reviewed by ${review!.by} on ${review!.date}.`);
      } else if (stored !== undefined) {
        unit.base = baseHash('missing', stored);
        notes.push('The stored text is the English copied; it counts as missing. Translate it.');
      }
      units.push(unit);
      refs.set(`${fileId}\u0000${key}`, {
        kind: 'ui',
        ns,
        key,
        ...(stored === undefined ? {} : { stored }),
        reviewed,
      });
    }
    files.push({ id: fileId, description: `interface texts locales/${d.code}/${ns}.json`, units });
  }
  return { doc: { code: d.code, tag: d.tag, files }, refs, aliases };
}

/** A locale's units for translators' tools; an untranslated text (the English copied) has no target. */
export function buildExchange(d: LocaleData): ExDoc {
  return build(d).doc;
}

/** One unit as a file brings it back. */
export interface InUnit {
  /** `pages/<slug>` or `ui/<namespace>`. */
  file: string;
  id: string;
  /** Line of the unit in the file. */
  line: number;
  /** The English as the file has it, with code ids (undefined when the format does not carry it). */
  source?: Piece[];
  /** The translation with code ids; undefined or empty when the unit has none. */
  target?: Piece[];
  state?: XState;
  base?: string;
  /** Problems the reader found in this unit's codes or markup (reported with the unit's English). */
  problems: string[];
  /** A problem with the unit as a whole that refuses it before its English is known (an unknown msgctxt). */
  refusal?: string;
}

export interface InDoc {
  format: 'xliff2' | 'xliff12' | 'po';
  /** The target language the file names (trgLang, target-language, Language). */
  language?: string;
  units: InUnit[];
  /** Line of each file element, for errors about a whole file. */
  fileLines: Map<string, number>;
  /** Line where the file names its language. */
  languageLine?: number;
}

export interface Conflict {
  where: string;
  english: string;
  stored: string;
  incoming: string;
  reason: string;
}

export interface Change {
  file: string;
  id: string;
  english: string;
  from?: string;
  to: string;
  state: XState;
}

export interface ImportOptions {
  /** Take the file's version where it conflicts with the stored one. */
  takeFile?: boolean;
  /** Who reviewed, for units the file marks reviewed. */
  by?: string;
  /** The date of those reviews (YYYY-MM-DD). */
  date: string;
  /** The file's name, recorded as the origin of imported translations. */
  origin: string;
}

export interface ImportResult {
  errors: string[];
  conflicts: Conflict[];
  /** Things the translator should know that do not stop the import (a regional language taken as the locale). */
  notices: string[];
  changes: Change[];
  pages: PageTranslations[];
  namespaces: { ns: string; messages: Messages }[];
  /** The UI review state to write, when the import marked UI strings reviewed. */
  uiState?: UiState;
  report: {
    updated: number;
    unchanged: number;
    untranslated: number;
    forReview: number;
    /** Units the file brings back as exported, whose stored translation changed since: the stored one stays. */
    newer: number;
  };
}

const short = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const quote = (s: string) => `"${short(s)}"`;

function setKey(messages: Messages, key: string, value: string): Messages {
  const [head, ...rest] = key.split('.');
  const copy: Record<string, string | Messages> = { ...messages };
  copy[head!] = rest.length ? setKey((messages[head!] as Messages) ?? {}, rest.join('.'), value) : value;
  return copy;
}

/** Checks that the file's language is the locale's: the same, or a regional form of it (fr-FR for fr). */
export function languageFits(
  language: string | undefined,
  code: string,
  tag: string,
): { ok: true; notice?: string } | { ok: false } {
  if (!language) return { ok: true };
  const l = language.toLowerCase().replace(/_/g, '-');
  if (l === tag.toLowerCase() || l === code) return { ok: true };
  const base = (s: string) => s.split('-')[0];
  if (base(l) === base(code) || base(l) === base(tag.toLowerCase()))
    return {
      ok: true,
      notice: `the file's language "${language}" is taken as the site's locale ${code} (${tag}): the site has one ${code} for every region`,
    };
  return { ok: false };
}

/**
 * Applies units read from an exchange file to the locale's stored translations. `file` names the file in
 * messages. With any error, or a conflict without `takeFile`, nothing is returned to write.
 */
export function applyImport(input: InDoc, file: string, d: LocaleData, options: ImportOptions): ImportResult {
  const result: ImportResult = {
    errors: [],
    conflicts: [],
    notices: [],
    changes: [],
    pages: [],
    namespaces: [],
    report: { updated: 0, unchanged: 0, untranslated: 0, forReview: 0, newer: 0 },
  };
  const errors = result.errors;
  const fits = languageFits(input.language, d.code, d.tag);
  if (!fits.ok)
    errors.push(
      `${file}:${input.languageLine ?? 1}: ${input.format === 'po' ? 'Language' : input.format === 'xliff12' ? 'target-language' : 'trgLang'} is "${input.language}", but the locale is ${d.tag}; import the file into its own locale (--locale), or export ${d.code} again`,
    );
  else if (fits.notice) result.notices.push(`${file}: ${fits.notice}`);

  const built = build(d);
  const test = d.untranslated ?? untranslatedTest(undefined);
  const pageUnits = new Map<string, TranslationUnit[]>();
  const pageChanged = new Set<string>();
  const uiMessages = new Map<string, Messages>();
  const uiChangedKeys = new Map<string, Map<string, InUnit>>();
  const uiReviews: Record<string, Review> = { ...(d.uiState?.reviews ?? {}) };
  let uiReviewChanged = false;
  const seen = new Set<string>();

  for (const u of input.units) {
    if (u.refusal) {
      errors.push(`${file}:${u.line}: ${u.refusal}`);
      continue;
    }
    const [kind, name] = u.file.split('/') as [string, string | undefined];
    const fileWhere = `${file}:${input.fileLines.get(u.file) ?? u.line}`;
    if (kind === 'pages' && name) {
      if (!d.pages.some((p) => p.slug === name)) {
        if (!seen.has(u.file))
          errors.push(`${fileWhere}: file "${u.file}": there is no page "${name}"; export the file again`);
        seen.add(u.file);
        continue;
      }
    } else if (kind === 'ui' && name) {
      if (!d.english[name]) {
        if (!seen.has(u.file))
          errors.push(
            `${fileWhere}: file "${u.file}": there is no UI namespace "${name}" (namespaces: ${Object.keys(d.english).join(', ')}); export the file again`,
          );
        seen.add(u.file);
        continue;
      }
    } else {
      if (!seen.has(u.file))
        errors.push(`${fileWhere}: file "${u.file}" is neither pages/<slug> nor ui/<namespace>; export the file again`);
      seen.add(u.file);
      continue;
    }
    const key = `${u.file}\u0000${built.aliases.get(`${u.file}\u0000${u.id}`) ?? u.id}`;
    const ref = built.refs.get(key);
    const ex = built.doc.files.find((f) => f.id === u.file)?.units.find((x) => `${u.file}\u0000${x.id}` === key);
    const at = `${file}:${u.line}: ${u.file} unit ${u.id}`;
    if (!ref || !ex) {
      const cat = kind === 'ui' ? PLURAL.exec(u.id)?.[1] : undefined;
      const base = cat ? u.id.slice(0, -cat.length - 1) : '';
      if (cat && built.refs.has(`${u.file}\u0000${base}_other`)) {
        errors.push(`${at}: ${pluralNote(d.tag, cat)}; remove this unit (translate the forms the language has)`);
        continue;
      }
      errors.push(
        kind === 'pages'
          ? `${at}: unknown id (not a passage of today's English page); export the file again and translate in the new file`
          : `${at}: unknown id (no such key in locales/en/${name}.json); export the file again`,
      );
      continue;
    }
    const where = `${at} (${quote(ex.english)})`;
    if (seen.has(key)) {
      errors.push(`${where}: the unit appears twice in the file; keep one`);
      continue;
    }
    seen.add(key);
    if (u.problems.length) {
      errors.push(
        `${where}: ${[...new Set(u.problems)].join('; ')}; the English with its codes: ${JSON.stringify(short(poText(ex.source.pieces, ex.source.codes), 200))}`,
      );
      continue;
    }
    // Placeholders typed as text are the placeholder (PO writes them as text): pair them with the English's.
    if (u.source) u.source = withPlaceholders(u.source, ex.source.codes);
    if (u.target) u.target = withPlaceholders(u.target, ex.source.codes);
    if (u.source !== undefined && matchKey(fromCoded(u.source, ex.source.codes)) !== matchKey(ex.english)) {
      errors.push(
        `${at}: the source text differs from the English (${quote(ex.english)}); translate only the target and leave the source as exported`,
      );
      continue;
    }
    const markdown = ref.kind === 'page';
    // Which stored text the unit has now, and the hash of it as an export would record it.
    const storedText = ref.kind === 'page' ? ref.run.unit?.target : ref.stored;
    const nowBase = ex.base;
    const hasTranslation = ex.state !== 'missing';
    if (!u.target || u.target.every((p) => p === '' || (typeof p === 'string' && p.trim() === ''))) {
      if ((u.base === undefined || u.base === nowBase) && hasTranslation)
        errors.push(
          `${where}: the target is empty, but the file was exported with a translation (the stored one would be lost); put the translation back or export again`,
        );
      else result.report.untranslated++;
      continue;
    }
    // Codes: every id from the English, each used once, none left out but {{count}} where a form may omit it.
    const optional = (c: Code) =>
      c.kind === 'placeholder' &&
      /\{\{\s*count\s*\}\}/.test(c.open) &&
      !!ex.plural &&
      pluralCategories(d.tag).find((p) => p.category === ex.plural)?.single === true;
    const codeProblems = checkCodes(u.target, ex.source, optional);
    if (codeProblems.length) {
      errors.push(
        `${where}: ${codeProblems.join('; ')}; the English with its codes: ${JSON.stringify(short(poText(ex.source.pieces, ex.source.codes), 200))}`,
      );
      continue;
    }
    const text = fromCoded(u.target, ex.source.codes);
    const problems = markdown ? inlineProblems(text, ex.english) : uiProblems(text);
    if (problems.length) {
      errors.push(`${where}: ${problems.join('; ')}; the translation: ${JSON.stringify(short(text, 200))}`);
      continue;
    }
    const state = u.state ?? 'translated';
    if (state === 'needs-review' || state === 'missing') {
      // Marked for review (PO fuzzy, XLIFF needs-review): the translator has not confirmed it yet.
      if (!(ex.state === 'needs-review' && text === storedText)) result.report.forReview++;
      continue;
    }
    const sameText = text === storedText;
    const english = test(ex.english, text, ref.kind === 'ui' ? `${ref.ns}:${ref.key}` : undefined);
    if (english && !(hasTranslation && !sameText)) {
      result.report.untranslated++;
      continue;
    }
    // The file's text is the one it was exported with, and the stored one changed since: the store is newer.
    if (
      !sameText &&
      !english &&
      u.base !== undefined &&
      u.base !== nowBase &&
      EXPORTED_STATES.some((st) => baseHash(st, text) === u.base)
    ) {
      result.report.newer++;
      continue;
    }
    const reason =
      sameText || !hasTranslation
        ? undefined
        : english
          ? 'the file would replace the translation with the English'
          : u.base === undefined
            ? 'the file does not record which translation it was exported with'
            : u.base !== nowBase
              ? 'the stored translation changed after the file was exported'
              : undefined;
    if (reason) {
      result.conflicts.push({ where, english: ex.english, stored: storedText ?? '', incoming: text, reason });
      if (!options.takeFile) continue;
    }
    const wantsReview = state === 'reviewed';
    if (wantsReview && !options.by && !(sameText && ex.state === 'reviewed')) {
      errors.push(
        `${where}: the file marks it reviewed; name the reviewer with --by "Name" (or set the unit back to translated)`,
      );
      continue;
    }
    /** Lists the unit among the changes the import makes (what --check prints) and counts it. */
    const recordChange = () => {
      result.changes.push({
        file: u.file,
        id: ex.id,
        english: ex.english,
        ...(storedText === undefined ? {} : { from: storedText }),
        to: text,
        state,
      });
      result.report.updated++;
    };
    if (ref.kind === 'page') {
      const run = ref.run;
      const outdated = run.state === 'outdated';
      if (sameText && !outdated && (!wantsReview || ex.state === 'reviewed') && !run.untranslated) {
        result.report.unchanged++;
        continue;
      }
      const list = pageUnits.get(ref.slug) ?? [...(d.translations(ref.slug)?.units ?? [])];
      pageUnits.set(ref.slug, list);
      const old = run.unit;
      const type = sameText && old ? old.type : state === 'machine' ? 'MT' : 'HT';
      const unit: TranslationUnit = {
        source: run.english,
        target: text,
        type,
        ...(sameText && old
          ? old.origin
            ? { origin: old.origin }
            : {}
          : { origin: `${FORMAT_NAME[input.format]} ${options.origin}` }),
      };
      // The passage keeps its id when its English changed (ids.ts).
      if (old && storedId(old) !== unitId(run.english)) unit.id = storedId(old);
      if (wantsReview)
        unit.review =
          sameText && old && reviewHolds(old) && matchKey(old.source) === matchKey(run.english)
            ? old.review!
            : { by: options.by!, date: options.date, source: run.english, target: text };
      // The stored unit by its content: the caller may hand the units in again as new objects (the CLI reads the
      // file anew), and an unmatched old unit would stay beside the new one, still shown.
      const index = old
        ? list.findIndex(
            (x) =>
              x === old ||
              (x.source === old.source && x.target === old.target && x.type === old.type && x.id === old.id),
          )
        : -1;
      if (index === -1) list.push(unit);
      else list[index] = unit;
      pageChanged.add(ref.slug);
      recordChange();
    } else {
      if (sameText && (!wantsReview || ref.reviewed)) {
        result.report.unchanged++;
        continue;
      }
      if (!sameText) {
        const messages = uiMessages.get(ref.ns) ?? d.ui[ref.ns] ?? {};
        uiMessages.set(ref.ns, setKey(messages, ref.key, text));
        const keys = uiChangedKeys.get(ref.ns) ?? new Map<string, InUnit>();
        keys.set(ref.key, u);
        uiChangedKeys.set(ref.ns, keys);
      }
      const reviewKey = `${ref.ns}:${ref.key}`;
      if (wantsReview) {
        uiReviews[reviewKey] = { by: options.by!, date: options.date, source: ex.english, target: text };
        uiReviewChanged = true;
      } else if (!sameText && uiReviews[reviewKey]) {
        // A new text needs a new review: the old one no longer holds, and is dropped.
        delete uiReviews[reviewKey];
        uiReviewChanged = true;
      }
      recordChange();
    }
  }

  // Placeholders and plural forms as the build checks them, for the strings this file changes.
  for (const [ns, messages] of uiMessages) {
    const problems = checkMessages(
      { en: { [ns]: d.english[ns]! }, [d.code]: { [ns]: messages } },
      { en: 'en', [d.code]: d.tag },
      // Only what a changed string can break: the namespace's keys and plural categories were complete before.
    ).filter(
      (p) => p.file === `locales/${d.code}/${ns}.json` && ['placeholder', 'markup', 'empty', 'type'].includes(p.kind),
    );
    const changed = uiChangedKeys.get(ns)!;
    for (const p of problems) {
      const hit = [...changed.entries()].find(([k]) => k === p.key || k.replace(PLURAL, '') === p.key);
      if (!hit) continue;
      const [k, u] = hit;
      const english = uiUnits(d.english[ns]!, d.tag).get(k) ?? '';
      errors.push(
        `${file}:${u.line}: ui/${ns} unit ${k} (${quote(english)}): ${p.message}; the translation: ${quote(String(flatten(messages).get(k)))}`,
      );
    }
  }

  if (errors.length || (result.conflicts.length && !options.takeFile)) {
    result.changes = [];
    return result;
  }
  for (const slug of pageChanged) {
    const existing = d.translations(slug);
    result.pages.push({ page: slug, locale: d.code, imports: existing?.imports ?? [], units: pageUnits.get(slug)! });
  }
  for (const [ns, messages] of uiMessages) result.namespaces.push({ ns, messages });
  if (uiReviewChanged) result.uiState = { locale: d.code, reviews: uiReviews };
  return result;
}

/** The states a base hash is made with (baseHash), to tell a target the file brings back as it was exported. */
const EXPORTED_STATES = ['machine', 'translated', 'reviewed', 'outdated', 'missing'];

const FORMAT_NAME = { xliff2: 'xliff', xliff12: 'xliff', po: 'po' } as const;

/** Text pieces with `{{placeholders}}` of the English split out as its placeholder codes. */
function withPlaceholders(pieces: readonly Piece[], codes: readonly Code[]): Piece[] {
  const ph = codes.filter((c) => c.kind === 'placeholder');
  if (!ph.length) return [...pieces];
  const out: Piece[] = [];
  for (const p of pieces) {
    if (typeof p !== 'string' || !p.includes('{{')) {
      out.push(p);
      continue;
    }
    let at = 0;
    for (const m of p.matchAll(/\{\{-?\s*[\w.]+\s*\}\}/g)) {
      const code = ph.find((c) => c.open === m[0]);
      if (!code) continue;
      if (m.index > at) out.push(p.slice(at, m.index));
      out.push({ ph: code.id });
      at = m.index + m[0].length;
    }
    if (at < p.length) out.push(p.slice(at));
  }
  return out;
}

/** Markup never allowed in a UI string. */
function uiProblems(text: string): string[] {
  return /<\/?[A-Za-z!][^>]*>|javascript:/i.test(text) ? ['HTML markup is not allowed in UI strings'] : [];
}

/** The target's codes against the English's: ids known, each once, paired codes closed, none missing. */
function checkCodes(target: readonly Piece[], english: Coded, optional: (c: Code) => boolean): string[] {
  const problems: string[] = [];
  const by = new Map(english.codes.map((c) => [c.id, c]));
  const used = new Set<number>();
  const open: number[] = [];
  for (const p of target) {
    if (typeof p === 'string') continue;
    const id = 'ph' in p ? p.ph : 'open' in p ? p.open : p.close;
    const code = by.get(id);
    if (!code) {
      problems.push(`code ${id} is not in the English (codes cannot be added or edited; copy them from the source)`);
      continue;
    }
    if ('ph' in p) {
      if (code.close !== undefined) problems.push(`code ${id} (${describeCode(code)}) must enclose text`);
      else if (used.has(id)) problems.push(`code ${id} (${describeCode(code)}) appears twice`);
      used.add(id);
    } else if ('open' in p) {
      if (code.close === undefined) problems.push(`code ${id} (${describeCode(code)}) cannot enclose text`);
      else if (used.has(id)) problems.push(`code ${id} (${describeCode(code)}) appears twice`);
      used.add(id);
      open.push(id);
    } else if (open.at(-1) === id) open.pop();
    else problems.push(`code ${id} (${describeCode(code)}) is closed where it was not opened`);
  }
  for (const id of open) problems.push(`code ${id} (${describeCode(by.get(id)!)}) is not closed`);
  for (const c of english.codes)
    if (!used.has(c.id) && !optional(c)) problems.push(`code ${c.id} (${describeCode(c)}) is missing`);
  return [...new Set(problems)];
}
