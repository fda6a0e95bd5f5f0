import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMessages } from '../../../src/domain/i18n/check-messages';
import { createTranslator } from '../../../src/domain/i18n/format';
import { LOCALES } from '../../../src/domain/i18n/locales';
import { resourcesFromFiles } from '../../../src/domain/i18n/resources';

const tags = { en: 'en', tr: 'tr-TR', ar: 'ar', ja: 'ja-JP' };
const base = { en: { common: { a: 'Hello {{name}}', n_one: '{{count}} item', n_other: '{{count}} items' } } };

describe('checkMessages', () => {
  it.each([
    [
      'a complete locale',
      { tr: { common: { a: 'Merhaba {{name}}', n_one: '{{count}} öğe', n_other: '{{count}} öğe' } } },
      [],
    ],
    ['a missing key', { tr: { common: { n_one: 'x {{count}}', n_other: 'x {{count}}' } } }, [['missing', 'a']]],
    [
      'an extra key',
      { tr: { common: { a: '{{name}}', b: 'x', n_one: '{{count}}', n_other: '{{count}}' } } },
      [['extra', 'b']],
    ],
    [
      'an empty string',
      { tr: { common: { a: ' ', n_one: '{{count}}', n_other: '{{count}}' } } },
      [
        ['empty', 'a'],
        ['placeholder', 'a'],
      ],
    ],
    [
      'a placeholder mismatch',
      { tr: { common: { a: 'Merhaba {{isim}}', n_one: '{{count}}', n_other: '{{count}}' } } },
      [['placeholder', 'a']],
    ],
    [
      'a missing plural category',
      { ar: { common: { a: '{{name}}', n_one: 'x', n_other: '{{count}}' } } },
      ['zero', 'two', 'few', 'many'].map(() => ['plural', 'n']),
    ],
    [
      'a plural category the language does not use',
      { ja: { common: { a: '{{name}}', n_one: '{{count}}', n_other: '{{count}}' } } },
      [['extra', 'n_one']],
    ],
    [
      'markup in a string',
      { tr: { common: { a: '<b>{{name}}</b>', n_one: '{{count}}', n_other: '{{count}}' } } },
      [['markup', 'a']],
    ],
    ['a missing namespace file', { tr: {} }, [['missing', '(file)']]],
  ])('reports %s', (_name, locale, expected) => {
    const problems = checkMessages({ ...base, ...locale } as never, tags);
    expect(problems.map((p) => [p.kind, p.key])).toEqual(expected);
    for (const p of problems) expect(p.file).toMatch(/^locales\/(tr|ar|ja)\/common\.json$/);
  });

  it('passes on the real locale files, every key in all five locales', () => {
    const files = LOCALES.flatMap((l) =>
      readdirSync(`locales/${l.code}`)
        .filter((f) => f.endsWith('.json'))
        .map((f) => ({ path: `locales/${l.code}/${f}`, text: readFileSync(`locales/${l.code}/${f}`, 'utf8') })),
    );
    const resources = resourcesFromFiles(
      files,
      LOCALES.map((l) => l.code),
    );
    const problems = checkMessages(resources, Object.fromEntries(LOCALES.map((l) => [l.code, l.tag])));
    expect(problems).toEqual([]);
  });
});

describe('resourcesFromFiles', () => {
  it('names the file, line and column of invalid JSON', () => {
    expect(() => resourcesFromFiles([{ path: 'locales/tr/common.json', text: '{\n  "a": "b",\n}' }], ['tr'])).toThrow(
      /^locales\/tr\/common\.json:3:1: invalid JSON/,
    );
  });
  it('rejects a folder that is not a locale', () => {
    expect(() => resourcesFromFiles([{ path: 'locales/xx/common.json', text: '{}' }], ['tr'])).toThrow(
      /locales\/xx\/common\.json: folder "xx" is not a locale/,
    );
  });
});

describe('createTranslator (islands)', () => {
  it.each([
    ['en', 1, '1 item'],
    ['en', 2, '2 items'],
    ['en', 1500, '1,500 items'],
  ])('picks plural forms and formats numbers (%s, %d)', (tag, count, want) => {
    expect(createTranslator(base.en.common, tag)('n', { count })).toBe(want);
  });
  it('falls back to the key when a message is missing', () => {
    expect(createTranslator({}, 'en')('nope')).toBe('nope');
  });
});
