/**
 * What a translated page tells its reader about the translation: which kind it is (machine translated;
 * machine translated and reviewed by a translator; translated by a translator), and how much of it is
 * outdated or missing. The words come from the locale's UI strings (`notice.*` in common.json).
 */
import type { PageMatch } from './match';

export type TranslationKind = 'machine' | 'machine-reviewed' | 'translated';

/** The UI string that names each kind. */
export const KIND_KEYS: Record<TranslationKind, string> = {
  machine: 'notice.machine',
  'machine-reviewed': 'notice.machineReviewed',
  translated: 'notice.translated',
};

/**
 * The kind of a page's translation: machine translated while any machine translation it shows lacks a
 * review that holds; machine translated and reviewed when every one has one; translated when it shows no
 * machine translation. Undefined when nothing is translated yet.
 */
export function translationKind(
  m: Pick<PageMatch, 'machine' | 'unreviewedMachine' | 'counts'>,
): TranslationKind | undefined {
  if (m.counts.current + m.counts.outdated === 0) return undefined;
  if (m.unreviewedMachine) return 'machine';
  return m.machine ? 'machine-reviewed' : 'translated';
}

export interface NoticeLine {
  kind: TranslationKind | 'outdated' | 'missing';
  text: string;
}

/** The notice's lines, in order, worded by `t` (i18next's or the islands' translator). */
export function noticeLines(
  m: Pick<PageMatch, 'machine' | 'unreviewedMachine' | 'counts'>,
  t: (key: string, vars?: Record<string, string | number>) => string,
): NoticeLine[] {
  const lines: NoticeLine[] = [];
  const kind = translationKind(m);
  if (kind) lines.push({ kind, text: t(KIND_KEYS[kind]) });
  const { outdated, missing, total } = m.counts;
  if (outdated > 0) lines.push({ kind: 'outdated', text: t('notice.outdated', { count: outdated, total }) });
  if (missing > 0) lines.push({ kind: 'missing', text: t('notice.missing', { count: missing, total }) });
  return lines;
}
