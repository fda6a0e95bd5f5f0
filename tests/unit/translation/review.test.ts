import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator, type Messages } from '../../../src/domain/i18n/format';
import { LOCALES } from '../../../src/domain/i18n/locales';
import { matchPage, type SourceBlock } from '../../../src/domain/translation/match';
import { noticeLines, translationKind } from '../../../src/domain/translation/notice';
import {
  parseUiState,
  reviewPassages,
  reviewStrings,
  serializeUiState,
  uiPairs,
  uiReviewCounts,
} from '../../../src/domain/translation/review';
import {
  parsePageTranslations,
  serializePageTranslations,
  type PageTranslations,
  type TranslationUnit,
} from '../../../src/domain/translation/store';

const FILE = 'locales/tr/pages/overview.json';
const blocks: SourceBlock[] = [
  { ref: 'title', passages: ['Overview'] },
  {
    ref: '0',
    passages: ['Microsoft validates all incentive claims.', 'Customers have five business days to opt out.'],
  },
];
const unit = (source: string, target: string, type: 'MT' | 'HT' = 'MT'): TranslationUnit => ({ source, target, type });
const stored = (units: TranslationUnit[]): PageTranslations => ({ page: 'overview', locale: 'tr', imports: [], units });
const units = [
  unit('Overview', 'Genel bakış'),
  unit('Microsoft validates all incentive claims.', 'Microsoft tüm teşvik taleplerini doğrular.'),
  unit('Customers have five business days to opt out.', 'Müşterilerin reddetmek için beş iş günü vardır.'),
];

describe('the reviewed state in the store', () => {
  it('round-trips a review through the file format', () => {
    const { translations } = reviewPassages(stored(units), blocks, 'Ayşe Yılmaz', '2026-12-02');
    const text = serializePageTranslations(translations);
    const again = parsePageTranslations(JSON.parse(text), FILE);
    expect(again).toEqual(translations);
    expect(serializePageTranslations(again)).toBe(text);
    expect(again.units[0]).toEqual({
      ...units[0],
      review: { by: 'Ayşe Yılmaz', date: '2026-12-02', source: 'Overview', target: 'Genel bakış' },
    });
  });

  it('writes every stored file without reviews byte for byte as before', () => {
    let files = 0;
    for (const l of LOCALES.filter((x) => x.code !== 'en')) {
      for (const f of readdirSync(`locales/${l.code}/pages`)) {
        const path = `locales/${l.code}/pages/${f}`;
        const text = readFileSync(path, 'utf8');
        const data = parsePageTranslations(JSON.parse(text), path);
        if (data.units.some((u) => u.review)) continue;
        expect(serializePageTranslations(data), path).toBe(text);
        files++;
      }
    }
    expect(files).toBeGreaterThan(0);
  });

  it.each([
    [
      { by: 'A', date: '2026-02-30', source: 'Overview', target: 'x' },
      `${FILE}: units[0].review.date: "2026-02-30" is not a date (YYYY-MM-DD)`,
    ],
    [{ by: '', date: '2026-02-03', source: 'Overview', target: 'x' }, `${FILE}: units[0].review.by: must not be empty`],
    [{ by: 'A', date: '2026-02-03', source: 'Overview' }, `${FILE}: units[0].review.target: expected a string`],
    [
      { by: 'A', date: '2026-02-03', source: 'Overview', target: 'x', ok: true },
      `${FILE}: units[0].review.ok: not a known field`,
    ],
    ['yes', `${FILE}: units[0].review: expected an object`],
  ])('refuses a bad review, naming the file and the field (%j)', (review, message) => {
    const raw = { ...stored([]), units: [{ ...units[0], review }] };
    expect(() => parsePageTranslations(raw, FILE)).toThrow(message);
  });
});

describe('which passages count as reviewed', () => {
  const reviewed = reviewPassages(stored(units), blocks, 'Ayşe', '2026-12-02').translations.units;

  it('counts reviewed current passages; a reviewed machine translation stays MT', () => {
    const m = matchPage(blocks, reviewed);
    expect(m.counts).toMatchObject({ current: 3, reviewed: 3 });
    expect(reviewed.every((u) => u.type === 'MT')).toBe(true);
    expect(m.machine).toBe(true);
    expect(m.unreviewedMachine).toBe(false);
  });

  it('lapses when the English changes (the passage is outdated)', () => {
    const changed: SourceBlock[] = [
      blocks[0]!,
      { ref: '0', passages: ['Microsoft validates every incentive claim.', blocks[1]!.passages[1]!] },
    ];
    const m = matchPage(changed, reviewed);
    expect(m.counts).toMatchObject({ current: 2, outdated: 1, reviewed: 2 });
    expect(m.unreviewedMachine).toBe(true);
    expect(m.staleReviews).toBe(1);
  });

  it('lapses when the translation is edited after the review', () => {
    const edited = reviewed.map((u, i) => (i === 1 ? { ...u, target: 'Microsoft talepleri doğrular.' } : u));
    const m = matchPage(blocks, edited);
    expect(m.counts.reviewed).toBe(2);
    expect(m.staleReviews).toBe(1);
  });

  it('marks only current passages: an outdated one needs a translator first', () => {
    const old = [
      units[0]!,
      unit('Microsoft validates all incentives claims.', 'Microsoft talepleri doğrular.'),
      units[2]!,
    ];
    const r = reviewPassages(stored(old), blocks, 'Ayşe', '2026-12-02');
    expect([r.marked, r.outdated]).toEqual([2, 1]);
    expect(r.translations.units[1]!.review).toBeUndefined();
  });
});

describe('the notice says which kind of translation a page is', () => {
  const english = JSON.parse(readFileSync('locales/en/common.json', 'utf8')) as Messages;
  const t = createTranslator(english, 'en');
  const page = (list: TranslationUnit[]) => matchPage(blocks, list);
  const reviewedAll = reviewPassages(stored(units), blocks, 'Ayşe', '2026-12-02').translations.units;
  const human = units.map((u) => ({ ...u, type: 'HT' as const }));

  it.each([
    ['machine translated', units, 'machine', 'This page was machine translated. It may contain errors.'],
    [
      'machine translated and reviewed',
      reviewedAll,
      'machine-reviewed',
      'This page was machine translated and reviewed by a translator.',
    ],
    ['translated', human, 'translated', 'This page was translated by a translator.'],
    // One unreviewed machine passage is enough to say "machine translated".
    [
      'machine translated (one passage unreviewed)',
      [reviewedAll[0]!, reviewedAll[1]!, units[2]!],
      'machine',
      'This page was machine translated. It may contain errors.',
    ],
    // Human and reviewed machine passages together: reviewed.
    [
      'machine translated and reviewed (mixed with human)',
      [human[0]!, reviewedAll[1]!, human[2]!],
      'machine-reviewed',
      'This page was machine translated and reviewed by a translator.',
    ],
  ])('%s', (_name, list, kind, text) => {
    const m = page(list as TranslationUnit[]);
    expect(translationKind(m)).toBe(kind);
    expect(noticeLines(m, t)).toEqual([{ kind, text }]);
  });

  it('says nothing about the kind when nothing is translated, and still counts what is missing', () => {
    const m = page([]);
    expect(translationKind(m)).toBeUndefined();
    expect(noticeLines(m, t)).toEqual([
      { kind: 'missing', text: '3 of 3 passages are not yet translated and are shown in English.' },
    ]);
  });

  it.each(LOCALES.filter((l) => l.code !== 'en').map((l) => [l.code, l.tag]))(
    'has the three wordings in %s, each its own',
    (code, tag) => {
      const messages = JSON.parse(readFileSync(`locales/${code}/common.json`, 'utf8')) as Messages;
      const own = createTranslator(messages, tag);
      const texts = [units, reviewedAll, human].map((list) => noticeLines(page(list), own)[0]!.text);
      expect(new Set(texts).size).toBe(3);
      for (const text of texts) expect(text).not.toMatch(/^notice\./);
    },
  );
});

describe('the review state of UI strings (ui-state.json)', () => {
  const english = { common: { menu: 'Menu', n_one: '{{count}} result', n_other: '{{count}} results' } };
  const ui = { common: { menu: 'Menü', n_one: '{{count}} sonuç', n_other: '{{count}} sonuç' } };
  const pairs = uiPairs(english, ui);
  const UI_FILE = 'locales/tr/ui-state.json';

  it('round-trips through its file', () => {
    const { state, marked } = reviewStrings(
      { locale: 'tr', reviews: {} },
      ['common:n_other', 'common:menu'],
      pairs,
      'Ayşe',
      '2026-12-02',
    );
    expect(marked).toEqual(['common:n_other', 'common:menu']);
    const text = serializeUiState(state);
    expect(Object.keys(JSON.parse(text).reviews)).toEqual(['common:menu', 'common:n_other']);
    expect(parseUiState(JSON.parse(text), UI_FILE, 'tr')).toEqual(state);
    expect(uiReviewCounts(state, pairs)).toEqual({ reviewed: 2, stale: [], unknown: [] });
  });

  it('lapses when the English or the translation changes, and names keys that no longer exist', () => {
    const { state } = reviewStrings(
      { locale: 'tr', reviews: {} },
      ['common:menu', 'common:n_one'],
      pairs,
      'A',
      '2026-12-02',
    );
    const later = uiPairs(
      { common: { menu: 'Main menu', n_one: '{{count}} result', n_other: '{{count}} results' } },
      { common: { menu: 'Menü', n_one: '{{count}} adet sonuç', n_other: '{{count}} sonuç' } },
    );
    expect(uiReviewCounts(state, later)).toEqual({ reviewed: 0, stale: ['common:menu', 'common:n_one'], unknown: [] });
    const gone = { locale: 'tr', reviews: { 'common:old': state.reviews['common:menu']! } };
    expect(uiReviewCounts(gone, pairs)).toEqual({ reviewed: 0, stale: [], unknown: ['common:old'] });
  });

  it('refuses a key it cannot review', () => {
    const r = reviewStrings({ locale: 'tr', reviews: {} }, ['common:nope'], pairs, 'A', '2026-12-02');
    expect([r.marked, r.unknown]).toEqual([[], ['common:nope']]);
  });

  it.each([
    [{ locale: 'hu', reviews: {} }, `${UI_FILE}: locale: must be "tr" (the folder), not "hu"`],
    [
      { locale: 'tr', reviews: { menu: {} } },
      `${UI_FILE}: reviews["menu"]: the key must be namespace:key, for example common:site.name`,
    ],
    [
      { locale: 'tr', reviews: { 'common:menu': { by: 'A', date: 'yesterday', source: 'Menu', target: 'Menü' } } },
      `${UI_FILE}: reviews["common:menu"].date: "yesterday" is not a date (YYYY-MM-DD)`,
    ],
    [{ locale: 'tr', reviews: {}, strings: {} }, `${UI_FILE}: strings: not a known field`],
  ])('names the file and the field of a bad ui-state.json (%j)', (raw, message) => {
    expect(() => parseUiState(raw, UI_FILE, 'tr')).toThrow(message);
  });
});
