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
