/** Per-locale, per-page translation coverage and UI-string problems: one report for the CLI and the status page. */
import type { Page } from '../content/page';
import { sourceBlocks } from '../content/page';
import type { Locale } from '../i18n/locales';
import type { MessageProblem } from '../i18n/check-messages';
import { matchPage, type PageMatch } from './match';
import type { PageTranslations } from './store';

export interface PageStatus {
  page: string;
  current: number;
  outdated: number;
  missing: number;
  total: number;
  machine: boolean;
  /** Stored units no English passage uses any more. */
  unused: number;
  problems: string[];
}

export interface LocaleStatus {
  locale: string;
  name: string;
  pages: PageStatus[];
  totals: { current: number; outdated: number; missing: number; total: number };
  ui: {
    missing: number;
    extra: number;
    placeholder: number;
    plural: number;
    empty: number;
    markup: number;
    other: number;
    details: MessageProblem[];
  };
}

/** One page's row of the report, from how a locale's stored units cover it. */
export function pageStatus(page: string, m: PageMatch): PageStatus {
  return {
    page,
    ...m.counts,
    machine: m.machine,
    unused: m.unused.length,
    problems: m.problems.map((x) => `"${x.source.slice(0, 60)}": ${x.message}`),
  };
}

/** A locale's report from its pages' rows; `uiProblems` are every locale's UI-string problems. */
export function localeStatus(
  l: Locale,
  rows: readonly PageStatus[],
  uiProblems: readonly MessageProblem[],
): LocaleStatus {
  const totals = rows.reduce(
    (a, r) => ({
      current: a.current + r.current,
      outdated: a.outdated + r.outdated,
      missing: a.missing + r.missing,
      total: a.total + r.total,
    }),
    { current: 0, outdated: 0, missing: 0, total: 0 },
  );
  const details = uiProblems.filter((p) => p.file.startsWith(`locales/${l.code}/`));
  const count = (k: MessageProblem['kind']) => details.filter((d) => d.kind === k).length;
  return {
    locale: l.code,
    name: l.englishName,
    pages: [...rows],
    totals,
    ui: {
      missing: count('missing'),
      extra: count('extra'),
      placeholder: count('placeholder'),
      plural: count('plural'),
      empty: count('empty'),
      markup: count('markup'),
      other: count('type'),
      details,
    },
  };
}

/** Computes the report; `translations(locale, slug)` returns a page's stored file or undefined. */
export function translationStatus(
  pages: readonly Page[],
  locales: readonly Locale[],
  translations: (locale: string, slug: string) => PageTranslations | undefined,
  uiProblems: readonly MessageProblem[],
  source = 'en',
): LocaleStatus[] {
  return locales
    .filter((l) => l.code !== source)
    .map((l) =>
      localeStatus(
        l,
        pages.map((p) => pageStatus(p.slug, matchPage(sourceBlocks(p), translations(l.code, p.slug)?.units ?? []))),
        uiProblems,
      ),
    );
}

/** True when nothing in the report is outdated, missing, unused or broken (what --strict demands). */
export function isAllCurrent(status: readonly LocaleStatus[]): boolean {
  return status.every(
    (s) =>
      s.totals.outdated === 0 &&
      s.totals.missing === 0 &&
      s.ui.details.length === 0 &&
      s.pages.every((p) => p.problems.length === 0 && p.unused === 0),
  );
}
