import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { localizedMarkdown, type MarkdownLabels } from '../../../bench/core/markdown';
import { loadPage, sourceBlocks } from '../../../src/domain/content/page';
import { matchPage } from '../../../src/domain/translation/match';
import type { TranslationUnit } from '../../../src/domain/translation/store';

const source = `---
title: Create a claim
description: How to create a claim. It takes a minute.
order: 3
lastChecked: 2026-11-22
derivedFromMicrosoft: true
sources: [S1]
---

import EligibilityWizard from '../../../components/content/EligibilityWizard.astro';

Open **Incentives** first. Then select [Claims](../manage-associations/).

<Callout kind="conflict">

The pages disagree on the window.

</Callout>

<Roles>

- Incentives admin

</Roles>

<EligibilityWizard />

| Area | Activity |
|---|---|
| Business | Usage |

## Next steps
`;

const labels: MarkdownLabels = {
  calloutNote: 'Note',
  calloutWarning: 'Warning',
  calloutConflict: 'Sources disagree',
  appliesTo: 'Applies to',
  roles: 'Roles',
  sources: 'Sources',
  sourcesIntro: 'Where this comes from.',
  lastChecked: 'Checked on 22 November 2026',
  credit: 'CC BY 4.0 credit.',
};
const page = loadPage('src/content/docs/en/create-claim.mdx', source);
const ht = (s: string, t: string): TranslationUnit => ({ source: s, target: t, type: 'HT' });
const front = (md: string) =>
  parseYaml(/^---\n([\s\S]*?)\n---/.exec(md)![1]!) as {
    title: string;
    description: string;
    sidebar: { order: number };
  };

describe('localizedMarkdown', () => {
  it('keeps the English page when there is no match (the source locale)', () => {
    const md = localizedMarkdown(page, undefined, labels);
    expect(front(md)).toEqual({
      title: 'Create a claim',
      description: 'How to create a claim. It takes a minute.',
      sidebar: { order: 3 },
    });
    expect(md).toContain('Open **Incentives** first. Then select [Claims](../manage-associations/).');
  });

  it("puts translations in place, English where a passage is missing, with today's links", () => {
    const units = [
      ht('Create a claim', 'Talep oluşturun'),
      ht('How to create a claim.', 'Nasıl talep oluşturulur.'),
      ht('Open **Incentives** first.', 'Önce **Incentives** açın.'),
      ht('Then select [Claims](old-link.md).', 'Sonra [Talepler](old-link.md) seçin.'),
      ht('Usage', 'Kullanım | ölçüm'),
    ];
    const md = localizedMarkdown(page, matchPage(sourceBlocks(page), units), labels);
    expect(front(md).title).toBe('Talep oluşturun');
    expect(front(md).description).toBe('Nasıl talep oluşturulur. It takes a minute.');
    expect(md).toContain('Önce **Incentives** açın. Sonra [Talepler](../manage-associations/) seçin.');
    expect(md).toContain('The pages disagree on the window.');
    // A pipe inside a translated table cell must not split the cell.
    expect(md).toContain('| Business | Kullanım \\| ölçüm |');
    expect(md).toContain('## Next steps');
  });

  it('maps components to Starlight asides and labelled lists and drops the islands and their imports', () => {
    const md = localizedMarkdown(page, undefined, labels);
    expect(md).not.toMatch(/^import /m);
    expect(md).toMatch(/:::danger\[Sources disagree\]\n+The pages disagree on the window\.\n+:::/);
    expect(md).toMatch(/\*\*Roles\*\*\n\n- Incentives admin/);
    expect(md).not.toMatch(/<\/?(Callout|Roles|EligibilityWizard)/);
  });

  it('ends with the page meta our pages show: last checked, sources (title and URL from the register), credit', () => {
    const md = localizedMarkdown(page, undefined, labels);
    const tail = md.slice(md.indexOf('Checked on'));
    expect(tail).toMatch(
      /^Checked on 22 November 2026\n\n## Sources\n\nWhere this comes from\.\n\n- S1 \[CPOR associations overview \(incentives-customer-associations-intro\.md\), version of 20 May 2021\]\(https:\/\/github\.com\/MicrosoftDocs\/[^)]+\/757d6c7\/[^)]+\)\n\nCC BY 4\.0 credit\.\n$/,
    );
  });
});
