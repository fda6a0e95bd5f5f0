/**
 * The calculator and translation-status pages for the Starlight copy of the site: the same texts and
 * figures as ours in plain Markdown (Starlight has no calculator; the status page has no bars).
 */
import { createTranslator, type Messages } from '../../src/domain/i18n/format';
import type { LocaleStatus } from '../../src/domain/translation/status';

export interface ToolPageInput {
  tag: string;
  /** Our `deadline` and `status` UI-string namespaces for the locale. */
  deadline: Messages;
  status: Messages;
  report: readonly LocaleStatus[];
  /** Each locale's own name by code. */
  localeNames: Record<string, string>;
  /** A page's title in this locale. */
  pageTitle: (slug: string) => string;
}

const front = (title: string, description: string) =>
  `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n`;
const cell = (s: string) => s.replace(/\|/g, '\\|');
/** The "Translation" column, as our status page words it. */
const TYPE: Record<LocaleStatus['pages'][number]['kind'], (s: (key: string) => string) => string> = {
  none: () => '—',
  machine: (s) => s('machine'),
  'machine-reviewed': (s) => s('machineReviewed'),
  translated: (s) => s('human'),
};

/** Markdown files by slug: `opt-out-deadline` and `translation-status`. */
export function toolPageMarkdown(input: ToolPageInput): Record<string, string> {
  const d = createTranslator(input.deadline, input.tag);
  const s = createTranslator(input.status, input.tag);
  const pct = new Intl.NumberFormat(input.tag, { style: 'percent', maximumFractionDigits: 0 });
  const num = new Intl.NumberFormat(input.tag);
  const share = (n: number, total: number) => (total ? n / total : 0);

  const calculator = `${front(d('page.title'), d('page.description'))}${d('page.intro')}\n\n[${d('page.customersLink')}](../for-customers/)\n`;

  const sections = input.report.map((l) => {
    const rows = l.pages.map(
      (p) =>
        `| [${cell(input.pageTitle(p.page))}](../../${l.locale}/${p.page}/) | ${num.format(p.current)} | ${num.format(p.outdated)} | ${num.format(p.missing)} | ${num.format(p.reviewed)} | ${pct.format(share(p.current, p.total))} | ${TYPE[p.kind](s)} |`,
    );
    return [
      `## ${input.localeNames[l.locale] ?? l.locale}`,
      s('summary', {
        count: l.totals.total,
        current: num.format(l.totals.current),
        total: num.format(l.totals.total),
        percent: pct.format(share(l.totals.current, l.totals.total)),
        outdated: num.format(l.totals.outdated),
        missing: num.format(l.totals.missing),
        reviewed: num.format(l.totals.reviewed),
      }),
      `| ${[s('page'), s('current'), s('outdated'), s('missing'), s('reviewed'), s('coverage'), s('type')].join(' | ')} |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}`,
    ].join('\n\n');
  });
  const status = `${front(s('title'), s('intro'))}${s('intro')}\n\n${s('howTo')} [${s('guideLink')}](../translating/)\n\n${sections.join('\n\n')}\n`;
  return { 'opt-out-deadline': calculator, 'translation-status': status };
}
