import { describe, expect, it } from 'vitest';
import { parseGlossary, type Glossary } from '../../../src/domain/translation/glossary';
import { checkQuality, collectTexts, numbersIn, type CheckedText } from '../../../src/domain/translation/quality';

const TR = { code: 'tr', tag: 'tr-TR' };
const HU = { code: 'hu', tag: 'hu-HU' };
const AR = { code: 'ar', tag: 'ar' };
const JA = { code: 'ja', tag: 'ja-JP' };

const glossary = (locale: string, terms: Glossary['terms'], exceptions: unknown[] = []): Glossary =>
  parseGlossary({ locale, terms, exceptions }, `locales/${locale}/glossary.json`);

const passage = (english: string, target: string, page = 'get-started'): CheckedText => ({
  file: `locales/x/pages/${page}.json`,
  english,
  target,
});
const ui = (key: string, english: string, target: string): CheckedText => ({
  file: `locales/x/${key.split(':')[0]}.json`,
  key,
  english,
  target,
});
/** The rules of the findings, one per finding. */
const rules = (locale: typeof TR, g: Glossary | undefined, items: CheckedText[]) =>
  checkQuality(locale, g, items).map((f) => f.rule);

describe('forbidden-term', () => {
  const g = glossary('tr', [
    { en: 'credit', preferred: ['tanınma', 'teşvik ödemesi'], forbidden: ['kredi'], note: 'not a loan' },
  ]);
  it('reports a forbidden rendering, with a case ending after it', () => {
    const [f, ...rest] = checkQuality(TR, g, [
      passage('Do you want incentive credit?', 'Teşvik kredisi ve teşvik ödemesi istiyor musunuz?'),
    ]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'forbidden-term',
      term: 'credit',
      file: 'locales/x/pages/get-started.json',
      english: 'Do you want incentive credit?',
      text: 'Teşvik kredisi ve teşvik ödemesi istiyor musunuz?',
    });
    expect(f!.message).toContain('"kredi" (found as "kredisi")');
  });
  it('passes the preferred rendering', () => {
    expect(rules(TR, g, [passage('Do you want incentive credit?', 'Teşvik ödemesi istiyor musunuz?')])).toEqual([]);
  });
  it('only where the English has the term', () => {
    expect(rules(TR, g, [passage('Banks give loans.', 'Bankalar kredi verir.')])).toEqual([]);
  });
  it('not inside an accepted rendering of another term (ja 請求 in 請求管理者)', () => {
    const ja = glossary('ja', [
      { en: 'claim', preferred: ['申請'], forbidden: ['請求'], note: 'not a bill' },
      { en: 'Billing admin', preferred: ['請求管理者'], note: 'role' },
    ]);
    expect(rules(JA, ja, [passage('The Billing admin can claim it.', '請求管理者が申請できます。')])).toEqual([]);
    expect(rules(JA, ja, [passage('The Billing admin can claim it.', '請求管理者が請求できます。')])).toEqual([
      'forbidden-term',
      'missing-term',
    ]);
  });
});

describe('missing-term', () => {
  it('Turkish: a preferred term followed by a case ending counts as used', () => {
    const g = glossary('tr', [{ en: 'claim', preferred: ['talep'], note: 'n' }]);
    expect(rules(TR, g, [passage('Submit your claim.', 'Talebinizi gönderin.')])).toEqual([]);
    expect(rules(TR, g, [passage('Submit your claim.', 'İsteğinizi gönderin.')])).toEqual(['missing-term']);
  });
  it('Hungarian: endings, compounds and a separated verbal prefix count as used', () => {
    const g = glossary('hu', [
      { en: 'association', preferred: ['társít-'], note: 'n' },
      { en: 'opt out', preferred: ['elutasít-'], note: 'n' },
    ]);
    expect(
      rules(HU, g, [
        passage('If they do not opt out, the association stands.', 'Ha nem utasítja el, az ügyféltársítás él.'),
      ]),
    ).toEqual([]);
    expect(rules(HU, g, [passage('The customer may opt out.', 'Az ügyfél kiléphet.')])).toEqual(['missing-term']);
  });
  it('Arabic: with and without the article, with attached prefixes', () => {
    const g = glossary('ar', [{ en: 'association', preferred: ['الارتباط'], note: 'n' }]);
    for (const target of ['أنشئ ارتباط عميل.', 'أنشئ الارتباط.', 'طالب بالارتباط.', 'وللارتباط شروط.'])
      expect(rules(AR, g, [passage('Create an association.', target)]), target).toEqual([]);
    expect(rules(AR, g, [passage('Create an association.', 'أنشئ اقترانًا.')])).toEqual(['missing-term']);
  });
  it('Japanese: found with no spaces around it', () => {
    const g = glossary('ja', [{ en: 'claim', preferred: ['申請'], note: 'n' }]);
    expect(rules(JA, g, [passage('Submit the claim.', '申請を送信します。')])).toEqual([]);
    expect(rules(JA, g, [passage('Submit the claim.', '請求を送信します。')])).toEqual(['missing-term']);
  });
  it('a do-not-translate term must appear as it is', () => {
    const g = glossary('tr', [{ en: 'Partner Center', doNotTranslate: true, note: 'n' }]);
    expect(rules(TR, g, [passage('Sign in to Partner Center.', "Partner Center'da oturum açın.")])).toEqual([]);
    expect(rules(TR, g, [passage('Sign in to Partner Center.', "İş Ortağı Merkezi'nde oturum açın.")])).toEqual([
      'missing-term',
    ]);
  });
});

describe('inconsistent', () => {
  const items = (a: string, b: string) => [
    ui('common:nav.status', 'Translation status', a),
    ui('status:title', 'Translation status', b),
  ];
  it('reports the same English translated in two ways (UI strings and passages alike)', () => {
    const found = checkQuality(JA, undefined, [
      ...items('翻訳状況', '翻訳の状況'),
      passage('Translation status', '翻訳状況', 'translating'),
    ]);
    // Two of three agree: only the odd one out is reported, naming where the others are.
    expect(found.map((f) => [f.rule, f.key])).toEqual([['inconsistent', 'status:title']]);
    expect(found[0]!.message).toBe(
      'the same English is translated differently in locales/x/common.json (common:nav.status), locales/x/pages/translating.json: "翻訳状況"',
    );
  });
  it('passes the same translation', () => {
    expect(rules(JA, undefined, items('翻訳状況', '翻訳状況'))).toEqual([]);
  });
  it('in a tie, prefers the way that follows the termbase', () => {
    const g = glossary('ja', [{ en: 'claim', preferred: ['申請'], forbidden: ['請求'], note: 'n' }]);
    const found = checkQuality(JA, g, [
      ui('wizard:a', 'Co-op claims', 'Co-op 請求'),
      passage('Co-op claims', 'Co-op 申請'),
    ]);
    expect(found.map((f) => [f.rule, f.key ?? f.file])).toEqual([
      ['forbidden-term', 'wizard:a'],
      ['inconsistent', 'wizard:a'],
      ['missing-term', 'wizard:a'],
    ]);
  });
  it('does not compare plural forms English lacks (Arabic "few" and "many" share English "other")', () => {
    const texts = collectTexts({
      code: 'ar',
      pages: [],
      translations: () => undefined,
      english: { common: { n_one: '{{count}} passage', n_other: '{{count}} passages' } },
      ui: {
        common: { n_one: 'مقطع واحد', n_few: '{{count}} مقاطع', n_many: '{{count}} مقطعًا', n_other: '{{count}} مقطع' },
      },
    });
    expect(texts.map((t) => [t.key, t.english, t.extraPluralForm ?? false])).toEqual([
      ['common:n_one', '{{count}} passage', false],
      ['common:n_few', '{{count}} passages', true],
      ['common:n_many', '{{count}} passages', true],
      ['common:n_other', '{{count}} passages', false],
    ]);
    expect(rules(AR, undefined, texts)).toEqual([]);
  });
});

describe('numbers', () => {
  it.each([
    ['ja', 'Since 31 August 2020, only admins.', '2020 年 8 月 31 日以降、管理者のみ。'],
    ['ar (Arabic-Indic digits)', 'Since 31 August 2020, only admins.', 'منذ ٣١ أغسطس ٢٠٢٠، المسؤولون فقط.'],
    ['hu (grouping)', 'Up to 5,000 pages.', 'Legfeljebb 5 000 oldal.'],
    ['tr (percent first)', 'It pays 60% as a rebate.', "%60'ını iade olarak öder."],
    ['link destinations are not numbers', 'See [S10](#s-2020).', 'Bkz. [S10](#x).'],
  ])('passes %s', (_name, english, target) => {
    expect(rules(TR, undefined, [passage(english, target)])).toEqual([]);
  });
  it('reports a number of the English missing from the translation', () => {
    const [f] = checkQuality(TR, undefined, [
      passage('Dispute it within 30 days of 1 July 2020.', '1 Temmuz 2020 itibarıyla itiraz edin.'),
    ]);
    expect(f).toMatchObject({ rule: 'numbers', message: 'the English has 30, the translation does not' });
  });
  it('reads numbers whatever the digits and grouping', () => {
    expect(numbersIn('٥٬٠٠٠ و ١٢')).toEqual(['5000', '12']);
    expect(numbersIn('５，０００件')).toEqual(['5000']);
    expect(numbersIn('{{count}} of 12, https://x.test/2020')).toEqual(['12']);
  });
});

describe('untranslated', () => {
  const g = glossary('tr', [
    { en: 'Surface', doNotTranslate: true, note: 'n' },
    { en: 'Business Applications', doNotTranslate: true, note: 'n' },
  ]);
  it('reports a translation that is the English', () => {
    expect(rules(TR, g, [passage('Approved', 'Approved')])).toEqual(['untranslated']);
    expect(
      rules(TR, g, [ui('common:x', 'Read the **English** page: {{name}}', 'Read the English page: {{name}}')]),
    ).toEqual(['untranslated']);
  });
  it('passes names that stay in English, and a translation', () => {
    expect(
      rules(TR, g, [passage('Surface', 'Surface'), passage('Business Applications', 'Business Applications')]),
    ).toEqual([]);
    expect(rules(TR, g, [passage('Approved', 'Onaylandı (Approved)')])).toEqual([]);
    expect(rules(TR, g, [passage('H1', 'H1')])).toEqual([]);
  });
});

describe('punctuation', () => {
  it.each([
    ['現在の言語: {{name}}', 'half-width ":"'],
    ['CPOR は必要ですか?', 'half-width "?"'],
    ['**原因:** 値が違います。', 'half-width ":"'],
  ])('Japanese: reports "%s"', (target, message) => {
    const [f] = checkQuality(JA, undefined, [passage('x', target)]);
    expect(f?.rule).toBe('punctuation');
    expect(f?.message).toContain(message);
  });
  it.each([
    '現在の言語：{{name}}',
    'CPOR は必要ですか？',
    '`npm run i18n:status` で確認します。', // inside code
    '同じ数値は npm run i18n:status コマンドでも確認できます。', // a name, not prose
    '午前 10:30 に開始します。', // a time
    '[ページ](https://example.test/a?b=c) を参照。', // a link address
    '{{a}}：{{b}}',
  ])('Japanese: passes "%s"', (target) => {
    expect(rules(JA, undefined, [passage('x', target)])).toEqual([]);
  });
  it('Arabic: a dash between two numbers, and the Latin question mark', () => {
    expect(rules(AR, undefined, [passage('2019–2021', 'الصفحات 2019–2021')])).toEqual(['punctuation']);
    expect(rules(AR, undefined, [passage('2019–2021', 'الصفحات ٢٠١٩ – ٢٠٢١')])).toEqual(['punctuation']);
    expect(rules(AR, undefined, [passage('Why?', 'لماذا?')])).toEqual(['punctuation']);
    expect(rules(AR, undefined, [passage('2019–2021', 'الصفحات من 2019 إلى 2021')])).toEqual([]);
    expect(rules(AR, undefined, [passage('2019–2021', 'الصفحات \u20662019–2021\u2069')])).toEqual([]);
    expect(rules(AR, undefined, [passage('Why?', 'لماذا؟')])).toEqual([]);
  });
  it('is not checked in other languages', () => {
    expect(rules(TR, undefined, [passage('Why?', 'Neden?')])).toEqual([]);
  });
});

describe('exceptions in the termbase', () => {
  const terms: Glossary['terms'] = [{ en: 'co-op', preferred: ['التسويق المشترك'], forbidden: ['co-op'], note: 'n' }];
  const item = passage('Co-op claims', 'مطالبات التسويق المشترك (co-op)');
  it('silence a finding that is right on purpose, by the English and the rule (and term)', () => {
    const g = glossary('ar', terms, [
      { rule: 'forbidden-term', english: 'Co-op claims', term: 'co-op', reason: 'Partner Center label as a gloss' },
    ]);
    expect(checkQuality(AR, g, [item])).toEqual([]);
  });
  it('by the key of a UI string', () => {
    const g = glossary('ar', terms, [{ rule: 'forbidden-term', key: 'common:title', reason: 'the label as a gloss' }]);
    expect(checkQuality(AR, g, [ui('common:title', 'Co-op claims', 'مطالبات التسويق المشترك (co-op)')])).toEqual([]);
  });
  it('an exception that silences nothing is itself a finding', () => {
    const g = glossary('ar', terms, [
      { rule: 'numbers', english: 'Co-op claims', reason: 'wrong rule' },
      { rule: 'forbidden-term', english: 'Co-op claims', reason: 'right' },
    ]);
    const found = checkQuality(AR, g, [item]);
    expect(found.map((f) => [f.rule, f.file, f.key])).toEqual([
      ['unused-exception', 'locales/ar/glossary.json', 'exceptions[0]'],
    ]);
  });
});
