import { readFileSync } from 'node:fs';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { createTranslator, type Messages } from '../../../src/domain/i18n/format';
import { GUIDE_SLUGS, GUIDES } from '../../../src/domain/eligibility/evaluation';
import { staticHref } from '../../../src/domain/eligibility/href';
import { fromStatePath } from '../../../src/domain/eligibility/statePath';
import { enumerateStates } from '../../../src/domain/eligibility/states';
import { StaticScreen } from '../../../src/components/wizard/StaticScreen';
import { stateId, WizardStates } from '../../../src/components/wizard/WizardStates';
import type { WizardContext } from '../../../src/components/wizard/parts';

const base = '/site/en/eligibility/steps/#/';
const messages = JSON.parse(readFileSync('locales/en/wizard.json', 'utf8')) as Messages;
const ctx: WizardContext = {
  t: createTranslator(messages, 'en'),
  tag: 'en',
  level: 1,
  href: staticHref(base),
  guideUrls: Object.fromEntries(GUIDE_SLUGS.map((g) => [g, `/site/en/${GUIDES[g]}`])),
};
const states = enumerateStates();
const paths = new Set(states.map((s) => s.path));
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

describe('wizard states without JavaScript', () => {
  it.each(states.map((s) => [s.path || '(start)', s] as const))('%s works with plain links only', (_, s) => {
    const html = render(<StaticScreen ctx={ctx} state={fromStatePath(s.path)!} />);
    for (const href of hrefs(html)) {
      if (href.startsWith(base)) expect(paths, href).toContain(href.slice(base.length));
      else expect(href.startsWith('/site/en/')).toBe(true);
    }
    expect(html).not.toMatch(/<form|<input|<script/);
    // Every string resolved: no message key leaks into the page.
    expect(html).not.toMatch(
      /\b(questions|outcomes|reasons|notes|conflicts|changeHints|checklist|sources|ui|errors|guides)\.[a-z]/,
    );
    if (s.kind === 'question') {
      expect(html).toMatch(/<fieldset[^>]*aria-describedby="wz-[a-z]+-hint"/);
      expect(html).toMatch(/<legend class="wz-legend"><h1/);
    }
    if (s.kind === 'result') {
      expect(html).toContain('Source');
      // What the outcome rests on, and when it was last checked.
      expect(html).toContain('This result rests on Microsoft');
      expect(html).toContain('Last checked against Microsoft');
    }
  });

  it('offers every answer to a question as a link to the state it reaches', () => {
    const html = render(<StaticScreen ctx={ctx} state={fromStatePath('partner/new/')!} />);
    const links = hrefs(html).map((h) => h.slice(base.length));
    expect(links).toEqual([
      'partner/',
      ...['mws-usage/', 'ba-presales/', 'ba-usage/', 'ba-revenue/', 'coop/', 'unknown/', 'none/'].map(
        (g) => `partner/new/${g}`,
      ),
    ]);
    expect(html).toContain('Modern Work and Security Usage (formerly OSU-Microsoft 365)');
  });
});

describe('the plain version: every state on one page', () => {
  const page = render(<WizardStates ctx={{ ...ctx, href: staticHref('#/'), level: 2 }} states={states} />);
  const sections = [...page.matchAll(/<section id="([^"]*)" class="(wz-state[^"]*)"/g)].map((m) => ({
    id: m[1]!,
    cls: m[2]!,
  }));
  const ids = [...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);

  it('has one section per state, its id the state path after a slash', () => {
    expect(sections.map((s) => s.id).sort()).toEqual(states.map((s) => stateId(s.path)).sort());
  });

  it('puts the first question last, the only section shown when the URL targets no other', () => {
    expect(sections.at(-1)).toEqual({ id: '/', cls: 'wz-state wz-state--start' });
    expect(sections.filter((s) => s.cls.includes('--start'))).toHaveLength(1);
  });

  it('gives every element a unique id (one hint per question state, not per question)', () => {
    expect(ids.length).toBe(new Set(ids).size);
    for (const m of page.matchAll(/aria-describedby="([^"]*)"/g)) expect(ids).toContain(m[1]);
  });

  it('links only to states on the same page, as fragments', () => {
    const targets = new Set(sections.map((s) => s.id));
    const inWizard = hrefs(page).filter((h) => h.startsWith('#'));
    expect(inWizard.length).toBeGreaterThan(states.length);
    for (const h of inWizard) expect(targets, h).toContain(h.slice(1));
    for (const h of hrefs(page).filter((x) => !x.startsWith('#'))) expect(h.startsWith('/site/en/')).toBe(true);
  });

  it('heads each state one level below the page title', () => {
    expect(page).not.toMatch(/<h1/);
    expect(page.match(/<legend class="wz-legend"><h2/g)).toHaveLength(
      states.filter((s) => s.kind === 'question').length,
    );
  });
});
