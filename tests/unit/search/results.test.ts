import { describe, expect, it } from 'vitest';
import { excerpt, type Hit, matchedWords, rankResults, searchAsTyped } from '../../../src/domain/search/results';

const hit = (id: string, words: number[] = [1], fields?: string[]): Hit => ({
  id,
  words,
  ...(fields ? { matchedMetaFields: fields } : {}),
});

describe('rankResults', () => {
  it('puts text matches of the exact query first, then its variant-only matches, then the folded ones', () => {
    const exact = [hit('variant-only', [], ['variants']), hit('text'), hit('title', [], ['title'])];
    const folded = [
      hit('folded-only'),
      hit('text'),
      hit('variant-only', [], ['variants']),
      hit('title', [], ['title']),
    ];
    expect(rankResults(exact, folded).map((h) => h.id)).toEqual(['text', 'title', 'variant-only', 'folded-only']);
  });

  it('drops what only the exact form found when the folded form found pages (a fallback to a shorter word)', () => {
    expect(rankResults([hit('fallback'), hit('both')], [hit('both'), hit('other')]).map((h) => h.id)).toEqual([
      'both',
      'other',
    ]);
  });

  it('keeps the exact results when there was no folded search or it found nothing', () => {
    expect(rankResults([hit('a'), hit('b')]).map((h) => h.id)).toEqual(['a', 'b']);
    expect(rankResults([hit('a'), hit('b')], []).map((h) => h.id)).toEqual(['a', 'b']);
  });
});

describe('searchAsTyped', () => {
  const fake = (index: Record<string, Hit[]>) => {
    const asked: string[] = [];
    const search = async (q: string) => {
      asked.push(q);
      return index[q] ?? [];
    };
    return { asked, search };
  };

  it('searches once when Pagefind folds the query itself', async () => {
    const { asked, search } = fake({ társítás: [hit('hu/overview/')] });
    expect((await searchAsTyped('TÁRSÍTÁS', 'hu-HU', search)).map((h) => h.id)).toEqual(['hu/overview/']);
    expect(asked).toEqual(['társítás']);
  });

  it('searches the Turkish lower case and the folded form at once, exact pages first', async () => {
    const { asked, search } = fake({
      sınır: [hit('tr/sinir-page/', [], ['variants']), hit('tr/sınır-page/')],
      sinir: [hit('tr/sınır-page/', [], ['variants']), hit('tr/sinir-page/')],
    });
    expect((await searchAsTyped('SINIR', 'tr-TR', search)).map((h) => h.id)).toEqual([
      'tr/sınır-page/',
      'tr/sinir-page/',
    ]);
    expect(asked).toEqual(['sınır', 'sinir']);
  });
});

describe('matchedWords', () => {
  const text = 'Yanlış bir ilişki. Yanlışlıkla oluşturulan ilişkilendirme; NASIL, nasıl ve nasil.';

  it('finds the words a query begins, in the locale case first', () => {
    expect(matchedWords(text, 'NASIL', 'tr-TR')).toEqual(['NASIL', 'nasıl']);
    expect(matchedWords(text, 'İlişki', 'tr-TR')).toEqual(['ilişki', 'ilişkilendirme']);
  });

  it('and without accents when the locale case finds none', () => {
    expect(matchedWords(text, 'yanlis', 'tr-TR')).toEqual(['Yanlış', 'Yanlışlıkla']);
  });

  it('finds a word inside a run of Japanese text, and nothing for a word the text lacks', () => {
    expect(matchedWords('アラブ首長国連邦で申請します', '首長 申請', 'ja-JP')).toEqual(['首長', '申請']);
    expect(matchedWords(text, 'kitap', 'tr-TR')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(matchedWords('ab ac ad ae', 'a', 'en', 2)).toEqual(['ab', 'ac']);
  });
});

describe('excerpt', () => {
  const long = `${'baş '.repeat(60)}Yanlış ilişki burada. ${'son '.repeat(60)}`;

  it('shows the text around the first matched word, whole words marked, cut at spaces', () => {
    const parts = excerpt(long, ['Yanlış'], 80);
    expect(parts[0]).toEqual({ text: '… ', mark: false });
    expect(parts.filter((p) => p.mark)).toEqual([{ text: 'Yanlış', mark: true }]);
    expect(parts.at(-1)).toEqual({ text: ' …', mark: false });
    const body = parts
      .slice(1, -1)
      .map((p) => p.text)
      .join('');
    expect(body.startsWith('baş')).toBe(true);
    expect(body.trimEnd().endsWith('son')).toBe(true);
    expect(body.length).toBeLessThanOrEqual(80);
  });

  it('marks whole words only in spaced scripts, and inside runs in unspaced ones', () => {
    expect(excerpt('nasıl nasıldır', ['nasıl']).filter((p) => p.mark)).toHaveLength(1);
    expect(excerpt('アラブ首長国連邦', ['首長']).map((p) => p.text)).toEqual(['アラブ', '首長', '国連邦']);
  });

  it('shows the start of the text when no word matches', () => {
    expect(excerpt(long, [], 20)).toEqual([
      { text: 'baş baş baş baş baş', mark: false },
      { text: ' …', mark: false },
    ]);
  });
});
