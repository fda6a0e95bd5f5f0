import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, visit } from './site';

const shared = 'opt-out-deadline/?notified=2026-12-24T16:30&tz=Europe/Istanbul&region=TR&rule=five-business-days';

test("a shared URL reproduces the result, with the ledger, in the customer's zone", async ({ page, problems }) => {
  await visit(page, `en/${shared}`);
  const time = page.locator('output time[datetime]').first();
  // Thursday 24 Dec 2026 in Istanbul: Fri 25, Mon 28, Tue 29, Wed 30, Thu 31 count; New Year's Day is a holiday.
  await expect(time).toHaveAttribute('datetime', '2027-01-01T00:00:00+03:00');
  await expect(page.locator('.deadline .deadline__ledger')).toContainText(/Saturday|weekend/i);
  expect(problems).toEqual([]);
});

const en = JSON.parse(readFileSync('locales/en/deadline.json', 'utf8'));

test("today's rule comes first, and both older windows stand side by side with the moment to act before", async ({
  page,
  problems,
}) => {
  // Thursday 22 October 2026 in Türkiye: Republic Day (29th) makes five business days end on the 30th, while
  // seven days end on the 29th, so the default rule is the longer one here.
  await visit(
    page,
    'en/opt-out-deadline/?notified=2026-10-22T16:30&tz=Europe/Istanbul&region=TR&rule=five-business-days',
  );
  const lead = page.locator('main p.lead');
  await expect(lead).toContainText('decline an association at any time');
  const compare = page.locator('.deadline__compare');
  await expect(compare).toContainText(en.compare.heading);
  const rows = compare.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('time')).toHaveAttribute('datetime', '2026-10-31T00:00:00+03:00');
  await expect(rows.nth(1).locator('time')).toHaveAttribute('datetime', '2026-10-30T00:00:00+03:00');
  await expect(compare).toContainText(en.rules['seven-days-after-approval'].name);
  await expect(compare.locator('p').last()).toContainText('act before');
  await expect(compare.locator('p').last()).toContainText('October 30, 2026');
  // Each rule says which period its pages describe.
  await expect(rows.nth(0)).toContainText('pages of 2019–2021');
  await expect(rows.nth(1)).toContainText('pages of 2020');
  expect(problems).toEqual([]);
});

test('the same URL gives the same instant in another locale, formatted for it', async ({ page }) => {
  await visit(page, `ja/${shared}`);
  await expect(page.locator('output time[datetime]').first()).toHaveAttribute('datetime', '2027-01-01T00:00:00+03:00');
  await expect(page.locator('output').first()).toContainText('2027');
});

test('bad parameters get a message beside their field and nothing crashes', async ({ page, problems }) => {
  await visit(
    page,
    'en/opt-out-deadline/?notified=2026-02-30T10:00&tz=Mars/Base&region=ZZ&rule=%3Cscript%3Ealert(1)%3C/script%3E',
  );
  await expect(page.getByText('2026-02-30 does not exist in the calendar')).toBeVisible();
  await expect(page.getByText('“Mars/Base” is not a time zone')).toBeVisible();
  await expect(page.getByText('“ZZ” is not a region')).toBeVisible();
  expect(
    await page.locator('script:not([src])').evaluateAll((s) => s.some((x) => x.textContent?.includes('alert(1)'))),
  ).toBe(false);
  expect(problems).toEqual([]);
});

test('the calculator runs once the reader reaches it, keeping what they did first', async ({ page, problems }) => {
  await visit(page, 'en/opt-out-deadline/');
  const island = page.locator('astro-island').filter({ has: page.locator('.deadline') });
  // Painted from the server, not yet running: loading the page hydrates nothing.
  await expect(island).toHaveAttribute('ssr', '');
  // A submit before the island runs is held, then handled by it: the page stays, the missing date is named.
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(island).not.toHaveAttribute('ssr', '');
  await expect(page).toHaveURL(/\/opt-out-deadline\/$/);
  await expect(page.locator('.deadline__summary')).toBeFocused();
  await page.locator('#dl-date').fill('2026-12-24');
  await page.locator('#dl-tz').fill('Europe/Istanbul');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page.locator('output time[datetime]').first()).toHaveAttribute('datetime', /^2026-12-31T|^2027-01-0/);
  expect(problems).toEqual([]);
});

test('a date typed before the calculator runs becomes its input', async ({ page }) => {
  // The island's code arrives late (a slow connection), so both fields are typed into the server's form.
  let release!: () => void;
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route(/DeadlineCalculator\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await visit(page, 'en/opt-out-deadline/');
  const island = page.locator('astro-island').filter({ has: page.locator('.deadline') });
  await page.locator('#dl-tz').fill('Europe/Istanbul');
  await page.locator('#dl-date').fill('2026-12-24');
  await expect(island).toHaveAttribute('ssr', '');
  release();
  // The island adopts what was typed when it takes over.
  await expect(island).not.toHaveAttribute('ssr', '');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page).toHaveURL(/tz=Europe%2FIstanbul|tz=Europe\/Istanbul/);
  await expect(page.locator('output time[datetime]').first()).toHaveAttribute('datetime', /^2026-12-31T|^2027-01-0/);
});

test('the time-zone field suggests every IANA zone once the reader reaches it', async ({ page }) => {
  await visit(page, 'en/opt-out-deadline/');
  const field = page.getByRole('combobox', { name: /time zone/i });
  await field.focus();
  // The reader's own zone, named in the hint once they reach the form.
  const own = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await expect(page.locator('#dl-tz-hint')).toContainText(own);
  await expect.poll(() => page.locator('#dl-zones option').count()).toBeGreaterThan(300);
  await expect(page.locator('#dl-zones option[value="Europe/Istanbul"]')).toHaveCount(1);
});

test('choosing a region by name loads its holidays and keeps the choice in the URL and the field', async ({
  page,
  problems,
}) => {
  await visit(page, 'en/opt-out-deadline/?notified=2026-12-24T16:30&tz=Europe/Istanbul');
  const region = page.getByRole('combobox', { name: /region for weekends/i });
  await expect(region).toHaveValue('');
  await region.selectOption({ label: 'Türkiye' });
  await expect(page).toHaveURL(/region=TR/);
  await expect(region).toHaveValue('TR');
  await expect(page.locator('output time[datetime]').first()).toHaveAttribute('datetime', '2027-01-01T00:00:00+03:00');
  await page.goBack();
  await expect(region).toHaveValue('');
  expect(problems).toEqual([]);
});

test('a time skipped by a clock change is refused', async ({ page }) => {
  await visit(page, 'en/opt-out-deadline/?notified=2026-03-29T02:30&tz=Europe/Budapest');
  await expect(page.getByText(/did not exist on .* in Europe\/Budapest/)).toBeVisible();
});

test('the .ics download is a valid calendar with a reminder the day before', async ({ page }) => {
  await visit(page, `en/${shared}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Add to calendar/ }).click(),
  ]);
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain('\r\nVERSION:2.0\r\n');
  expect(ics).toMatch(/\r\nBEGIN:VEVENT\r\n[\s\S]*\r\nEND:VEVENT\r\n/);
  expect(ics).toMatch(/\r\nDTSTART[:;][^\r]*2026123\d|\r\nDTSTART[:;][^\r]*20270101/);
  expect(ics).toMatch(/BEGIN:VALARM\r\n[\s\S]*TRIGGER[^\r]*:-P1D/);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
});

test('without JavaScript the page explains the rule with a worked example', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await ctx.newPage();
  await page.goto('tr/opt-out-deadline/');
  await expect(page.locator('.no-js-only').first()).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.locator('form').first()).toBeHidden();
  await ctx.close();
});

test('the calculator is accessible, also right-to-left', async ({ page }) => {
  for (const lang of ['en', 'ar']) {
    await visit(page, `${lang}/${shared}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  }
});
