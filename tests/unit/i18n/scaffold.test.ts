import { describe, expect, it } from 'vitest';
import { localeEntry, scaffoldMessages } from '../../../src/domain/i18n/scaffold';

describe('localeEntry', () => {
  it.each([
    ['de', {}, { code: 'de', tag: 'de', dir: 'ltr', name: 'Deutsch', englishName: 'German' }],
    ['fa', {}, { code: 'fa', tag: 'fa', dir: 'rtl', name: 'فارسی', englishName: 'Persian' }],
    [
      'pt-br',
      { tag: 'pt-BR' },
      { code: 'pt-br', tag: 'pt-BR', dir: 'ltr', name: 'Português (Brasil)', englishName: 'Brazilian Portuguese' },
    ],
  ])('%s', (code, opts, want) => expect(localeEntry(code, opts)).toEqual(want));
  it('rejects a bad code', () => expect(() => localeEntry('DE!')).toThrow(/not a lower-case language code/));
  it('answers a regional code as a CAT tool writes it with the code to use', () => {
    expect(() => localeEntry('fr-FR')).toThrow(
      /"fr-FR" is a language with its region: the site's code is the language alone, "fr" \(add --tag fr-FR .*"fr-fr"/,
    );
    expect(() => localeEntry('pt_BR')).toThrow(/"pt" \(add --tag pt-BR/);
  });
});

describe('scaffoldMessages', () => {
  it("copies English and expands plurals to the new locale's categories", () => {
    const en = { a: { n_one: '{{count}} item', n_other: '{{count}} items' }, b: 'Hello' };
    expect(scaffoldMessages(en, 'pl')).toEqual({
      a: { n_one: '{{count}} item', n_few: '{{count}} items', n_many: '{{count}} items', n_other: '{{count}} items' },
      b: 'Hello',
    });
    expect(scaffoldMessages(en, 'ja')).toEqual({ a: { n_other: '{{count}} items' }, b: 'Hello' });
  });
});
