/** Per-locale, per-page translation coverage and UI-string problems: one report for the CLI and the status page. */
import type { Page } from '../content/page';
import { sourceBlocks } from '../content/page';
import type { Locale } from '../i18n/locales';
import type { MessageProblem } from '../i18n/check-messages';
import { matchPage, type PageMatch } from './match';
import { translationKind, type TranslationKind } from './notice';
import type { PageTranslations } from './store';
import type { UntranslatedTest } from './untranslated';

export interface PageStatus {
  page: string;
  current: number;
  outdated: number;
  missing: number;
  total: number;
  /** Current passages whose translation a translator reviewed (the review holds for today's texts). */
  reviewed: number;
  machine: boolean;
  /** Some machine translation it shows has no review that holds. */
  unreviewedMachine: boolean;
  /** What the page's notice says: machine translated, machine translated and reviewed, or translated. */
  kind: TranslationKind | 'none';
  /** Shown translations whose review lapsed because the English or the translation changed. */
  staleReviews: number;
  /** Stored units no English passage uses any more. */
  unused: number;
  problems: string[];
}

export interface LocaleStatus {
  locale: string;
  name: string;
  pages: PageStatus[];
  totals: { current: number; outdated: number; missing: number; total: number; reviewed: number };
  ui: {
    missing: number;
    extra: number;
    placeholder: number;
    plural: number;
    empty: number;
    markup: number;
    other: number;
    details: MessageProblem[];
    /** Strings that are the English copied (`namespace:key`): they count as missing. */
    untranslated: string[];
    /** Strings of the locale that have an English counterpart. */
    total: number;
  };
}

/** One page's row of the report, from how a locale's stored units cover it. */
export function pageStatus(page: string, m: PageMatch): PageStatus {
  return {
    page,
    ...m.counts,
    machine: m.machine,
    unreviewedMachine: m.unreviewedMachine,
    kind: translationKind(m) ?? 'none',
    staleReviews: m.staleReviews,
    unused: m.unused.length,
    problems: m.problems.map((x) => `"${x.source.slice(0, 60)}": ${x.message}`),
  };
}

/**
 * A locale's report from its pages' rows; `uiProblems` are every locale's UI-string problems, `uiCopied` the
 * locale's UI strings that are the English copied, and how many it has.
 */
export function localeStatus(
  l: Locale,
  rows: readonly PageStatus[],
  uiProblems: readonly MessageProblem[],
  uiCopied: { keys: string[]; total: number } = { keys: [], total: 0 },
): LocaleStatus {
  const totals = rows.reduce(
    (a, r) => ({
      current: a.current + r.current,
      outdated: a.outdated + r.outdated,
      missing: a.missing + r.missing,
      total: a.total + r.total,
      reviewed: a.reviewed + r.reviewed,
    }),
    { current: 0, outdated: 0, missing: 0, total: 0, reviewed: 0 },
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
      untranslated: uiCopied.keys,
      total: uiCopied.total,
    },
  };
}

export interface StatusExtras {
  /** The locale's test for the English copied as a translation (passages that are one count as missing). */
  untranslated?: (locale: string) => UntranslatedTest;
  /** The locale's UI strings that are the English copied, and how many it has. */
  uiUntranslated?: (locale: string) => { keys: string[]; total: number };
}

/** Computes the report; `translations(locale, slug)` returns a page's stored file or undefined. */
export function translationStatus(
  pages: readonly Page[],
  locales: readonly Locale[],
  translations: (locale: string, slug: string) => PageTranslations | undefined,
  uiProblems: readonly MessageProblem[],
  source = 'en',
  /** A memoized matcher, when the caller already matched the pages (the site does, once per build). */
  matchOf?: (locale: string, page: Page) => PageMatch,
  extras: StatusExtras = {},
): LocaleStatus[] {
  const match =
    matchOf ??
    ((locale: string, page: Page) => {
      const test = extras.untranslated?.(locale);
      return matchPage(
        sourceBlocks(page),
        translations(locale, page.slug)?.units ?? [],
        test ? { untranslated: (e, t) => test(e, t) } : {},
      );
    });
  return locales
    .filter((l) => l.code !== source)
    .map((l) =>
      localeStatus(
        l,
        pages.map((p) => pageStatus(p.slug, match(l.code, p))),
        uiProblems,
        extras.uiUntranslated?.(l.code),
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
      s.ui.untranslated.length === 0 &&
      s.pages.every((p) => p.problems.length === 0 && p.unused === 0),
  );
}
