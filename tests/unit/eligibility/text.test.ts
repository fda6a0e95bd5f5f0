import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator, type Messages } from '../../../src/domain/i18n/format';
import { evaluate } from '../../../src/domain/eligibility/evaluate';
import type { Answers } from '../../../src/domain/eligibility/questions';
import { describeAnswer, outcomeAsText, sourcesText } from '../../../src/domain/eligibility/text';

const tFor = (code: string, tag: string) =>
  createTranslator(JSON.parse(readFileSync(`locales/${code}/wizard.json`, 'utf8')) as Messages, tag);
const answers: Answers = {
  audience: 'partner',
  programs: ['osa-sell', 'coop'],
  customers: 'd365',
  claim: 'yes',
  purchase: 'csp',
};

describe('outcome as plain text', () => {
  it.each([
    ['en', 'en'],
    ['tr', 'tr-TR'],
    ['ar', 'ar'],
    ['ja', 'ja-JP'],
  ])('%s: names the answers, the outcome, and every reason with its sources', (code, tag) => {
    const t = tFor(code, tag);
    const e = evaluate(answers)!;
    const text = outcomeAsText(answers, e, t, tag, 'https://example.test/r/');
    expect(text).toContain(t('outcomes.not-applicable.title'));
    expect(text).toContain(describeAnswer(answers, { question: 'programs' }, t, tag));
    expect(text).toContain(t('questions.purchase.options.csp'));
    for (const r of e.reasons) expect(text).toContain(sourcesText(r.sources, t));
    expect(text).toContain(t('changeHints.purchase-not-csp'));
    expect(text).toContain('https://example.test/r/');
    expect(text).not.toMatch(/\{\{|<[a-z]/);
  });

  it('uses the locale plural for the sources label', () => {
    const en = tFor('en', 'en');
    expect(sourcesText(['S8'], en)).toBe('Source: S8 — manage page, September 2020');
    expect(sourcesText(['S10', 'S16'], en)).toMatch(/^Sources: S10 — .+; S16 — /);
    expect(sourcesText(['S10', 'S16'], tFor('ar', 'ar'))).toMatch(/^المصدران/);
  });

  it('lists multi-select answers with the locale list format', () => {
    expect(describeAnswer(answers, { question: 'programs' }, tFor('ja', 'ja-JP'), 'ja-JP')).toMatch(/OSA Sell .*、/);
  });
});
