import { describe, expect, it } from 'vitest';
import { indexKey } from '../../../src/domain/search/fold';
import { VARIANTS_FIELD, variantTerms, withVariantTerms } from '../../../src/domain/search/variants';

describe('variantTerms: what Pagefind would otherwise file under another word', () => {
  it('Turkish: the Turkish lower case of capitals, and words without ı, nothing for words Pagefind files right', () => {
    const terms = variantTerms('IŞIK yanlış Nasıl kitap İş şart', 'tr-TR');
    expect(terms).toEqual(['ışık', 'yanlis', 'nasil']);
    // Pagefind itself files "İş" under "is", "şart" under "sart" and "IŞIK" under "isik".
    expect(indexKey('İş')).toBe('is');
    expect(indexKey('IŞIK')).toBe('isik');
  });

  it('Hungarian needs nothing: Pagefind folds its accents, and its casing is the root one', () => {
    expect(variantTerms('Ösztönzőprogramokhoz ÜGYFÉL társítás', 'hu-HU')).toEqual([]);
  });

  it('Arabic: the letters Pagefind keeps, and words without their joined article', () => {
    // "الله" keeps its letters: two letters after the article are too few to be a word without it.
    expect(variantTerms('الارتباطات والأسئلة إلى الله', 'ar')).toEqual([
      'ارتباطات',
      'والاسيله',
      'أسئلة',
      'اسيله',
      'الي',
    ]);
  });

  it('Japanese: words with hiragana as the browser segments them, so such a word out of a run is found', () => {
    expect(variantTerms('関連付けについてどちらかを申請します', 'ja-JP')).toEqual([
      '付け',
      'について',
      'どちら',
      'か',
      'を',
      'し',
      'ます',
    ]);
    // Words of kanji or katakana alone are found by Pagefind's prefix matching: no extra terms for them.
    expect(variantTerms('インセンティブ申請', 'ja-JP')).toEqual([]);
  });

  it('a locale the site does not have gets rules from its tag: Azerbaijani capitals and schwa', () => {
    expect(variantTerms('İSTİFADƏÇİ IŞIQ', 'az')).toEqual(['istifadeci', 'ışıq']);
  });

  it('lists each form once, in order of first appearance', () => {
    expect(variantTerms('nasıl NASIL nasıl yanlış nasıl', 'tr-TR')).toEqual(['nasil', 'nasıl', 'yanlis']);
  });
});

describe('withVariantTerms: the metadata attribute on the indexed element', () => {
  const html = (attrs = '') =>
    `<html lang="tr-TR"><body><div title="a>b"></div><main id="content"${attrs} data-pagefind-body><h1>NASIL</h1></main></body></html>`;

  it('adds the field to the data-pagefind-body element', () => {
    const out = withVariantTerms(html(), 'NASIL "IŞIK" <kırık>');
    expect(out.terms).toBe(3);
    expect(out.html).toContain(
      `<main data-pagefind-meta="${VARIANTS_FIELD}:nasıl ışık kirik" id="content" data-pagefind-body>`,
    );
  });

  it('leaves a page without terms, without the element or without a language as it is', () => {
    expect(withVariantTerms(html(), 'kitap')).toEqual({ html: html(), terms: 0 });
    const plain = '<html lang="tr"><body><main>NASIL</main></body></html>';
    expect(withVariantTerms(plain, 'NASIL')).toEqual({ html: plain, terms: 0 });
    const noLang = '<html><body><main data-pagefind-body>NASIL</main></body></html>';
    expect(withVariantTerms(noLang, 'NASIL')).toEqual({ html: noLang, terms: 0 });
  });

  it('refuses an element that already has metadata, naming it', () => {
    expect(() => withVariantTerms(html(' data-pagefind-meta="title"'), 'NASIL')).toThrow(
      /<main data-pagefind-body> already has data-pagefind-meta/,
    );
  });
});
