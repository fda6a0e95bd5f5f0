/** The lifecycle diagram rendered as the build renders it (Lifecycle.astro → LifecycleDiagram, server only). */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import {
  conflictGroups,
  LifecycleDiagram,
  type LifecycleView,
} from '../../../src/components/lifecycle/LifecycleDiagram';
import { createTranslator } from '../../../src/domain/i18n/format';
import { LOCALES } from '../../../src/domain/i18n/locales';
import {
  LIFECYCLE_STATUSES,
  NOTIFICATIONS,
  TRANSITIONS,
  transitionsFrom,
} from '../../../src/domain/lifecycle/association';

/** The moves as the diagram draws them: under the status they leave, statuses in order. */
const DRAWN = LIFECYCLE_STATUSES.flatMap((s) => transitionsFrom(s.id));

const strings = (code: string) => JSON.parse(readFileSync(`locales/${code}/lifecycle.json`, 'utf8'));

function render(code: string, view: LifecycleView) {
  const tag = LOCALES.find((l) => l.code === code)!.tag;
  const html = renderToString(<LifecycleDiagram t={createTranslator(strings(code), tag)} lang={tag} view={view} />);
  return { html, root: parse(html) };
}

/** A key the translator could not find comes back as the key itself. */
const KEY_LEFT = /\b(statuses|moves|actor|days|limit|period|topics|intro)\.[\w-]+/;

describe('the life of an association, rendered', () => {
  for (const code of ['en', 'ar'])
    for (const view of ['partner', 'customer'] as const) {
      it(`${code}, ${view} view: every status in order, every move with who, next status, limit and sources`, () => {
        const { html, root } = render(code, view);
        const s = strings(code);
        const statuses = root.querySelectorAll('ol.lc__flow > li');
        expect(statuses.map((li) => li.id)).toEqual(LIFECYCLE_STATUSES.map((x) => `lc-${view}-${x.id}`));
        for (const [i, li] of statuses.entries())
          expect(li.querySelector('.lc__name')!.text).toContain(s.statuses[LIFECYCLE_STATUSES[i]!.id].name);

        const moves = root.querySelectorAll('.lc__t');
        expect(DRAWN).toHaveLength(TRANSITIONS.length);
        expect(moves).toHaveLength(TRANSITIONS.length);
        for (const [i, t] of DRAWN.entries()) {
          const li = moves[i]!;
          const text = li.text;
          expect(li.closest('.lc__s')!.id).toBe(`lc-${view}-${t.from}`);
          expect(text).toContain(s.moves[t.id]);
          expect(text).toContain(s.actor[t.actor]);
          // The next status is a link to its node, named.
          const link = li.querySelector('.lc__to a')!;
          expect(link.getAttribute('href')).toBe(`#lc-${view}-${t.to}`);
          expect(link.text).toContain(s.statuses[t.to].name);
          for (const id of t.sources) expect(li.querySelector('.lc__src')!.text).toContain(id);
          if (!t.limit) expect(text).toContain(s.limit.none);
          else expect(text).not.toContain(s.limit.none);
        }
        // Symbols are for the eye only; the words carry the meaning.
        for (const sym of root.querySelectorAll('.lc__sym, .lc__arrow'))
          expect(sym.getAttribute('aria-hidden')).toBe('true');
        expect(html).not.toMatch(KEY_LEFT);
        expect(root.querySelector('figure')!.getAttribute('aria-labelledby')).toBe(`lc-${view}-title`);
        expect(root.querySelector(`#lc-${view}-title`)!.text).toBe(s.title);
      });
    }

  it('states the limits in words, with what they count from', () => {
    const { root } = render('en', 'partner');
    const move = (id: string) => root.querySelectorAll('.lc__t')[DRAWN.findIndex((t) => t.id === id)]!.text;
    expect(move('review-starts')).toContain('Time limit: 5 business days from submission');
    expect(move('customer-declines-after-approval')).toContain('Time limit: 7 days from the approval');
    expect(move('dispute')).toContain('Time limit: 30 days from the rejection');
    expect(move('customer-declines-any-time')).toContain('Time limit: none stated in the sources');
    expect(move('partner-ends-current')).toContain("Sources: S18, A1, Microsoft's current pages");
    expect(move('submit')).toContain("Microsoft's pages of 2019–2021 and Microsoft's current pages");
  });

  it('shows every version where the sources disagree, labelled, in the flow and together', () => {
    const { root } = render('en', 'partner');
    const versions = root.querySelectorAll('.lc__version').map((p) => p.text);
    expect(versions).toEqual(
      [
        'Version 1 of 3: how long the customer has to opt out',
        'Version 2 of 3: how long the customer has to opt out',
        'Version 3 of 3: how long the customer has to opt out',
        'Version 1 of 2: how the partner ends an association',
        'Version 2 of 2: how the partner ends an association',
      ].map((v) => `⚠${v}`),
    );
    const told = root.querySelectorAll('.lc__told').map((p) => p.text);
    expect(told).toEqual([
      "●The customer is told at this point: version 1 of 2 (S3, Microsoft's pages of 2019–2021)",
      "●The customer is told at this point: version 2 of 2 (S8, Microsoft's pages of 2019–2021)",
    ]);
    expect(root.querySelectorAll('.lc__edit')).toHaveLength(2);
    const summary = root.querySelectorAll('.lc__conflicts > ul > li');
    expect(summary.map((li) => li.querySelectorAll('ol > li').length)).toEqual([
      NOTIFICATIONS.length,
      2,
      ...conflictGroups().map((g) => g.versions.length),
    ]);
    expect(summary[2]!.text).toContain('S15, S17');
  });

  it('marks what the customer is told and can do in the customers’ view only', () => {
    const customerItems = TRANSITIONS.filter((t) => t.customer).length + NOTIFICATIONS.length;
    const customer = render('en', 'customer').root;
    expect(customer.querySelector('figure')!.classList.contains('lc--customer')).toBe(true);
    expect(customer.querySelectorAll('.lc__c')).toHaveLength(customerItems);
    expect(customer.querySelectorAll('.lc__c .lc__mark')).toHaveLength(customerItems);
    expect(customer.querySelectorAll('.lc__mark').every((m) => m.text === 'Customer')).toBe(true);
    const partner = render('en', 'partner').root;
    expect(partner.querySelectorAll('.lc__mark')).toHaveLength(0);
    expect(partner.querySelectorAll('.lc__c')).toHaveLength(customerItems);
  });

  it('renders in every locale without a missing string', () => {
    for (const { code } of LOCALES)
      for (const view of ['partner', 'customer'] as const) expect(render(code, view).html).not.toMatch(KEY_LEFT);
  });
});
