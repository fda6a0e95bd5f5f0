import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator, formatYears, type Messages } from '../../../src/domain/i18n/format';
import { evaluate } from '../../../src/domain/eligibility/evaluate';
import type { Answers } from '../../../src/domain/eligibility/questions';
import {
  citationText,
  describeAnswer,
  outcomeAsText,
  periodText,
  sourcesText,
} from '../../../src/domain/eligibility/text';

const tFor = (code: string, tag: string) =>
  createTranslator(JSON.parse(readFileSync(`locales/${code}/wizard.json`, 'utf8')) as Messages, tag);
const answers: Answers = { audience: 'partner', situation: 'new', goal: 'ba-usage', purchase: 'csp' };

describe('outcome as plain text', () => {
  it.each([
    ['en', 'en'],
    ['tr', 'tr-TR'],
    ['hu', 'hu-HU'],
    ['ar', 'ar'],
    ['ja', 'ja-JP'],
  ])('%s: names the answers, the outcome with its basis, and every reason with its sources and period', (code, tag) => {
    const t = tFor(code, tag);
    const e = evaluate(answers)!;
    const text = outcomeAsText(answers, e, t, tag, 'https://example.test/r/');
    expect(text).toContain(t('outcomes.cannot-claim.title'));
    expect(text).toContain(describeAnswer(answers, { question: 'goal' }, t, tag));
    expect(text).toContain(t('questions.purchase.options.csp'));
    expect(text).toContain(periodText(e.basis.period, t, tag));
    for (const r of e.reasons) expect(text).toContain(citationText(r.sources, r.period, t, tag));
    expect(text).toContain(t('notes.fix-subscription'));
    expect(text).toContain(t('changeHints.purchase-not-csp'));
    expect(text).toContain('https://example.test/r/');
    expect(text).not.toMatch(/\{\{|<[a-z]|(?:ui|notes|reasons|outcomes)\.[a-z]/);
  });

  it('uses the locale plural for the sources label', () => {
    const en = tFor('en', 'en');
    expect(sourcesText(['S8'], en)).toBe('Source: S8 — manage page, September 2020');
    expect(sourcesText(['S10', 'S16'], en)).toMatch(/^Sources: S10 — .+; S16 — /);
    expect(sourcesText(['S10', 'S16'], tFor('ar', 'ar'))).toMatch(/^المصدران/);
  });

  it('states the period: the years of the older pages, the check date of the current ones, or both', () => {
    const en = tFor('en', 'en');
    expect(periodText({ older: { from: 2020, to: 2020 } }, en, 'en')).toBe('pages of 2020');
    expect(periodText({ older: { from: 2019, to: 2021 } }, en, 'en')).toBe('pages of 2019–2021');
    expect(periodText({ current: '2026-11-22' }, en, 'en')).toBe('current pages, checked November 22, 2026');
    expect(
      periodText({ older: { from: 2020, to: 2020 }, current: '2026-11-22' }, tFor('ja', 'ja-JP'), 'ja-JP'),
    ).toContain('2026年11月22日');
  });

  it('writes a range of years as the locale does, through Intl, never with grouping', () => {
    expect(periodText({ older: { from: 2019, to: 2021 } }, tFor('ja', 'ja-JP'), 'ja-JP')).toBe('2019～2021 年のページ');
    expect(formatYears(2019, 2021, 'en')).toBe('2019–2021');
    expect(formatYears(2019, 2021, 'ja-JP')).toBe('2019～2021');
    // A year is not a quantity: no thousands separator, in a locale that groups four digits (de) or not.
    expect(formatYears(2020, 2020, 'de-DE')).toBe('2020');
    expect(formatYears(2019, 2021, 'hu-HU')).toBe('2019–2021');
  });
});
