import { describe, expect, it } from 'vitest';
import { bestLocale, findLocale, getLocale, LOCALES, parseLocaleList } from '../../../src/domain/i18n/locales';

describe('the locale list', () => {
  it('has the five locales with the source first', () => {
    expect(LOCALES.map((l) => l.code)).toEqual(['en', 'tr', 'hu', 'ar', 'ja']);
    expect(getLocale('ar').dir).toBe('rtl');
    expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
  });

  it('finds and rejects codes', () => {
    expect(findLocale('hu')?.tag).toBe('hu-HU');
    expect(findLocale('xx')).toBeUndefined();
    expect(() => getLocale('xx')).toThrow(/Unknown locale "xx"/);
  });

  it.each([
    [['tr-TR', 'en'], 'tr'],
    [['hu'], 'hu'],
    [['ar-EG'], 'ar'],
    [['ja'], 'ja'],
    [['de-DE', 'ja-JP'], 'ja'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
  ])('picks the best locale for %j', (prefs, want) => {
    expect(bestLocale(prefs).code).toBe(want);
  });

  it.each([
    [{}, /expected an array/],
    [[{ code: 'en', tag: 'en', dir: 'ltr', name: 'English' }], /\[0\]\.englishName: expected a non-empty string/],
    [[{ code: 'en', tag: 'en', dir: 'up', name: 'E', englishName: 'E' }], /\[0\]\.dir/],
    [[{ code: 'EN', tag: 'en', dir: 'ltr', name: 'E', englishName: 'E' }], /\[0\]\.code/],
    [
      [
        { code: 'en', tag: 'en', dir: 'ltr', name: 'E', englishName: 'E' },
        { code: 'en', tag: 'en', dir: 'ltr', name: 'E', englishName: 'E' },
      ],
      /\[1\]\.code: "en" is listed twice/,
    ],
    [[{ code: 'en', tag: 'not a tag!', dir: 'ltr', name: 'E', englishName: 'E' }], /\[0\]\.tag/],
  ])('rejects a bad list with the field named (%#)', (raw, message) => {
    expect(() => parseLocaleList(raw)).toThrow(message);
  });
});
