import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseFold, caseFold, indexKey, queryForms } from '../../../src/domain/search/fold';

const SITE_TAGS = (JSON.parse(readFileSync('locales/locales.json', 'utf8')) as { tag: string }[]).map((l) => l.tag);

describe('caseFold against toLocaleLowerCase, per locale', () => {
  // [input, tag, expected, what toLocaleLowerCase(tag) gives when it differs]
  const rows: [string, string, string, string?][] = [
    // Turkish: I is the capital of ı, İ of i; a naive lower case gives "nasil", another word.
    ['I', 'tr-TR', 'ı'],
    ['İ', 'tr-TR', 'i'],
    ['ı', 'tr-TR', 'ı'],
    ['i', 'tr-TR', 'i'],
    ['NASIL', 'tr-TR', 'nasıl'],
    ['İŞ', 'tr-TR', 'iş'],
    ['IŞIK', 'tr-TR', 'ışık'],
    ['I\u0307', 'tr-TR', 'i'],
    // i with a combining dot above is the i's own dot: one letter, where toLocaleLowerCase keeps two.
    ['i\u0307', 'tr-TR', 'i', 'i\u0307'],
    // Other locales: I is the capital of i, and İ lowers to i + dot, which the fold makes one letter.
    ['I', 'en', 'i'],
    ['İ', 'en', 'i', 'i\u0307'],
    ['İSTANBUL', 'en', 'istanbul', 'i\u0307stanbul'],
    ['ı', 'en', 'ı'],
    ['ÖSZTÖNZŐPROGRAMOKHOZ', 'hu-HU', 'ösztönzőprogramokhoz'],
    ['Ügyfél', 'hu-HU', 'ügyfél'],
    ['الْمُسَجَّل', 'ar', 'الْمُسَجَّل'],
    ['申請', 'ja-JP', '申請'],
    // Compatibility forms change length: full-width Latin, half-width katakana, ligatures.
    ['ＣＰＯＲ', 'ja-JP', 'cpor', 'ｃｐｏｒ'],
    ['ｲﾝｾﾝﾃｨﾌﾞ', 'ja-JP', 'インセンティブ', 'ｲﾝｾﾝﾃｨﾌﾞ'],
    ['ﬁle', 'en', 'file', 'ﬁle'],
    // Locales the site does not have yet get their own rules from the tag: Azerbaijani's dotless i,
    // Lithuanian's dot (dropped: it is the i's), German's capital sharp s, Greek's final sigma.
    ['I', 'az', 'ı'],
    ['Ì', 'lt', 'ì', 'i\u0307\u0300'],
    ['STRAẞE', 'de', 'straße'],
    ['ΟΔΟΣ', 'el', 'οδος'],
  ];
  it.each(rows)('%s in %s folds to %s', (input, tag, expected, lower) => {
    expect(caseFold(input, tag)).toBe(expected);
    expect(input.toLocaleLowerCase(tag)).toBe(lower ?? expected);
  });

  it.each([
    ['İ', 'en', 2, 1],
    ['i\u0307', 'tr-TR', 2, 1],
    ['Ì', 'lt', 3, 1],
    ['ﬁle', 'en', 3, 4],
    ['ｲﾝｾﾝﾃｨﾌﾞ', 'ja-JP', 8, 7],
  ] as const)(
    '%s in %s changes length when folded: %i code points lowered, %i folded',
    (input, tag, lowered, folded) => {
      expect([...input.toLocaleLowerCase(tag)]).toHaveLength(lowered);
      expect([...caseFold(input, tag)]).toHaveLength(folded);
    },
  );

  // caseFold lowers ASCII text without the locale-aware path, except where the locale's I is dotless: the
  // answer must be the locale's own for every language ICU knows, not only the site's.
  it('ASCII text folds as toLocaleLowerCase lowers it, in every language the runtime knows', () => {
    const ascii = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ Istanbul MIX of Words 0123';
    const languages = new Intl.DisplayNames('en', { type: 'language' });
    const tags = [
      'tr',
      'TR',
      'tr-TR',
      'az-Latn-AZ',
      'AZ',
      'lt',
      'el',
      'de',
      'nl',
      'kk',
      'tt',
      'crh',
      'ba',
      ...SITE_TAGS,
    ];
    for (let a = 97; a <= 122; a++)
      for (let b = 97; b <= 122; b++) {
        const code = String.fromCharCode(a, b);
        if (languages.of(code) !== code) tags.push(code);
      }
    const differ = tags.filter((tag) => caseFold(ascii, tag) !== ascii.toLocaleLowerCase(tag));
    expect(differ).toEqual([]);
    expect(caseFold(ascii, 'tr')).toContain('ıstanbul');
  });

  it('an invalid tag falls back to the root locale instead of throwing', () => {
    expect(caseFold('NASIL', 'not a tag!')).toBe('nasil');
  });

  // What the reader types in capitals, in sentence case or in lower case folds to the same.
  const alphabets: Record<string, string> = {
    'tr-TR': 'abcçdefgğhıijklmnoöprsştuüvyz',
    'hu-HU': 'aábcdeéfghiíjklmnoóöőpqrstuúüűvwxyz',
    en: 'abcdefghijklmnopqrstuvwxyz',
    az: 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz',
    ar: 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى',
    'ja-JP': 'あいうえおかきくけこアイウエオカキクケコ申請関連付',
  };
  for (const [tag, letters] of Object.entries(alphabets)) {
    it(`${tag}: capitals, sentence case and lower case fold alike`, () => {
      const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
      fc.assert(
        fc.property(word, (w) => {
          const lower = caseFold(w, tag);
          const [first = '', ...rest] = [...w];
          expect(caseFold(w.toLocaleUpperCase(tag), tag)).toBe(lower);
          expect(caseFold(first.toLocaleUpperCase(tag) + rest.join(''), tag)).toBe(lower);
          expect(caseFold(lower, tag)).toBe(lower);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('the same property fails for a language-blind lower case in Turkish (what the issue saw)', () => {
    expect('NASIL'.toLowerCase()).not.toBe('nasıl'.toLowerCase());
    expect(caseFold('NASIL', 'tr-TR')).toBe(caseFold('nasıl', 'tr-TR'));
  });

  it('every locale of the site has a tag the fold accepts', () => {
    for (const tag of SITE_TAGS) expect(Intl.getCanonicalLocales(tag)).toHaveLength(1);
  });
});

describe('baseFold: accent-insensitive', () => {
  const rows: [string, string, string][] = [
    ['YANLIŞ', 'tr-TR', 'yanlis'],
    ['yanlış', 'tr-TR', 'yanlis'],
    ['yanlis', 'tr-TR', 'yanlis'],
    ['İLİŞKİLENDİRME', 'tr-TR', 'iliskilendirme'],
    ['ğüöçş', 'tr-TR', 'guocs'],
    ['İŞ', 'en', 'is'],
    ['ŐSZTÖNZŐ', 'hu-HU', 'osztonzo'],
    ['űrlap', 'hu-HU', 'urlap'],
    ['café', 'en', 'cafe'],
    // Letters that do not decompose, some of them into two letters.
    ['Straße', 'de', 'strasse'], // one letter more
    ['Ørsted', 'da', 'orsted'],
    ['Łódź', 'pl', 'lodz'],
    ['Æther', 'en', 'aether'],
    // Arabic: tashkeel and hamza dropped, alif maqsura, ta marbuta and tatweel as commonly typed.
    ['الْمُسَجَّل', 'ar', 'المسجل'],
    ['أسئلة', 'ar', 'اسيله'],
    ['إلى', 'ar', 'الي'],
    ['مـــسجل', 'ar', 'مسجل'],
    ['٢٠٢٥ و۱۴۰۴', 'ar', '2025 و1404'],
    ['ＣＰＯＲ', 'ja-JP', 'cpor'],
  ];
  it.each(rows)('%s in %s → %s', (input, tag, expected) => {
    expect(baseFold(input, tag)).toBe(expected);
  });

  it('leaves no combining mark, and folding twice changes nothing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.constantFrom('tr-TR', 'hu-HU', 'ar', 'ja-JP', 'en'),
        (s, tag) => {
          const once = baseFold(s, tag);
          expect(/\p{M}/u.test(once.normalize('NFD'))).toBe(false);
          expect(baseFold(once, tag)).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('indexKey: the word as Pagefind files it (before stemming)', () => {
  it.each([
    ['IŞIK', 'isik'],
    ['İŞ', 'is'],
    ['nasıl', 'nasıl'],
    ['NASIL', 'nasil'],
    ['ösztönző', 'osztonzo'],
    ['CPOR’un', 'cporun'],
    ['الْمُسَجَّل', 'المسجل'],
    ['ｃｐｏｒ', 'ｃｐｏｒ'],
  ])('%s → %s', (word, key) => {
    expect(indexKey(word)).toBe(key);
  });
});

describe('queryForms', () => {
  it('sends the locale lower case, and the folded form only when Pagefind would not fold it itself', () => {
    expect(queryForms('YANLIŞ', 'tr-TR')).toEqual({ exact: 'yanlış', folded: 'yanlis' });
    expect(queryForms('  NASIL   YAPILIR ', 'tr-TR')).toEqual({ exact: 'nasıl yapılır', folded: 'nasil yapilir' });
    expect(queryForms('İş', 'tr-TR')).toEqual({ exact: 'iş' });
    expect(queryForms('Társítás', 'hu-HU')).toEqual({ exact: 'társítás' });
    expect(queryForms('المسجَّل', 'ar')).toEqual({ exact: 'المسجَّل' });
    expect(queryForms('أسئلة', 'ar')).toEqual({ exact: 'أسئلة', folded: 'اسيله' });
    expect(queryForms('ｲﾝｾﾝﾃｨﾌﾞ', 'ja-JP')).toEqual({ exact: 'インセンティブ' });
  });
});
