import { readFileSync } from 'node:fs';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { createTranslator, type Messages } from '../../../src/domain/i18n/format';
import { GUIDES } from '../../../src/domain/eligibility/evaluation';
import { staticHref } from '../../../src/domain/eligibility/href';
import { fromStatePath } from '../../../src/domain/eligibility/statePath';
import { enumerateStates } from '../../../src/domain/eligibility/states';
import { StaticScreen } from '../../../src/components/wizard/StaticScreen';
import type { WizardContext } from '../../../src/components/wizard/parts';

const base = '/site/en/eligibility/';
const messages = JSON.parse(readFileSync('locales/en/wizard.json', 'utf8')) as Messages;
const ctx: WizardContext = {
  t: createTranslator(messages, 'en'),
  tag: 'en',
  level: 1,
  href: staticHref(base),
  guideUrls: Object.fromEntries(GUIDES.map((g) => [g, `/site/en/${g}/`])),
};
const states = enumerateStates();
const paths = new Set(states.map((s) => s.path));
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

describe('pre-rendered wizard pages', () => {
  it.each(states.map((s) => [s.path || '(start)', s] as const))('%s works with plain links only', (_, s) => {
    const html = render(<StaticScreen ctx={ctx} state={fromStatePath(s.path)!} />);
    for (const href of hrefs(html)) {
      if (href.startsWith(base)) expect(paths, href).toContain(href.slice(base.length));
      else expect(href.startsWith('/site/en/')).toBe(true);
    }
    expect(html).not.toMatch(/<form|<input|<script/);
    // Every string resolved: no message key leaks into the page.
    expect(html).not.toMatch(/\b(questions|outcomes|reasons|notes|conflicts|changeHints|checklist|sources|ui|errors|guides)\.[a-z]/);
    if (s.kind === 'question' || s.kind === 'draft') {
      expect(html).toMatch(/<fieldset[^>]*aria-describedby="wz-[a-z]+-hint"/);
      expect(html).toMatch(/<legend class="wz-legend"><h1/);
    }
    if (s.kind === 'result') expect(html).toContain('Source');
  });

  it('lets the programs page tick and untick programs, then continue with the ticked set', () => {
    const html = render(<StaticScreen ctx={ctx} state={fromStatePath('partner/choose/osa-sell+coop/')!} />);
    const links = hrefs(html).map((h) => h.slice(base.length));
    expect(links).toContain('partner/choose/coop/');
    expect(links).toContain('partner/choose/osa-sell+osu-m365+coop/');
    expect(links).toContain('partner/osa-sell+coop/');
    expect(links).toContain('partner/none/');
    expect(html).toContain('Selected: OSA Sell (Online Services Advisory) and Co-op programs');
  });
});
