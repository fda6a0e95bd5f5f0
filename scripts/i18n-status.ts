/**
 * npm run i18n:status [-- --json] [-- --out file.json] [-- --strict]: translation coverage per locale and page,
 * reviewed passages and UI strings, UI-string problems, and the number of quality findings (details:
 * npm run i18n:check). A passage or UI string that is the English copied counts as missing.
 */
import { checkMessages } from '../src/domain/i18n/check-messages';
import { uiPairs, uiReviewCounts } from '../src/domain/translation/review';
import { isAllCurrent, translationStatus } from '../src/domain/translation/status';
import { untranslatedStrings, untranslatedTest } from '../src/domain/translation/untranslated';
import { output, parseArgs } from './lib/args';
import { readGlossary, readLocales, readPages, readResources, readTranslations, readUiState } from './lib/project';
import { qualityFindings } from './lib/quality';

try {
  const args = parseArgs(process.argv.slice(2), ['--out']);
  const json = args.has('--json') || args.get('--out') !== undefined;
  const locales = readLocales();
  const pages = readPages();
  const resources = readResources(locales.map((l) => l.code));
  const ui = checkMessages(resources, Object.fromEntries(locales.map((l) => [l.code, l.tag])));
  const findings = new Map(qualityFindings(locales).map((q) => [q.locale.code, q.findings.length]));
  const tests = new Map(locales.map((l) => [l.code, untranslatedTest(readGlossary(l.code))]));
  const status = translationStatus(pages, locales, readTranslations, ui, 'en', undefined, {
    untranslated: (code) => tests.get(code)!,
    uiUntranslated: (code) => untranslatedStrings(resources.en ?? {}, resources[code] ?? {}, tests.get(code)!),
  }).map((s) => {
    const reviews = uiReviewCounts(readUiState(s.locale), uiPairs(resources.en ?? {}, resources[s.locale] ?? {}));
    return {
      ...s,
      ui: { ...s.ui, reviewed: reviews.reviewed, staleReviews: reviews.stale, unknownReviews: reviews.unknown },
      findings: findings.get(s.locale) ?? 0,
    };
  });
  const enProblems = ui.filter((p) => p.file.startsWith('locales/en/'));
  // Broken UI strings, invalid translations and reviews of keys that do not exist are errors; outdated or
  // missing passages fail only --strict. Quality findings fail `npm run i18n:check -- --strict`.
  const broken =
    status.some((s) => s.pages.some((p) => p.problems.length > 0) || s.ui.unknownReviews.length > 0) || ui.length > 0;
  if (json) {
    output(JSON.stringify({ locales: status, source: { problems: enProblems } }, null, 2), args.get('--out'));
  } else {
    const pct = (n: number, d: number) => (d ? `${Math.round((n / d) * 100)}%` : '-');
    for (const s of status) {
      console.log(
        `\n${s.locale} (${s.name}): ${s.totals.current}/${s.totals.total} current (${pct(s.totals.current, s.totals.total)}), ${s.totals.outdated} outdated, ${s.totals.missing} missing, ${s.totals.reviewed} reviewed; ${s.findings} quality finding(s) (npm run i18n:check -- --locale ${s.locale})`,
      );
      console.log(
        `  ${'page'.padEnd(22)}${'current'.padStart(8)}${'outdated'.padStart(9)}${'missing'.padStart(8)}${'reviewed'.padStart(9)}${'total'.padStart(7)}  notes`,
      );
      for (const p of s.pages) {
        const notes = [
          p.kind === 'machine'
            ? 'machine translated'
            : p.kind === 'machine-reviewed'
              ? 'machine translated, reviewed'
              : '',
          p.staleReviews ? `${p.staleReviews} review(s) lapsed` : '',
          p.unused ? `${p.unused} unused` : '',
          p.problems.length ? `${p.problems.length} invalid` : '',
        ]
          .filter(Boolean)
          .join(', ');
        console.log(
          `  ${p.page.padEnd(22)}${String(p.current).padStart(8)}${String(p.outdated).padStart(9)}${String(p.missing).padStart(8)}${String(p.reviewed).padStart(9)}${String(p.total).padStart(7)}  ${notes}`,
        );
        for (const problem of p.problems) console.log(`      invalid: ${problem}`);
      }
      const u = s.ui;
      const translated = u.total - u.untranslated.length;
      console.log(
        `  UI strings: ${translated}/${u.total} translated (${pct(translated, u.total)}); ${u.untranslated.length} the English copied (counted missing), ${u.missing} missing, ${u.extra} extra, ${u.placeholder} placeholder mismatch, ${u.plural} plural category problems, ${u.empty} empty, ${u.markup} with markup; ${u.reviewed} reviewed${u.staleReviews.length ? `, ${u.staleReviews.length} review(s) lapsed` : ''}`,
      );
      for (const d of u.details) console.log(`      ${d.file}: ${d.key}: ${d.message}`);
      if (u.untranslated.length)
        console.log(
          `      the English copied: ${u.untranslated.slice(0, 8).join(', ')}${u.untranslated.length > 8 ? `, … (${u.untranslated.length - 8} more; --json lists all)` : ''}`,
        );
      for (const k of u.unknownReviews)
        console.log(`      locales/${s.locale}/ui-state.json: reviews["${k}"]: there is no such UI string`);
    }
    const all = status.reduce((a, s) => a + s.totals.total, 0);
    const cur = status.reduce((a, s) => a + s.totals.current, 0);
    const rev = status.reduce((a, s) => a + s.totals.reviewed, 0);
    const found = status.reduce((a, s) => a + s.findings, 0);
    console.log(
      `\nsummary: ${status.length} locales, ${pages.length} pages, ${cur}/${all} passages current (${pct(cur, all)}), ${rev} reviewed, ${found} quality finding(s)${isAllCurrent(status) ? ', everything current' : ''}`,
    );
  }
  if (broken) process.exitCode = 1;
  else if (args.has('--strict') && !isAllCurrent(status)) {
    if (!json) console.error('strict: some translations are outdated, missing or have problems');
    process.exitCode = 1;
  }
} catch (err) {
  console.error(`error: ${(err as Error).message}`);
  process.exitCode = 1;
}
