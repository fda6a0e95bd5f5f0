import { describe, expect, it } from 'vitest';
import {
  countLanguages,
  mergeEntries,
  pageLanguage,
  searchBatches,
  type PagefindEntry,
} from '../../../src/domain/search/batches';

describe('searchBatches', () => {
  const langs = [
    { language: 'ar', pages: 400 },
    { language: 'en', pages: 700 },
    { language: 'hu-hu', pages: 300 },
    { language: 'ja-jp', pages: 1500 },
    { language: 'tr-tr', pages: 100 },
  ];

  it('fills each batch up to the limit, in order, without splitting a language', () => {
    expect(searchBatches(langs, 1000)).toEqual([['ar'], ['en', 'hu-hu'], ['ja-jp'], ['tr-tr']]);
    expect(searchBatches(langs, 1100)).toEqual([['ar', 'en'], ['hu-hu'], ['ja-jp'], ['tr-tr']]);
  });

  it('gives a language larger than the limit a batch of its own', () => {
    expect(searchBatches(langs, 200)).toEqual([['ar'], ['en'], ['hu-hu'], ['ja-jp'], ['tr-tr']]);
  });

  it('keeps a small site in one batch', () => {
    expect(searchBatches(langs, 3000)).toEqual([['ar', 'en', 'hu-hu', 'ja-jp', 'tr-tr']]);
  });

  it('puts everything in one batch when some pages have no language (Pagefind files them under the main one)', () => {
    expect(searchBatches([...langs, { language: '', pages: 1 }], 100)).toEqual([
      ['ar', 'en', 'hu-hu', 'ja-jp', 'tr-tr', ''],
    ]);
  });

  it('refuses a language listed twice and a batch size below one page', () => {
    expect(() => searchBatches([...langs, { language: 'en', pages: 1 }], 1000)).toThrow(/"en" is listed twice/);
    expect(() => searchBatches(langs, 0)).toThrow(/at least 1 page/);
    expect(() => searchBatches(langs, Number.NaN)).toThrow(/at least 1 page/);
  });
});

describe('pageLanguage', () => {
  it.each([
    ['<!doctype html><html lang="tr-TR" dir="ltr"><head>', 'tr-tr'],
    ["<html dir='rtl' lang='ar'>", 'ar'],
    ['<HTML LANG=ja-JP>', 'ja-jp'],
    ['<html data-x="1" lang = "hu-HU">', 'hu-hu'],
    ['<html><body lang="en">', ''],
    ['<html data-lang="en">', ''],
    ['<p>no html element</p>', ''],
  ])('%s → "%s"', (html, lang) => {
    expect(pageLanguage(html)).toBe(lang);
  });
});

describe('countLanguages', () => {
  it('counts pages per language, sorted by name', () => {
    expect(countLanguages(['tr-tr', 'en', 'tr-tr', 'ar'])).toEqual([
      { language: 'ar', pages: 1 },
      { language: 'en', pages: 1 },
      { language: 'tr-tr', pages: 2 },
    ]);
  });
});

describe('mergeEntries', () => {
  const entry = (languages: string[], version = '1.6.0', chars = ['_']): PagefindEntry => ({
    version,
    languages: Object.fromEntries(languages.map((l) => [l, { hash: `${l}_1`, wasm: l, page_count: 3 }])),
    include_characters: chars,
  });

  it("takes every batch's languages, sorted as Pagefind writes them", () => {
    const merged = mergeEntries([entry(['tr-tr', 'en']), entry(['ar'])]);
    expect(Object.keys(merged.languages)).toEqual(['ar', 'en', 'tr-tr']);
    expect(merged.languages.ar).toEqual({ hash: 'ar_1', wasm: 'ar', page_count: 3 });
    expect(JSON.stringify(merged).startsWith('{"version":"1.6.0","languages":{"ar":')).toBe(true);
  });

  it('refuses a language indexed twice, another version, other word characters, or nothing', () => {
    expect(() => mergeEntries([entry(['en']), entry(['en'])])).toThrow(/"en" was indexed in two batches/);
    expect(() => mergeEntries([entry(['en']), entry(['ar'], '1.5.0')])).toThrow(/Pagefind 1\.5\.0/);
    expect(() => mergeEntries([entry(['en']), entry(['ar'], '1.6.0', ['-'])])).toThrow(/word characters/);
    expect(() => mergeEntries([])).toThrow(/no Pagefind output/);
  });
});
