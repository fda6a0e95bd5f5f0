/** Pairs a bilingual Microsoft file's segments with a site page's English segments and merges them into its translations. */
import type { Page } from '../content/page';
import { sourceBlocks } from '../content/page';
import { closeEnough, similarity } from '../translation/similarity';
import { inlineProblems, matchKey, withEnglishLinks } from '../translation/inline-check';
import type { PageTranslations, TranslationUnit } from '../translation/store';
import type { MsDocsDocument, MsDocsUnit } from './parse';

export interface ImportReport {
  page: string;
  locale: string;
  matched: number;
  close: { id: string; english: string; siteEnglish: string; score: number }[];
  unmatched: { id: string; english: string }[];
  /** Existing human translations that the import did not replace. */
  kept: number;
  rejected: { id: string; reason: string }[];
  frontMatter: string[];
}

/** Every run of up to four consecutive passages of a block: what an imported unit may correspond to. */
function candidateRuns(page: Page): string[] {
  const runs: string[] = [];
  for (const block of sourceBlocks(page)) {
    for (let i = 0; i < block.passages.length; i++) {
      for (let len = 1; len <= 4 && i + len <= block.passages.length; len++)
        runs.push(block.passages.slice(i, i + len).join(' '));
    }
  }
  return runs;
}

/** How many of the document's units match the page exactly: used to pick the page a file belongs to. */
export function exactMatches(doc: MsDocsDocument, page: Page): number {
  const keys = new Set(candidateRuns(page).map(matchKey));
  return doc.units.filter((u) => keys.has(matchKey(u.english))).length;
}

/** Merges the document into `existing` (never mutated); returns the new translations and the report. */
export function importMsDocs(
  doc: MsDocsDocument,
  page: Page,
  locale: string,
  existing: PageTranslations | undefined,
  file: string,
): { translations: PageTranslations; report: ImportReport } {
  const runs = candidateRuns(page);
  const byKey = new Map(runs.map((r) => [matchKey(r), r]));
  const commit = doc.meta.sourceCommit.slice(0, 7);
  const origin = `msdocs ${doc.meta.contentLocale} ${commit} (${doc.meta.msDate})`;
  const report: ImportReport = {
    page: page.slug,
    locale,
    matched: 0,
    close: [],
    unmatched: [],
    kept: 0,
    rejected: [],
    frontMatter: [],
  };
  const incoming: TranslationUnit[] = [];

  const take = (u: MsDocsUnit, siteEnglish: string, source: string) => {
    const target = withEnglishLinks(u.target, siteEnglish);
    const problems = inlineProblems(target, source);
    if (problems.length) {
      report.rejected.push({ id: u.id, reason: problems.join('; ') });
      return false;
    }
    incoming.push({ source, target, type: doc.meta.translationType, origin });
    return true;
  };

  for (const u of doc.units) {
    const exact = byKey.get(matchKey(u.english));
    if (exact !== undefined) {
      if (take(u, exact, exact)) report.matched++;
      continue;
    }
    let best = { run: '', score: 0 };
    for (const run of runs) {
      const score = similarity(matchKey(u.english), matchKey(run));
      if (score > best.score) best = { run, score };
    }
    if (best.run && closeEnough(best.score, u.english.length)) {
      // Stored with the English it was made from, so the page shows it as outdated.
      if (take(u, best.run, withEnglishLinks(u.english, best.run))) {
        report.close.push({
          id: u.id,
          english: u.english,
          siteEnglish: best.run,
          score: Math.round(best.score * 100) / 100,
        });
      }
    } else {
      report.unmatched.push({ id: u.id, english: u.english });
    }
  }
  // The file carries no English for its front matter; the title is paired by field, the description is not
  // (its English differs between Microsoft's versions and this site's).
  incoming.unshift({
    source: page.data.title,
    target: doc.meta.title,
    type: doc.meta.translationType,
    origin: `${origin} front matter`,
  });
  report.frontMatter.push('title paired by field', 'description left for translation (no English in the file)');

  const units = [...(existing?.units ?? [])];
  for (const unit of incoming) {
    const at = units.findIndex((e) => matchKey(e.source) === matchKey(unit.source));
    if (at === -1) units.push(unit);
    else if (units[at]!.type === 'HT' && unit.type === 'MT') report.kept++;
    else units[at] = unit;
  }
  // Keep the file in page order, so a translator reads it top to bottom.
  const order = new Map(runs.map((r, i) => [matchKey(r), i] as const));
  const rank = (u: TranslationUnit) => order.get(matchKey(u.source)) ?? Number.MAX_SAFE_INTEGER;
  units.sort((a, b) => rank(a) - rank(b));
  const imports = (existing?.imports ?? []).filter((i) => i.file !== file);
  imports.push({
    format: 'msdocs',
    file,
    locale: doc.meta.contentLocale,
    translationType: doc.meta.translationType,
    sourceCommit: doc.meta.sourceCommit,
    msDate: doc.meta.msDate,
    handoff: doc.meta.handoff,
  });
  return { translations: { page: page.slug, locale, imports, units }, report };
}
