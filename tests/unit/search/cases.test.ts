import { describe, expect, it } from 'vitest';
import { searchCases } from '../../../scripts/lib/search-cases';

const tr = [
  { route: 'tr/a/', text: 'Yanlış ilişkilendirme nasıl düzeltilir? Kiracının kimliği.' },
  { route: 'tr/b/', text: 'Yanlış bir kiracı. Müşteri ıslak imza ister.' },
  { route: 'tr/c/', text: 'Microsoft Partner Center ve yanlış bilgiler.' },
];

describe('searchCases: rows drawn from the pages', () => {
  const rows = searchCases(tr, 'tr-TR', 2, 2);

  it('types each word as readers do, and lists the pages that contain it', () => {
    const capitals = rows.filter((r) => r.kind === 'capitals');
    expect(capitals.length).toBe(2);
    for (const r of capitals) expect(r.query).toBe(r.word.toLocaleUpperCase('tr-TR'));
    const accents = rows.find((r) => r.kind === 'without accents')!;
    expect(/[ıİşğçöü]/.test(accents.query)).toBe(false);
    for (const r of rows.filter((x) => x.kind !== 'no match'))
      for (const route of r.expected)
        expect(tr.find((p) => p.route === route)!.text.toLocaleLowerCase('tr-TR')).toContain(
          r.word.toLocaleLowerCase('tr-TR'),
        );
  });

  it('leaves out words on more pages than asked and shorter than five letters', () => {
    expect(rows.some((r) => r.word.toLocaleLowerCase('tr-TR') === 'yanlış')).toBe(false);
    expect(rows.every((r) => r.kind === 'no match' || [...r.word].length >= 5)).toBe(true);
  });

  it('makes a no-match query that starts with a letter no word of the pages starts with', () => {
    const none = rows.filter((r) => r.kind === 'no match');
    expect(none.map((r) => r.query)).toEqual([none[0]!.query, none[0]!.query.toLocaleUpperCase('tr-TR')]);
    const starts = new Set(
      tr.flatMap((p) =>
        p.text
          .toLocaleLowerCase('tr-TR')
          .split(/[^\p{L}]+/u)
          .map((w) => w[0]),
      ),
    );
    expect(starts.has(none[0]!.query[0])).toBe(false);
  });

  it('draws Japanese words out of runs of text', () => {
    const ja = searchCases([{ route: 'ja/a/', text: 'パートナーセンターで関連付けを申請する方法' }], 'ja-JP');
    const run = ja.filter((r) => r.kind === 'inside a run of text');
    expect(run.length).toBeGreaterThan(0);
    for (const r of run) expect(r.expected).toEqual(['ja/a/']);
  });
});
