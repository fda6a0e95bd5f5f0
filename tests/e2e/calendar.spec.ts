/**
 * The opt-out window on a calendar (issue 19): it agrees with the ledger day by day, read from the page; it follows
 * the reader's locale and the region's week; it mirrors in Arabic; axe finds nothing in either theme.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LOCALES, expect, test, visit } from './site';

// Monday 28 December 2026 in Istanbul: the window crosses the year end, New Year's Day is skipped with its name.
const shared = 'opt-out-deadline/?notified=2026-12-28T16:30&tz=Europe/Istanbul&region=TR&rule=five-business-days';
const messages = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/deadline.json`, 'utf8'));
const tagOf = (lang: string) => LOCALES.find((l) => l.code === lang)!.tag;
const weekdayName = (tag: string, iso: number) =>
  new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, iso));

async function calendarOf(page: Page) {
  const table = page.locator('.cal__t');
  await expect(table).toBeVisible();
  return table;
}

/** Column headers' full weekday names, in column order. */
const columns = (page: Page) =>
  page.locator('.cal__t thead abbr').evaluateAll((a) => a.map((x) => x.getAttribute('title')));

for (const lang of ['en', 'ar'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the calendar in ${lang}, ${scheme} theme, agrees with the ledger day by day and axe finds nothing`, async ({
      page,
      problems,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await visit(page, `${lang}/${shared}`);
      const table = await calendarOf(page);
      const tag = tagOf(lang);
      const t = messages(lang).calendar;

      const ledger = await page.locator('.deadline .deadline__ledger tbody tr').evaluateAll((rows) =>
        rows.map((r) => ({
          date: r.querySelector('time')!.getAttribute('datetime')!,
          kind: /deadline__day--(\w+)/.exec(r.className)![1]!,
          status: r.querySelector('td')!.textContent!,
          reason: r.querySelectorAll('td')[1]!.textContent!,
        })),
      );
      const cells = await table.locator('td').evaluateAll((tds) =>
        tds.map((td) => ({
          date: td.querySelector('time')!.getAttribute('datetime')!,
          kind: /cal__d--(start|counted|skipped|outside)/.exec(td.className)![1]!,
          last: td.classList.contains('cal__d--last'),
          close: td.classList.contains('cal__d--close'),
          badge: td.querySelector('.cal__m b')?.textContent ?? '',
          holidays: td.querySelector('.cal__h')?.textContent ?? '',
          said: td.querySelector('.visually-hidden')?.textContent ?? '',
        })),
      );
      // Mon 28 Dec 2026 to Tue 5 Jan 2027, shown in whole weeks.
      expect(ledger.map((d) => d.date)).toEqual(
        ['28', '29', '30', '31']
          .map((d) => `2026-12-${d}`)
          .concat(['01', '02', '03', '04', '05'].map((d) => `2027-01-${d}`)),
      );
      expect(cells.length % 7).toBe(0);
      const inWindow = cells.filter((c) => c.kind !== 'outside');
      expect(inWindow.map((c) => [c.date, c.kind])).toEqual(ledger.map((d) => [d.date, d.kind]));
      const numerals = new Intl.NumberFormat(tag);
      let n = 0;
      for (const [i, d] of ledger.entries()) {
        const cell = inWindow[i]!;
        if (d.kind === 'counted') {
          n += 1;
          // The same number in the calendar's badge and the ledger's "Day n of 5", in the locale's numerals.
          expect(cell.badge).toBe(numerals.format(n));
          expect(d.status).toContain(numerals.format(n));
          expect(cell.said).toContain(t.counted.replace('{{n}}', numerals.format(n)));
        } else expect(cell.badge).toBe('');
        if (d.kind === 'start') expect(cell.said).toContain(t.start.notification);
        // Every holiday the calendar names is in the ledger's reason for that day, and only skipped days name one.
        if (cell.holidays) {
          expect(d.kind).toBe('skipped');
          expect(d.reason).toContain(cell.holidays);
        }
      }
      expect(n).toBe(5);
      expect(inWindow.find((c) => c.date === '2027-01-01')!.holidays).not.toBe('');
      expect(cells.filter((c) => c.last).map((c) => c.date)).toEqual([ledger.at(-1)!.date]);
      // The window closes at the start of the day after the last counted day, as the result's <output> says.
      const closes = await page.locator('output time[datetime]').first().getAttribute('datetime');
      expect(cells.filter((c) => c.close).map((c) => c.date)).toEqual([closes!.slice(0, 10)]);
      expect(closes).toBe('2027-01-06T00:00:00+03:00');

      // The reader's locale sets the first day here (Türkiye's weekend is Saturday–Sunday): Sunday in English,
      // Saturday in Arabic, named by Intl.
      const first = lang === 'en' ? 7 : 6;
      expect((await columns(page))[0]).toBe(weekdayName(tag, first));
      await expect(page.locator('.cal__keys li')).toHaveCount(7);

      // Right to left in Arabic: the first column is on the right.
      const boxes = await table.locator('thead th').evaluateAll((th) => th.map((x) => x.getBoundingClientRect().x));
      if (lang === 'ar') expect(boxes[0]).toBeGreaterThan(boxes[6]!);
      else expect(boxes[0]).toBeLessThan(boxes[6]!);

      const axe = await new AxeBuilder({ page })
        .include('.deadline__result')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(' | ')}`)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
}

test("a Friday–Saturday region starts the week on the region's own first day, whatever the reader's", async ({
  page,
}) => {
  // Egypt: weekend Friday–Saturday, week from Saturday (CLDR); an English reader's week starts on Sunday.
  await visit(page, 'en/opt-out-deadline/?notified=2026-11-12&tz=Africa/Cairo&region=EG&rule=five-business-days');
  const table = await calendarOf(page);
  expect(await columns(page)).toEqual([6, 7, 1, 2, 3, 4, 5].map((d) => weekdayName('en', d)));
  // Thursday 12 Nov: Sun 15 … Thu 19 count; Fri 13 and Sat 14 are the weekend, skipped.
  const kinds = await table
    .locator('td')
    .evaluateAll((tds) =>
      tds.map(
        (td) =>
          ({ start: 'S', counted: 'c', skipped: 's', outside: '.' })[
            /cal__d--(start|counted|skipped|outside)/.exec(td.className)![1]!
          ],
      ),
    );
  expect(kinds.join('')).toBe('.....Ss' + 'sccccc.');
  // The weekend (Friday, Saturday) is marked in the header too: the week's last and first columns.
  expect(await table.locator('thead th').evaluateAll((th) => th.map((x) => x.className === 'cal__we'))).toEqual([
    true,
    false,
    false,
    false,
    false,
    false,
    true,
  ]);
});
