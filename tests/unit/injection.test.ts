/**
 * Injected markup never reaches a page: stored translations with script payloads are refused (the English
 * is shown) or rendered as inert text, and script payloads in the islands' URL parameters are refused and
 * never become markup. The translations are built into a copy of the site (tests/lib/fixture-site.ts), so
 * what is checked is the page the real pipeline renders. The browser-side counterpart lives in the
 * end-to-end tests.
 */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { DeadlineCalculator } from '../../src/components/deadline/DeadlineCalculator';
import { holidayRegionCodes } from '../../scripts/lib/holiday-source';
import { holidayRegionOptions } from '../../src/lib/holiday-files';
import { packRegionOptions } from '../../src/domain/deadline/regions';
import { QueryErrors } from '../../src/components/wizard/QueryErrors';
import type { WizardContext } from '../../src/components/wizard/parts';
import { sourceBlocks } from '../../src/domain/content/page';
import { parseDeadlineQuery } from '../../src/domain/deadline/query';
import { GUIDE_SLUGS, GUIDES } from '../../src/domain/eligibility/evaluation';
import { queryHref } from '../../src/domain/eligibility/href';
import { parseWizardQuery } from '../../src/domain/eligibility/query';
import { questions } from '../../src/domain/eligibility/questions';
import { createTranslator, type Messages } from '../../src/domain/i18n/format';
import { matchPage } from '../../src/domain/translation/match';
import { builtPage, fixtureSite, overviewPage } from '../lib/fixture-site';
import { overviewPayloads } from '../lib/payloads';

const overview = overviewPage();
const messages = (ns: string) => JSON.parse(readFileSync(`locales/en/${ns}.json`, 'utf8')) as Messages;

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset']);

/** Everything in rendered HTML that could run script: script elements, on* handlers, javascript: URLs. */
function scriptable(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('a <script in the markup');
  for (const el of parse(html).querySelectorAll('*') as HTMLElement[]) {
    if (el.tagName === 'SCRIPT') found.push('<script> element');
    for (const [name, value] of Object.entries(el.attributes)) {
      if (/^on/i.test(name)) found.push(`${name} on <${el.tagName.toLowerCase()}>`);
      if (URL_ATTRIBUTES.has(name.toLowerCase()) && /^\s*(javascript|vbscript|data):/i.test(value))
        found.push(`${name}="${value}" on <${el.tagName.toLowerCase()}>`);
    }
  }
  return found;
}

const { refused, inert } = overviewPayloads(overview);

describe('stored translations with script payloads (the overview in Hungarian, built)', () => {
  const match = matchPage(sourceBlocks(overview), [...refused, ...inert]);
  let root: HTMLElement;
  /** Everything a translation reaches: the title and every block, and the outdated passages' English. */
  let translated = '';
  beforeAll(() => {
    root = parse(builtPage(fixtureSite(), 'hu/overview/'));
    translated = [root.querySelector('h1'), ...root.querySelectorAll('.doc-body [data-b], .doc-body .seg-pops')]
      .map((el) => el!.outerHTML)
      .join('\n');
  }, 600_000);

  it('renders nothing that can run script', () => {
    expect(translated).toContain('data-b');
    expect(scriptable(translated)).toEqual([]);
    expect(translated).not.toMatch(/alert\(2\)|onerror|onload/);
  });

  it('refuses markup, extra links and images, naming the passage, and shows the English instead', () => {
    expect(match.problems.map((p) => p.source).sort()).toEqual(refused.map((u) => u.source).sort());
    for (const u of refused) {
      const runs = [...match.blocks.values()].flat().filter((p) => p.english === u.source);
      expect(
        runs.map((p) => p.state),
        u.source,
      ).toEqual(['missing']);
    }
    expect(root.querySelector('h1')?.text).toBe('CPOR associations overview');
    expect(root.querySelector('h1')?.getAttribute('lang')).toBe('en');
    const missing = root.querySelectorAll('.doc-body .seg-missing[lang="en"]').map((el) => el.text);
    for (const u of refused.filter((x) => x.source !== 'CPOR associations overview'))
      expect(missing, u.source).toContain(u.source.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
  });

  it('shows the accepted ones as text, with the English link destination', () => {
    expect(match.problems.filter((p) => inert.some((u) => u.source === p.source))).toEqual([]);
    const coop = root.querySelectorAll('a').find((a) => a.text === 'co-op talepleri');
    expect(coop?.getAttribute('href')).toBe('../co-op-claims/');
    const body = root.querySelector('.doc-body')!;
    expect(body.text).toContain('Müşterinin bir şey yapması gerekmez {alert(1)}.');
    expect(body.text).toContain('İş ortakları başka verilere erişemez <script>alert(1)</script>.');
    expect(body.text).toContain('Sorunları giderin: javascript:alert(1)');
  });
});

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  '{alert(1)}',
];

describe("script payloads in the deadline calculator's URL", () => {
  const regions = holidayRegionCodes();
  const keys = ['notified', 'approved', 'tz', 'region', 'rule'] as const;
  const query = (key: string, payload: string) =>
    `?${key === 'notified' || key === 'approved' ? '' : 'notified=2026-12-24&'}${key}=${encodeURIComponent(payload)}`;

  it.each(keys.flatMap((k) => PAYLOADS.map((p) => [k, p] as const)))(
    'refuses %s=%s with an error for its field',
    (key, payload) => {
      const { values, errors } = parseDeadlineQuery(query(key, payload), { regions });
      expect(errors.length).toBeGreaterThan(0);
      // No payload becomes a value the calculator computes with.
      if (key === 'notified' || key === 'approved') expect(values.date).toBe('');
      if (key === 'region') expect(values.region).toBe('');
      if (key === 'rule') expect(values.rule).toBe('five-business-days');
    },
  );

  it.each(keys.flatMap((k) => PAYLOADS.map((p) => [k, p] as const)))('renders %s=%s as text only', (key, payload) => {
    const html = renderToString(
      h(DeadlineCalculator, {
        lang: 'en',
        messages: messages('deadline'),
        regions: packRegionOptions(holidayRegionOptions('en')),
        holidaysUrl: '/holidays/',
        initialSearch: query(key, payload),
      }),
    );
    expect(scriptable(html)).toEqual([]);
  });
});

describe("script payloads in the eligibility wizard's URL", () => {
  const ctx: WizardContext = {
    t: createTranslator(messages('wizard'), 'en'),
    tag: 'en',
    level: 1,
    href: queryHref('/en/eligibility/'),
    guideUrls: Object.fromEntries(GUIDE_SLUGS.map((g) => [g, `/en/${GUIDES[g]}`])),
  };
  const searches = PAYLOADS.flatMap((p) => [
    `?audience=${encodeURIComponent(p)}`,
    `?audience=partner&situation=new&goal=${encodeURIComponent(p)}`,
    `?${encodeURIComponent(p)}=partner`,
    `?audience=partner&step=${encodeURIComponent(p)}`,
  ]);

  it.each(searches)('refuses %s and never echoes it', (search) => {
    const parsed = parseWizardQuery(search);
    expect(parsed.errors.length).toBeGreaterThan(0);
    // Only offered options survive as answers.
    for (const q of questions) {
      const answer = parsed.answers[q.id];
      if (answer !== undefined) expect(q.options).toContain(answer);
    }
    const html = renderToString(h(QueryErrors, { ctx, errors: parsed.errors, answers: parsed.answers }));
    expect(scriptable(html)).toEqual([]);
    expect(html).not.toMatch(/alert\(|<svg|<img|javascript:/);
  });
});
