import { describe, expect, it } from 'vitest';
import { findEnglishTerms, findRenderings, normalizeFor } from '../../../src/domain/translation/terms';

/** Whether any of the renderings is found in the text, as the checks read a translation. */
const has = (tag: string, text: string, ...renderings: string[]) =>
  findRenderings(normalizeFor(text, tag), renderings, tag).length > 0;

describe('terms in a Turkish translation', () => {
  it.each([
    ['talebi', 'talep'], // p → b at the join
    ['taleplerinizi', 'talep'],
    ['ortağı', 'ortak'], // k → ğ
    ['ilişkisi', 'ilişki'],
    ['müşteri ilişkilendirmesini', 'ilişkilendir-'],
    ["Partner Center'da", 'Partner Center'],
    ['İŞ GÜNÜ', 'iş gün-'], // Turkish dotted capital İ
    ['Web Direct ile', 'Web-Direct'], // a hyphen may be written as a space
  ])('finds "%s" for "%s" (a case ending after the term)', (text, rendering) => {
    expect(has('tr-TR', `Bir ${text} var.`, rendering)).toBe(true);
  });
  it.each([
    ['mutalep', 'talep'], // not inside another word
    ['isteğiniz', 'talep'],
    ['ilişkin', 'ilişkilendir-'],
  ])('does not find "%s" for "%s"', (text, rendering) => {
    expect(has('tr-TR', `Bir ${text} var.`, rendering)).toBe(false);
  });
});

describe('terms in a Hungarian translation', () => {
  it.each([
    ['társítást', 'társítás'],
    ['ügyféltársítását', 'társítás'], // a compound
    ['irodát', 'iroda'], // a → á at the join
    ['nem utasítja el', 'elutasít'], // the verbal prefix stands apart
    ['el kell utasítania', 'elutasít'],
    ['el szeretné ismertetni', 'elismer-'],
  ])('finds "%s" for "%s"', (text, rendering) => {
    expect(has('hu-HU', `Az ügyfél ${text}.`, rendering)).toBe(true);
  });
  it('does not find a different word or a prefix without its verb', () => {
    expect(has('hu-HU', 'A partner kilép a programból.', 'elutasít')).toBe(false);
    expect(has('hu-HU', 'Menjen el a bankba.', 'elutasít')).toBe(false);
  });
});

describe('terms in an Arabic translation', () => {
  it.each([
    ['ارتباط عميل', 'ارتباط'], // without the article
    ['الارتباط', 'ارتباط'], // with it
    ['بالارتباط', 'ارتباط'],
    ['وارتباطات', 'ارتباط'],
    ['انسحاب', 'الانسحاب'], // the rendering has the article, the text not
    ['للانسحاب', 'الانسحاب'], // ل + ال
    ['والانسحاب', 'الانسحاب'],
    ['ارتباطًا', 'ارتباط'], // short vowels are ignored
    ['مطالبته', 'مطالبة'], // ة → ت before an ending
    ['ستطالب', 'تطالب'], // the future prefix
    ['أموال تسويق مشترك', 'أموال التسويق المشترك'], // every word with or without the article
    ['لإلغاء الاشتراك', 'إلغاء الاشتراك'], // hamza forms of alef
    ['Customer associations', 'Customer association'], // an English label keeps its plural
  ])('finds "%s" for "%s"', (text, rendering) => {
    expect(has('ar', `النص: ${text}.`, rendering)).toBe(true);
  });
  it('does not find another word', () => {
    expect(has('ar', 'الاقتران بالعميل', 'ارتباط')).toBe(false);
    expect(has('ar', 'برنامجCPOR', 'CPOR')).toBe(true);
    expect(has('ar', 'CPORX', 'CPOR')).toBe(false);
  });
});

describe('terms in a Japanese translation', () => {
  it('finds a term with no spaces around it', () => {
    expect(has('ja-JP', '顧客関連付けを申請する前に', '申請')).toBe(true);
    expect(has('ja-JP', '顧客関連付けを送信する前に', '申請')).toBe(false);
  });
  it('accepts a rendering with or without its space, and half- or full-width forms', () => {
    expect(has('ja-JP', 'パートナーセンターにサインイン', 'パートナー センター')).toBe(true);
    expect(has('ja-JP', 'パートナー　センターにサインイン', 'パートナー センター')).toBe(true);
    expect(has('ja-JP', 'Ｃｏ－ｏｐ 資金', 'Co-op 資金')).toBe(true);
    expect(has('ja-JP', 'Co-op 基金', 'Co-op 資金')).toBe(false);
  });
  it('matches an English name inside Japanese as a whole word', () => {
    expect(has('ja-JP', 'Microsoft 365の顧客', 'Microsoft 365')).toBe(true);
    expect(has('ja-JP', 'Microsoft 3650', 'Microsoft 365')).toBe(false);
  });
});

describe('terms in the English', () => {
  const terms = [
    { en: 'claim' },
    { en: 'Claiming Partner of Record' },
    { en: 'opt out' },
    { en: 'opt-out window', also: ['opt-out deadline'] },
    { en: 'Overview', label: true },
    { en: 'Dispute', label: true },
    { en: 'association', also: ['associate'] },
  ];
  const found = (english: string) => findEnglishTerms(english, terms).map((t) => t.en);

  it('finds plural and verb forms', () => {
    expect(found('Partners claimed it, and the customer opted out.')).toEqual(['claim', 'opt out']);
    expect(found('Customers associated before 2019')).toEqual(['association']);
  });
  it('lets a longer term hide the shorter one inside it', () => {
    expect(found('under the Claiming Partner of Record model')).toEqual(['Claiming Partner of Record']);
    expect(found('the opt-out window and the opt-out deadline')).toEqual(['opt-out window']);
  });
  it('finds an interface label only in bold or as the whole text, and exactly as written', () => {
    expect(found('Open **Overview**.')).toEqual(['Overview']);
    expect(found('Read the [overview](../overview/).')).toEqual([]);
    expect(found('Overview')).toEqual(['Overview']);
    expect(found('Disputes')).toEqual([]);
    expect(found('Select **Dispute**.')).toEqual(['Dispute']);
    // A UI string that is only the word is the site's own control, not Partner Center's label.
    expect(findEnglishTerms('Overview', terms, false)).toEqual([]);
  });
  it('ignores link destinations, code and file names', () => {
    expect(found('See [Editing](../claim/#opt-out).')).toEqual([]);
    expect(found('Run `npm run claim` to download cpor-opt-out-deadline.ics.')).toEqual([]);
  });
});
