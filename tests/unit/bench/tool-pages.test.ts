import { describe, expect, it } from 'vitest';
import { toolPageMarkdown } from '../../../bench/core/tool-pages';
import type { LocaleStatus } from '../../../src/domain/translation/status';

const ui = {
  missing: 0,
  extra: 0,
  placeholder: 0,
  plural: 0,
  empty: 0,
  markup: 0,
  other: 0,
  details: [],
  untranslated: [],
  total: 0,
};
const report: LocaleStatus[] = [
  {
    locale: 'tr',
    name: 'Türkçe',
    ui,
    totals: { current: 30, outdated: 5, missing: 5, total: 40, reviewed: 12 },
    pages: [
      {
        page: 'overview',
        current: 30,
        outdated: 5,
        missing: 5,
        total: 40,
        reviewed: 12,
        machine: true,
        unreviewedMachine: true,
        kind: 'machine',
        staleReviews: 0,
        unused: 0,
        problems: [],
      },
      {
        page: 'translating',
        current: 0,
        outdated: 0,
        missing: 10,
        total: 10,
        reviewed: 0,
        machine: false,
        unreviewedMachine: false,
        kind: 'none',
        staleReviews: 0,
        unused: 0,
        problems: [],
      },
    ],
  },
];
const files = toolPageMarkdown({
  tag: 'en',
  deadline: {
    page: {
      title: 'Deadline calculator',
      description: 'When does it close?',
      intro: 'Enter the date.',
      customersLink: 'For customers',
    },
  },
  status: {
    title: 'Translation status',
    intro: 'How much is translated.',
    howTo: 'Same as the CLI.',
    guideLink: 'How to translate',
    current: 'Current',
    outdated: 'Outdated',
    missing: 'Missing',
    coverage: 'Coverage',
    type: 'Translation',
    page: 'Page',
    machine: 'Machine',
    human: 'Human',
    reviewed: 'Reviewed',
    machineReviewed: 'Machine, reviewed',
    summary_one:
      '{{current}} of {{total}} passage current ({{percent}}); {{outdated}} outdated; {{missing}} missing; {{reviewed}} reviewed.',
    summary_other:
      '{{current}} of {{total}} passages current ({{percent}}); {{outdated}} outdated; {{missing}} missing; {{reviewed}} reviewed.',
  },
  report,
  localeNames: { tr: 'Türkçe' },
  pageTitle: (slug) => (slug === 'overview' ? 'Overview | intro' : 'Translating'),
});

describe('toolPageMarkdown', () => {
  it('writes the calculator page with our title, description and intro', () => {
    expect(files['opt-out-deadline']).toBe(
      '---\ntitle: "Deadline calculator"\ndescription: "When does it close?"\n---\n\nEnter the date.\n\n[For customers](../for-customers/)\n',
    );
  });
  it('writes the status figures as tables, one section per locale', () => {
    const md = files['translation-status']!;
    expect(md).toContain('## Türkçe\n\n30 of 40 passages current (75%); 5 outdated; 5 missing; 12 reviewed.');
    expect(md).toContain('| [Overview \\| intro](../../tr/overview/) | 30 | 5 | 5 | 12 | 75% | Machine |');
    expect(md).toContain('| [Translating](../../tr/translating/) | 0 | 0 | 10 | 0 | 0% | — |');
  });
});
