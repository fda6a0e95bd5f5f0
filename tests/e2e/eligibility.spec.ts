/**
 * The eligibility wizard end to end: three journeys in two locales (one right-to-left), with JavaScript
 * on (the island, answers in the query) and off (the plain version: every state a fragment of one page),
 * plus sharing, history, errors and axe on every step. Labels come from the locale files, so the tests follow the copy.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, visit } from './site';

type Msgs = { [k: string]: string | Msgs };
const load = (code: string) => JSON.parse(readFileSync(`locales/${code}/wizard.json`, 'utf8')) as Msgs;
const get = (m: Msgs, key: string): string => {
  const v = key.split('.').reduce<string | Msgs | undefined>((n, k) => (typeof n === 'object' ? n[k] : undefined), m);
  if (typeof v !== 'string') throw new Error(`no message ${key}`);
  return v;
};
const exact = (s: string) => new RegExp(`^\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

interface Journey {
  name: string;
  /** [question, options ticked] in the order asked. */
  steps: [string, string[]][];
  outcome: string;
}

const JOURNEYS: Journey[] = [
  {
    name: 'a Microsoft 365 partner with the admin role',
    outcome: 'cpor-applies',
    steps: [
      ['audience', ['partner']],
      ['programs', ['osu-m365']],
      ['customers', ['m365']],
      ['claim', ['yes']],
      ['role', ['admin']],
    ],
  },
  {
    name: 'a Dynamics partner whose customer bought through CSP',
    outcome: 'not-applicable',
    steps: [
      ['audience', ['partner']],
      ['programs', ['osa-sell', 'coop']],
      ['customers', ['d365']],
      ['claim', ['yes']],
      ['purchase', ['csp']],
    ],
  },
  { name: 'a customer', outcome: 'customer', steps: [['audience', ['customer']]] },
];
const LANGS = ['en', 'ar'];

/** axe over the page's main content, or over the given parts of it (the plain version: its title and the state shown). */
async function axe(page: Page, parts: string[] = ['main']): Promise<void> {
  const builder = new AxeBuilder({ page });
  for (const part of parts) builder.include(part);
  const results = await builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

for (const lang of LANGS) {
  const m = load(lang);
  const t = (key: string) => get(m, key);

  test.describe(`${lang}, JavaScript on`, () => {
    for (const j of JOURNEYS) {
      test(`${j.name}: one question at a time, check answers, result with reasons; shareable; back and forward`, async ({
        page,
        problems,
      }) => {
        test.setTimeout(60_000);
        await visit(page, `${lang}/eligibility/`);
        for (const [q, values] of j.steps) {
          const legend = page.getByRole('group', { name: t(`questions.${q}.legend`) });
          await expect(legend).toBeVisible();
          await axe(page);
          for (const v of values) await legend.getByLabel(t(`questions.${q}.options.${v}`), { exact: true }).check();
          await page.getByRole('button', { name: t('ui.continue') }).click();
        }
        await expect(page.getByRole('heading', { level: 1, name: t('ui.checkTitle') })).toBeFocused();
        await axe(page);
        await page.getByRole('link', { name: t('ui.seeResult') }).click();
        const title = page.getByRole('heading', { level: 1, name: t(`outcomes.${j.outcome}.title`) });
        await expect(title).toBeFocused();
        await expect(page.locator('.wz [aria-live="polite"]')).toContainText(t(`outcomes.${j.outcome}.title`));
        await expect(page.getByRole('heading', { name: t('ui.why') })).toBeVisible();
        await expect(page.locator('.wz-reasons .wz-sources').first()).toContainText(/S\d+/);
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
      const q = '?audience=partner&programs=osa-sell&customers=d365&claim=yes&purchase=vl-web&role=admin';
      await visit(page, `${lang}/eligibility/${q}`);
      await expect(page.getByRole('heading', { level: 1, name: t('ui.checkTitle') })).toBeVisible();
      const rows = page.locator('.wz-summary-row');
      await expect(rows).toHaveCount(6);
      await rows
        .filter({ hasText: t('questions.customers.summary') })
        .getByRole('link')
        .click();
      const group = page.getByRole('group', { name: t('questions.customers.legend') });
      await expect(group.getByLabel(t('questions.customers.options.d365'))).toBeChecked();
      await group.getByLabel(t('questions.customers.options.other')).check();
      await page.getByRole('button', { name: t('ui.continue') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('ui.checkTitle') })).toBeFocused();
      await expect(rows).toHaveCount(3);
      expect(page.url()).not.toContain('purchase=');
    });

    test('an unanswered question shows an error summary linked to the field', async ({ page }) => {
      await visit(page, `${lang}/eligibility/?audience=partner`);
      await page.getByRole('button', { name: t('ui.continue') }).click();
      const summary = page.getByRole('alert');
      await expect(summary).toContainText(t('questions.programs.error'));
      await expect(summary).toBeFocused();
      await axe(page);
      await summary.getByRole('link').click();
      await expect(page.getByLabel(t('questions.programs.options.osa-sell'))).toBeFocused();
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
        for (const [i, [q, values]] of j.steps.entries()) {
          // The first answer opens the plain version, a new document: until its stylesheet applies, every
          // state's question is in the layout, and the role query would find all of them at once.
          await page.waitForLoadState('load');
          const group = page.getByRole('group', { name: t(`questions.${q}.legend`) });
          await expect(group).toBeVisible();
          visited.push(page.url());
          // After the first answer the reader is on the plain version: one page, one state shown at a time.
          if (i > 0) await expect(page.locator('.wz-state:visible')).toHaveCount(1);
          if (q === 'programs') {
            for (const v of values)
              await group
                .getByRole('link', { name: new RegExp(t(`questions.${q}.options.${v}`).replace(/[()]/g, '.')) })
                .click();
            await expect(page.locator('.wz-toggle--on:visible')).toHaveCount(values.length);
            await page.getByRole('link', { name: exact(t('ui.continue')) }).click();
          } else {
            await group.getByRole('link', { name: exact(t(`questions.${q}.options.${values[0]!}`)) }).click();
          }
        }
        await expect(page).toHaveURL(new RegExp(`/${lang}/eligibility/steps/#/`));
        const check = page.getByRole('heading', { name: t('ui.checkTitle') });
        await expect(check).toBeVisible();
        visited.push(page.url());
        await page.getByRole('link', { name: t('ui.seeResult') }).click();
        await expect(page).toHaveURL(/#\/.+\/result\/$/);
        const outcome = page.getByRole('heading', { name: t(`outcomes.${j.outcome}.title`) });
        await expect(outcome).toBeVisible();
        await expect(page.getByRole('heading', { name: t('ui.why') })).toBeVisible();
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
          // The other 400 states are display: none; checking only the one shown keeps axe to seconds.
          await expect(p.locator('.wz-state:target')).toBeVisible();
          await axe(p, ['main h1', 'main .wz-state:target']);
        }
        await checker.close();
      });
    }
  });
}

test('focus follows the reader to each new question', async ({ page }) => {
  const m = load('en');
  await visit(page, 'en/eligibility/');
  await page.getByLabel(get(m, 'questions.audience.options.partner')).check();
  await page.getByRole('button', { name: get(m, 'ui.continue') }).click();
  await expect.poll(() => focusedText(page)).toBe(get(m, 'questions.programs.legend'));
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
