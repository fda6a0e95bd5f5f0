/**
 * Pages in real MDX, built by the site's own pipeline (tests/lib/fixture-site.ts): a page that imports a
 * component, uses expressions and inline elements renders in English and in Turkish, where its passages are
 * translated, outdated and missing; the corpus cases MDX now accepts render too.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPage, fixtureSite } from '../../lib/fixture-site';

let dist = '';
beforeAll(() => {
  dist = fixtureSite();
}, 600_000);

const page = (route: string) => parse(builtPage(dist, route));
const body = (root: HTMLElement) => root.querySelector('.doc-body')!;
const text = (el: HTMLElement | null | undefined) => el?.text.replace(/\s+/g, ' ').trim() ?? '';

describe('a page that imports a component, uses expressions and inline elements', () => {
  it('renders in English: the expression evaluated, the imported component and inline elements in place', () => {
    const en = page('en/fixture-page/');
    const b = body(en);
    expect(text(b.querySelector('[data-b="1"]'))).toBe(
      'Customers have 5 business days to opt out. The CPOR model names one partner.',
    );
    expect(b.querySelector('abbr[title="Claiming Partner of Record"]')?.text).toBe('CPOR');
    // <Steps> is the Checklist component, imported by the page under its own name.
    expect(b.querySelectorAll('.checklist li p[data-b]').map(text)).toEqual([
      'Open Partner Center.',
      'Select Submit when you are done.',
    ]);
    expect(b.querySelector('.checklist kbd')?.text).toBe('Submit');
    expect(b.querySelector('td[data-b] abbr[title="Proof of execution"]')?.text).toBe('PoE');
    expect(b.querySelectorAll('h2').map((h) => h.id)).toEqual(['what-a-page-may-use', 'next-steps']);
    expect(en.querySelectorAll('.toc a').map((a) => a.getAttribute('href'))).toEqual([
      '#what-a-page-may-use',
      '#next-steps',
    ]);
  });

  it('renders in Turkish with its passages translated, outdated and missing', () => {
    const tr = page('tr/fixture-page/');
    const b = body(tr);
    expect(text(tr.querySelector('h1'))).toBe('Gerçek MDX ile bir sayfa');
    // Current, with the expression kept as code: it is evaluated in the translation too.
    const first = b.querySelector('[data-b="1"]')!;
    expect(text(first)).toContain('Müşterilerin ilişkilendirmeyi reddetmek için 5 iş günü vardır.');
    // Outdated: the translation with its flag, and today's English one click away.
    const outdated = first.querySelector('.seg-outdated')!;
    expect(outdated.querySelector('abbr[title="Claiming Partner of Record"]')?.text).toBe('CPOR');
    expect(text(outdated)).toContain('modeli bir iş ortağını adlandırır.');
    const flag = outdated.querySelector('button.seg-flag')!;
    const pop = b.querySelector(`#${flag.getAttribute('popovertarget')}`)!;
    expect(pop.getAttribute('popover')).toBe('auto');
    expect(text(pop.querySelector('[lang="en"]'))).toBe('The CPOR model names one partner.');
    expect(pop.querySelector('[lang="en"] abbr')?.getAttribute('title')).toBe('Claiming Partner of Record');
    // Missing: the English, marked as English, inline element and all.
    const missing = b.querySelector('.checklist .seg-missing')!;
    expect(missing.getAttribute('lang')).toBe('en');
    expect(text(missing)).toBe('Select Submit when you are done.');
    expect(missing.querySelector('kbd')?.text).toBe('Submit');
    // Braces the English has no expression for are text.
    expect(text(b.querySelector('.checklist li p'))).toBe("Partner Center'ı açın {not an expression}.");
    // A pipe in a translated cell stays in its cell; a translated heading and paragraph stay what they were.
    expect(b.querySelectorAll('tbody td').map(text)).toEqual([
      'PoE | yürütme kanıtı',
      'A statement of work signed by the customer.',
    ]);
    expect(text(b.querySelectorAll('h2')[1])).toBe('# Sonraki adımlar');
    const last = b.querySelectorAll('p[data-b]').at(-1)!;
    expect(text(last)).toBe('- Önce genel bakışı okuyun.');
    // The link keeps today's English destination.
    expect(last.querySelector('a')?.getAttribute('href')).toBe(
      '../overview/#explaining-claiming-partner-of-record-cpor-to-customers',
    );
    expect(tr.querySelector('.translation-notice')?.text).toMatch(/makine/i);
  });

  it('keeps every block, its number and its heading ids the same in English and in Turkish', () => {
    const blocks = (route: string) =>
      body(page(route))
        .querySelectorAll('[data-b]')
        .map((el) => `${el.tagName}#${el.getAttribute('data-b')}${el.id ? `:${el.id}` : ''}`);
    expect(blocks('tr/fixture-page/')).toEqual(blocks('en/fixture-page/'));
    expect(
      page('tr/fixture-page/')
        .querySelectorAll('.toc a')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#what-a-page-may-use', '#next-steps']);
  });
});

describe('corpus cases that pages in real MDX accept', () => {
  it('content-import: the imported component renders', () => {
    const b = body(page('en/corpus-content-import/'));
    expect(b.querySelectorAll('.checklist li').map(text)).toEqual([
      'An Incentives admin submits the association.',
      'The customer may opt out within the time the notice gives.',
    ]);
    expect(text(page('tr/corpus-content-import/').querySelector('.doc-body .checklist'))).toContain(
      'An Incentives admin submits the association.',
    );
  });

  it('content-expression: the expression runs at build time, in English and in a translation', () => {
    for (const route of ['en/corpus-content-expression/', 'hu/corpus-content-expression/']) {
      const line = text(body(page(route)).querySelectorAll('p[data-b]').at(-1));
      const date = /^The window closes on (.+)\.$/.exec(line)?.[1];
      expect(date, route).toBeDefined();
      expect(Number.isNaN(Date.parse(date!)), route).toBe(false);
    }
  });
});
