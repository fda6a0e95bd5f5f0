/**
 * The eligibility wizard end to end: the five journeys of issue 15 in two locales (one right-to-left), with
 * JavaScript on (the island, answers in the query) and off (the plain version: every state a fragment of one
 * page), each asserting its outcome and one reason; every link the wizard renders on every outcome followed in
 * both modes (moves, guides, the permanent link and the copied text); history, errors and axe.
 * Labels come from the locale files, so the tests follow the copy.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { evaluate } from '../../src/domain/eligibility/evaluate';
import { OUTCOMES } from '../../src/domain/eligibility/evaluation';
import { serializeWizardQuery } from '../../src/domain/eligibility/serialize';
import { toStatePath } from '../../src/domain/eligibility/statePath';
import { enumerateStates } from '../../src/domain/eligibility/states';
import { expect, test, visit } from './site';

type Msgs = { [k: string]: string | Msgs };
const load = (code: string) => JSON.parse(readFileSync(`locales/${code}/wizard.json`, 'utf8')) as Msgs;
const get = (m: Msgs, key: string): string => {
  const v = key.split('.').reduce<string | Msgs | undefined>((n, k) => (typeof n === 'object' ? n[k] : undefined), m);
  if (typeof v !== 'string') throw new Error(`no message ${key}`);
  return v;
};
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exact = (s: string) => new RegExp(`^\\s*${escapeRe(s)}\\s*$`);

interface Journey {
  name: string;
  /** [question, option] in the order asked. */
  steps: [string, string][];
  outcome: string;
  /** A reason (or note) that must be shown, by key; `{{answer}}` is filled with the answer to `answerOf`. */
  reason: string;
  answerOf?: string;
}

/** The five journeys the issue names. */
const JOURNEYS: Journey[] = [
  {
    name: 'a partner who sells through CSP and wants credit for Microsoft 365 usage gets a CPOR claim, not co-op claims',
    steps: [
      ['audience', 'partner'],
      ['situation', 'new'],
      ['goal', 'mws-usage'],
      ['role', 'admin'],
    ],
    outcome: 'cpor-claim',
    reason: 'reasons.csp-not-asked',
  },
  {
    name: 'a Business Applications partner whose customer bought Dynamics 365 through CSP learns it cannot be claimed, and the fix',
    steps: [
      ['audience', 'partner'],
      ['situation', 'new'],
      ['goal', 'ba-usage'],
      ['purchase', 'csp'],
    ],
    outcome: 'cannot-claim',
    reason: 'reasons.purchase-csp',
    answerOf: 'purchase',
  },
  {
    name: "a customer who received a request gets today's rule first",
    steps: [['audience', 'customer']],
    outcome: 'customer',
    reason: 'reasons.customer-decline',
  },
  {
    name: 'a partner with co-op marketing activities is sent to co-op claims',
    steps: [
      ['audience', 'partner'],
      ['situation', 'new'],
      ['goal', 'coop'],
    ],
    outcome: 'coop-claims',
    reason: 'reasons.goal-coop',
    answerOf: 'goal',
  },
  {
    name: 'a partner who knows neither the old nor the new names learns where to find the engagement, no dead end',
    steps: [
      ['audience', 'partner'],
      ['situation', 'new'],
      ['goal', 'unknown'],
      ['area', 'mws'],
    ],
    outcome: 'find-engagement',
    reason: 'notes.find-engagement',
  },
];
const LANGS = ['en', 'ar'];

/** axe over the page's main content, or over the given parts of it (the plain version: its title and the state shown). */
async function axe(page: Page, parts: string[] = ['main']): Promise<void> {
  const builder = new AxeBuilder({ page });
  for (const part of parts) builder.include(part);
  const results = await builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

/** What the journey's outcome must show: its reason, and for some journeys one thing more. */
async function expectJourneyOutcome(page: Page, scope: string, j: Journey, m: Msgs): Promise<void> {
  const t = (key: string) => get(m, key);
  const answer = j.answerOf ? t(`questions.${j.answerOf}.options.${j.steps.find(([q]) => q === j.answerOf)![1]}`) : '';
  const outcome = page.locator(scope);
  await expect(outcome.getByRole('heading', { name: t(`outcomes.${j.outcome}.title`) })).toBeVisible();
  await expect(outcome).toContainText(t(j.reason).replace('{{answer}}', answer));
  // Every outcome shows what it rests on and when that was last checked.
  await expect(outcome.locator('.wz-basis')).toContainText(/S\d+/);
  if (j.outcome === 'cpor-claim') await expect(outcome).not.toContainText(t('outcomes.coop-claims.title'));
  if (j.outcome === 'cannot-claim') await expect(outcome).toContainText(t('notes.fix-subscription'));
  if (j.outcome === 'customer') {
    // Today's rule comes before the older windows.
    const text = ((await outcome.textContent()) ?? '').replace(/\s+/g, ' ');
    const today = text.indexOf(t('reasons.customer-decline'));
    expect(today).toBeGreaterThan(-1);
    expect(today).toBeLessThan(text.indexOf(t('conflicts.older-windows')));
  }
  if (j.outcome === 'find-engagement') {
    // Not a dead end: a way to change the answer once known, and where to go next.
    await expect(outcome.locator('.wz-hints a')).toHaveCount(1);
    await expect(outcome.getByRole('link', { name: t('guides.get-started') })).toBeVisible();
  }
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

for (const lang of LANGS) {
  const m = load(lang);
  const t = (key: string) => get(m, key);

  test.describe(`${lang}, JavaScript on`, () => {
    for (const j of JOURNEYS) {
      test(`${j.name}; shareable; back and forward`, async ({ page, problems }) => {
        test.setTimeout(60_000);
        await visit(page, `${lang}/eligibility/`);
        for (const [q, v] of j.steps) {
          const group = page.getByRole('group', { name: t(`questions.${q}.legend`) });
          await expect(group).toBeVisible();
          await axe(page);
          await group.getByLabel(t(`questions.${q}.options.${v}`), { exact: true }).check();
          await page.getByRole('button', { name: t('ui.continue') }).click();
        }
        await expect(page.getByRole('heading', { level: 1, name: t('ui.checkTitle') })).toBeFocused();
        await axe(page);
        await page.getByRole('link', { name: t('ui.seeResult') }).click();
        const title = page.getByRole('heading', { level: 1, name: t(`outcomes.${j.outcome}.title`) });
        await expect(title).toBeFocused();
        await expect(page.locator('.wz [aria-live="polite"]')).toContainText(t(`outcomes.${j.outcome}.title`));
        await expectJourneyOutcome(page, '.wz-outcome', j, m);
        await axe(page);

        // Sharing: the URL alone reproduces the result, in a fresh page.
        const shared = page.url();
        expect(shared).toContain('step=result');
        const other = await page.context().newPage();
        await visit(other, shared);
        await expect(other.getByRole('heading', { level: 1, name: t(`outcomes.${j.outcome}.title`) })).toBeVisible();
        await other.close();

        // Browser history moves between steps.
        await page.goBack();
        await expect(page.getByRole('heading', { level: 1, name: t('ui.checkTitle') })).toBeVisible();
        await page.goBack();
        const [lastQ] = j.steps.at(-1)!;
        await expect(page.getByRole('group', { name: t(`questions.${lastQ}.legend`) })).toBeVisible();
        await page.goForward();
        await page.goForward();
        await expect(title).toBeVisible();
        expect(problems).toEqual([]);
      });
    }

    test('changing an earlier answer drops the answers that no longer apply', async ({ page }) => {
      const q = '?audience=partner&situation=new&goal=ba-usage&purchase=vl-web&role=admin';
      await visit(page, `${lang}/eligibility/${q}`);
      await expect(page.getByRole('heading', { level: 1, name: t('ui.checkTitle') })).toBeVisible();
      const rows = page.locator('.wz-summary-row');
      await expect(rows).toHaveCount(5);
      await rows
        .filter({ hasText: t('questions.goal.summary') })
        .getByRole('link')
        .click();
      const group = page.getByRole('group', { name: t('questions.goal.legend') });
      await expect(group.getByLabel(t('questions.goal.options.ba-usage'))).toBeChecked();
      await group.getByLabel(t('questions.goal.options.coop')).check();
      await page.getByRole('button', { name: t('ui.continue') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('ui.checkTitle') })).toBeFocused();
      await expect(rows).toHaveCount(3);
      expect(page.url()).not.toContain('purchase=');
      expect(page.url()).not.toContain('role=');
    });

    test('an unanswered question shows an error summary linked to the field', async ({ page }) => {
      await visit(page, `${lang}/eligibility/?audience=partner`);
      await page.getByRole('button', { name: t('ui.continue') }).click();
      const summary = page.getByRole('alert');
      await expect(summary).toContainText(t('questions.situation.error'));
      await expect(summary).toBeFocused();
      await axe(page);
      await summary.getByRole('link').click();
      await expect(page.getByLabel(t('questions.situation.options.new'))).toBeFocused();
    });

    test('a malformed link explains what is wrong and offers a restart', async ({ page, problems }) => {
      await visit(page, `${lang}/eligibility/?audience=robot&%3Cscript%3E=1`);
      await expect(page.getByRole('heading', { name: t('ui.queryTitle') })).toBeVisible();
      await expect(page.locator('main')).toContainText(get(m, 'errors.invalid-value').replace('{{param}}', 'audience'));
      await expect(page.locator('.wz')).not.toContainText('script');
      await page.getByRole('link', { name: t('ui.startAgain') }).click();
      await expect(page.getByRole('group', { name: t('questions.audience.legend') })).toBeVisible();
      expect(problems).toEqual([]);
    });
  });

  test.describe(`${lang}, JavaScript off`, () => {
    test.use({ javaScriptEnabled: false });
    for (const j of JOURNEYS) {
      test(`${j.name}: plain links from the first question to the result, one state at a time`, async ({
        page,
        browser,
        problems,
      }) => {
        test.setTimeout(90_000);
        const visited: string[] = [];
        await visit(page, `${lang}/eligibility/`);
        for (const [i, [q, v]] of j.steps.entries()) {
          const group = page.getByRole('group', { name: t(`questions.${q}.legend`) });
          await expect(group).toBeVisible();
          visited.push(page.url());
          // After the first answer the reader is on the plain version: one page, one state shown at a time.
          if (i > 0) await expect(page.locator('.wz-state:visible')).toHaveCount(1);
          await group.getByRole('link', { name: exact(t(`questions.${q}.options.${v}`)) }).click();
          // The first answer opens the plain version, a new document: wait for its load event. Until its
          // stylesheet applies, every state's question is in the layout and a role query would find them all.
          if (i === 0) await page.waitForURL(new RegExp(`/${lang}/eligibility/steps/#/`), { waitUntil: 'load' });
        }
        await expect(page).toHaveURL(new RegExp(`/${lang}/eligibility/steps/#/`));
        const check = page.getByRole('heading', { name: t('ui.checkTitle') });
        await expect(check).toBeVisible();
        visited.push(page.url());
        await page.getByRole('link', { name: t('ui.seeResult') }).click();
        await expect(page).toHaveURL(/#\/.+\/result\/$/);
        const outcome = page.getByRole('heading', { name: t(`outcomes.${j.outcome}.title`) });
        await expect(outcome).toBeVisible();
        await expectJourneyOutcome(page, '.wz-state:target', j, m);
        await expect(check).toBeHidden();
        visited.push(page.url());
        // The URL names the state: reloading it, or opening it in a fresh page, shows the same outcome.
        await page.reload();
        await expect(outcome).toBeVisible();
        const other = await page.context().newPage();
        await visit(other, page.url());
        await expect(other.getByRole('heading', { name: t(`outcomes.${j.outcome}.title`) })).toBeVisible();
        await other.close();
        // Back and Forward move between states; so does the in-page Back link.
        await page.goBack();
        await expect(check).toBeVisible();
        await expect(outcome).toBeHidden();
        await page.goForward();
        await expect(outcome).toBeVisible();
        await page.getByRole('link', { name: exact(t('ui.back')) }).click();
        await expect(check).toBeVisible();
        // Following a link at once cancels the browser's favicon request; that is not a page problem.
        expect(problems.filter((p) => !/favicon\.\w+ net::ERR_ABORTED/.test(p))).toEqual([]);

        // axe needs script in the page; the plain version carries none, so checking it with script on is the same HTML.
        const checker = await browser.newContext({ javaScriptEnabled: true });
        const p = await checker.newPage();
        for (const url of visited.slice(1)) {
          await visit(p, url);
          // The other states are display: none; checking only the one shown keeps axe to seconds.
          await expect(p.locator('.wz-state:target')).toBeVisible();
          await axe(p, ['main h1', 'main .wz-state:target']);
        }
        await checker.close();
      });
    }
  });
}

/** One complete set of answers per outcome: the first path that reaches it. */
const REPRESENTATIVE = OUTCOMES.map((outcome) => {
  const s = enumerateStates().find((x) => x.kind === 'check' && evaluate(x.answers)!.outcome === outcome)!;
  return { outcome, answers: s.answers, path: toStatePath(s.answers, { result: true }) };
});

/**
 * Follows one link the wizard rendered and asserts it leads somewhere real: a wizard state (the island's query
 * with JavaScript, a fragment of the plain version without it), or a guide page and, for a section link, the section.
 */
async function follow(ctx: { js: BrowserContext; plain: BrowserContext }, href: string, title: string) {
  const url = new URL(href);
  if (url.pathname.endsWith('/eligibility/steps/')) {
    const page = await ctx.plain.newPage();
    await visit(page, href);
    const state = page.locator('.wz-state:target');
    await expect(state, href).toBeVisible();
    if (url.hash.endsWith('/result/')) await expect(state.getByRole('heading', { name: title }), href).toBeVisible();
    await page.close();
  } else if (url.search) {
    const page = await ctx.js.newPage();
    await visit(page, href);
    await expect(page.locator('.wz h1, .wz h3').first(), href).toBeVisible();
    await expect(page.locator('.wz-query-errors'), href).toHaveCount(0);
    await page.close();
  } else {
    const response = await ctx.js.request.get(href);
    expect(response.status(), href).toBe(200);
    const id = decodeURIComponent(url.hash.slice(1));
    if (id) expect(await response.text(), href).toContain(`id="${id}"`);
  }
}

test.describe('every link the wizard renders, on every outcome', () => {
  const m = load('en');
  const t = (key: string) => get(m, key);

  for (const r of REPRESENTATIVE) {
    test(`${r.outcome}, JavaScript on: results, guides, the permanent link and the copied text all resolve`, async ({
      page,
      browser,
      context,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
      await visit(page, `en/eligibility/${serializeWizardQuery(r.answers, 'result')}`);
      const title = t(`outcomes.${r.outcome}.title`);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      const hrefs = await page.locator('.wz a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const permalink = await page
        .getByRole('link', { name: t('ui.linkToResult') })
        .evaluate((a) => (a as HTMLAnchorElement).href);
      expect(permalink).toMatch(new RegExp(`/en/eligibility/steps/#/${escapeRe(r.path)}$`));
      await page.getByRole('button', { name: t('ui.copy') }).click();
      await expect(page.getByRole('status').filter({ hasText: t('ui.copied') })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const inText = [...copied.matchAll(/https?:\/\/\S+/g)].map((x) => x[0]);
      expect(inText).toEqual([permalink]);
      const plain = await browser.newContext({ javaScriptEnabled: false });
      for (const href of new Set([...hrefs, ...inText])) await follow({ js: context, plain }, href, title);
      await plain.close();
    });

    test(`${r.outcome}, JavaScript off: every link of the plain outcome resolves`, async ({ browser, context }) => {
      test.setTimeout(90_000);
      const plain = await browser.newContext({ javaScriptEnabled: false });
      const page = await plain.newPage();
      await visit(page, `en/eligibility/steps/#/${r.path}`);
      const title = t(`outcomes.${r.outcome}.title`);
      const state = page.locator('.wz-state:target');
      await expect(state.getByRole('heading', { name: title })).toBeVisible();
      const hrefs = await state.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(2);
      for (const href of new Set(hrefs)) await follow({ js: context, plain }, href, title);
      await plain.close();
    });
  }
});

test('focus follows the reader to each new question', async ({ page }) => {
  const m = load('en');
  await visit(page, 'en/eligibility/');
  await page.getByLabel(get(m, 'questions.audience.options.partner')).check();
  await page.getByRole('button', { name: get(m, 'ui.continue') }).click();
  await expect.poll(() => focusedText(page)).toBe(get(m, 'questions.situation.legend'));
});

test("embedded in the overview, the wizard works in place under the page's own heading", async ({ page, problems }) => {
  const m = load('en');
  await visit(page, 'en/overview/');
  const wizard = page.locator('section.wz--embedded');
  await expect(wizard.getByRole('heading', { level: 2, name: get(m, 'title') })).toBeVisible();
  await wizard.scrollIntoViewIfNeeded();
  const group = wizard.getByRole('group', { name: get(m, 'questions.audience.legend') });
  await group.getByLabel(get(m, 'questions.audience.options.customer')).check();
  await wizard.getByRole('button', { name: get(m, 'ui.continue') }).click();
  await expect(wizard.getByRole('heading', { level: 3, name: get(m, 'ui.checkTitle') })).toBeFocused();
  await wizard.getByRole('link', { name: get(m, 'ui.seeResult') }).click();
  await expect(wizard.getByRole('heading', { level: 3, name: get(m, 'outcomes.customer.title') })).toBeFocused();
  await expect(page).toHaveURL(/\/en\/overview\/\?audience=customer&step=result$/);
  await expect(page.locator('h1')).toHaveCount(1);
  await axe(page);
  expect(problems).toEqual([]);
});

test.describe('the flow map', () => {
  for (const lang of LANGS) {
    test(`${lang}: draws every question and outcome, lists the same, and its links lead to them`, async ({
      page,
      problems,
    }) => {
      const m = load(lang);
      await visit(page, `${lang}/eligibility/`);
      await page.getByRole('link', { name: get(m, 'map.link') }).click();
      await expect(page.getByRole('heading', { level: 1, name: get(m, 'map.title') })).toBeVisible();
      const svg = page.getByRole('img', { name: get(m, 'map.figureTitle') });
      await expect(svg).toBeVisible();
      for (const o of OUTCOMES) {
        const title = get(m, `outcomes.${o}.title`);
        await expect(page.locator(`#map-o-${o} h3`)).toHaveText(title);
        // The drawing wraps the title over lines; all of its words are there.
        const drawn = (await svg.locator('text').allTextContents()).join(' ').replace(/\s+/g, '');
        expect(drawn).toContain(title.replace(/\s+/g, ''));
      }
      const links = page.locator('.map-list a[href^="#map-"]');
      expect(await links.count()).toBeGreaterThan(20);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
      }
      await expect(page.locator('.map-paths tbody tr')).toHaveCount(
        enumerateStates().filter((s) => s.kind === 'check').length,
      );
      await axe(page);
      expect(problems).toEqual([]);
    });
  }
});
