/** The exchange's building blocks, and round trips over the project's real translations in every format. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeData } from '../../../scripts/lib/locale-data';
import { checkMessages } from '../../../src/domain/i18n/check-messages';
import { pluralCategories, pluralNote } from '../../../src/domain/i18n/plurals';
import { inlineProblems } from '../../../src/domain/translation/inline-check';
import { alignCodes, fromCoded, toCoded } from '../../../src/domain/translation/inline-codes';
import { englishStrings, markEnglish } from '../../../src/domain/translation/mark-english';
import { matchPage } from '../../../src/domain/translation/match';
import { untranslatedTest } from '../../../src/domain/translation/untranslated';
import { exportTranslations, importTranslations, FORMATS } from '../../../src/domain/translation/xliff';

const LOCALES = ['tr', 'hu', 'ar', 'ja'];

describe('round trips of the real translations', () => {
  it.each(LOCALES.flatMap((l) => FORMATS.map((f) => [l, f] as const)))('%s as %s: nothing to write', (code, format) => {
    const d = localeData(code);
    const text = exportTranslations(d, format);
    const r = importTranslations(text, `${code}.${format}`, d);
    expect(r.errors).toEqual([]);
    expect(r.conflicts).toEqual([]);
    expect([r.pages, r.namespaces, r.uiState]).toEqual([[], [], undefined]);
    expect(r.report.updated).toBe(0);
    // The same file again: an export is deterministic.
    expect(exportTranslations(d, format)).toBe(text);
  });
});

describe('inline codes', () => {
  const stored = LOCALES.flatMap((l) =>
    readdirSync(`locales/${l}/pages`).flatMap(
      (f) => JSON.parse(readFileSync(`locales/${l}/pages/${f}`, 'utf8')).units as { source: string; target: string }[],
    ),
  );
  it('rebuild every stored English and translation byte for byte, and pair up', () => {
    expect(stored.length).toBeGreaterThan(1000);
    for (const u of stored) {
      for (const t of [u.source, u.target]) {
        const c = toCoded(t);
        expect(fromCoded(c.pieces, c.codes)).toBe(t);
      }
      expect(alignCodes(toCoded(u.source), toCoded(u.target)).problems, u.target).toEqual([]);
    }
  });

  it.each([
    ['**Bold** then [a link](../x/) and `code`', ['strong', 'link', 'code']],
    ['Select **+ Customer association**.', ['strong']],
    ['{{count}} of {{total}}', ['placeholder', 'placeholder']],
    ['See https://example.org/page today', ['link']],
    ['5 * 3 is not emphasis', []],
  ])('%s', (text, kinds) => {
    const c = toCoded(text);
    expect(c.codes.map((x) => x.kind)).toEqual(kinds);
    expect(fromCoded(c.pieces, c.codes)).toBe(text);
  });

  it('pairs a translation that reorders links by their address, and reports what does not fit', () => {
    const en = toCoded('Read [one](../a/) and [two](../b/).');
    const reordered = alignCodes(en, toCoded('[İki](../b/) ve [bir](../a/) okuyun.'));
    expect(reordered.problems).toEqual([]);
    expect(fromCoded(reordered.pieces, en.codes)).toBe('[İki](../b/) ve [bir](../a/) okuyun.');
    expect(alignCodes(en, toCoded('[Bir](../a/) okuyun.')).problems).toEqual([
      'the English has link to ../b/, which the translation lacks',
    ]);
  });

  it.each([
    ['**Bold** text.', '**Kalın metin.', /unbalanced Markdown: "\*\*" left without its pair/],
    ['See [the page](../x/).', 'Bkz. [sayfa](../x/) ve [ayrıca.', /unbalanced Markdown: "\[" or "\]\("/],
    ['See [the page](../x/).', 'Bkz. [sayfa(../x/).', /the English has 1 link\(s\), the translation 0/],
    ['**Bold** text.', 'Kalın metin.', /the translation has no links or emphasis, the English 1 bold span/],
  ])('refuses %s → %s', (english, target, message) => {
    expect(inlineProblems(target, english).join('; ')).toMatch(message);
  });
});

describe('plural forms', () => {
  it('say which numbers each category covers, from Intl.PluralRules', () => {
    expect(pluralNote('tr-TR')).toBe('one = 1; other = 0, 2 and above');
    expect(pluralNote('fr')).toMatch(/^one = 0, 1; many = 1,000,000, 2,000,000, .*; other = 2 and above$/);
    expect(pluralNote('ar')).toMatch(/^zero = 0; one = 1; two = 2; few = 3–10, 103–110, /);
    expect(pluralCategories('ja-JP').map((c) => [c.category, c.single])).toEqual([['other', false]]);
    expect(pluralCategories('fr').find((c) => c.category === 'one')?.single).toBe(false);
  });

  it('need {{count}} in every form that covers more than one number, in every locale', () => {
    const en = { common: { n_one: '{{count}} result', n_other: '{{count}} results' } };
    const problems = (code: string, tag: string, forms: Record<string, string>) =>
      checkMessages({ en, [code]: { common: forms } }, { en: 'en', [code]: tag }).map((p) => `${p.key}: ${p.message}`);
    // Arabic "one" covers 1 only: "one result" may spell it out. French "one" covers 0 and 1: it may not.
    expect(
      problems('ar', 'ar', {
        n_zero: 'لا نتائج',
        n_one: 'نتيجة واحدة',
        n_two: 'نتيجتان',
        n_few: '{{count}} نتائج',
        n_many: '{{count}} نتيجة',
        n_other: '{{count}} نتيجة',
      }),
    ).toEqual([]);
    expect(
      problems('fr', 'fr', { n_one: 'un résultat', n_many: '{{count}} de résultats', n_other: '{{count}} résultats' }),
    ).toEqual([
      'n_one: {{count}} is missing: the form "one" is used for 0, 1 in fr, so it must show the number; write {{count}} where the number goes',
    ]);
  });
});

describe('untranslated text counts as missing', () => {
  const page = [{ ref: '0', passages: ['Sign in to Partner Center.', 'Select Save.'] }];
  const units = [
    { source: 'Sign in to Partner Center.', target: 'Sign in to Partner Center.', type: 'MT' as const },
    { source: 'Select Save.', target: 'Seçin: Kaydet.', type: 'HT' as const },
  ];
  it('in the matcher: the passage is missing, shown in English', () => {
    const m = matchPage(page, units, { untranslated: untranslatedTest(undefined) });
    expect(m.counts).toMatchObject({ current: 1, missing: 1 });
    expect(m.blocks.get('0')![0]).toMatchObject({ state: 'missing', untranslated: true });
  });

  it('beyond the terms the termbase keeps in English, and not where an exception says it is right', () => {
    const glossary = {
      locale: 'tr',
      terms: [{ en: 'Partner Center', doNotTranslate: true, note: 'name' }],
      exceptions: [{ rule: 'untranslated' as const, key: 'deadline:result.utc', reason: 'UTC' }],
    };
    const test = untranslatedTest(glossary);
    expect(test('Partner Center', 'Partner Center')).toBe(false);
    expect(test('Sign in to Partner Center.', 'Sign in to Partner Center.')).toBe(true);
    expect(test('Coordinated Universal Time', 'Coordinated Universal Time', 'deadline:result.utc')).toBe(false);
    expect(test('Coordinated Universal Time', 'Coordinated Universal Time', 'deadline:other')).toBe(true);
  });

  it('on the page: untranslated UI strings are marked lang="en", not inside islands or scripts', () => {
    const strings = englishStrings([
      'Skip to content',
      '{{count}} results for “{{query}}”.',
      'Light',
      'Independent guide',
    ]);
    const html =
      '<html lang="fr"><body><a class="skip" href="#c">Skip to content</a><p>Independent guide <a href="/">Licence</a></p>' +
      '<select><option value="l">Light</option></select><p>3 results for “x”.</p><script>var a="Light"</script>' +
      '<astro-island><b>Light</b></astro-island><p>Lumière</p></body></html>';
    expect(markEnglish(html, strings)).toBe(
      '<html lang="fr"><body><a lang="en" class="skip" href="#c">Skip to content</a><p><span lang="en" dir="ltr">Independent guide</span> <a href="/">Licence</a></p>' +
        '<select><option lang="en" value="l">Light</option></select><p lang="en">3 results for “x”.</p><script>var a="Light"</script>' +
        '<astro-island><b>Light</b></astro-island><p>Lumière</p></body></html>',
    );
  });
});
