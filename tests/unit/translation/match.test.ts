import { describe, expect, it } from 'vitest';
import { matchPage, type SourceBlock } from '../../../src/domain/translation/match';
import type { TranslationUnit } from '../../../src/domain/translation/store';

const mt = (source: string, target: string): TranslationUnit => ({ source, target, type: 'MT' });
const ht = (source: string, target: string): TranslationUnit => ({ source, target, type: 'HT' });
const states = (blocks: SourceBlock[], units: TranslationUnit[]) => {
  const m = matchPage(blocks, units);
  return blocks.map((b) =>
    m.blocks
      .get(b.ref)!
      .map((p) => `${p.state}:${p.to - p.from}`)
      .join(' '),
  );
};

const page: SourceBlock[] = [
  { ref: 'title', passages: ['Overview'] },
  { ref: '0', passages: ['Microsoft validates all incentives claims.'] },
  {
    ref: '1',
    passages: [
      'At this point, we may ask you for more information.',
      'Customers have five business days to opt out.',
      'If they do not opt out, your association will be official.',
    ],
  },
  { ref: '2', passages: ['Read [the guide](../create-association/) first.'] },
];

describe('matchPage states', () => {
  it.each<[string, TranslationUnit[], string[]]>([
    [
      'nothing stored: everything missing',
      [],
      ['missing:1', 'missing:1', 'missing:1 missing:1 missing:1', 'missing:1'],
    ],
    [
      'exact matches are current',
      [mt('Overview', 'Genel bakış'), mt('Microsoft validates all incentives claims.', 'Microsoft doğrular.')],
      ['current:1', 'current:1', 'missing:1 missing:1 missing:1', 'missing:1'],
    ],
    [
      'one unit may cover two passages',
      [
        mt(
          'Customers have five business days to opt out. If they do not opt out, your association will be official.',
          'X. Y.',
        ),
      ],
      ['missing:1', 'missing:1', 'missing:1 current:2', 'missing:1'],
    ],
    [
      'a changed sentence is outdated, and nothing else',
      [
        mt('Overview', 'Genel bakış'),
        mt('Microsoft validates all incentive claims.', 'Microsoft doğrular.'),
        mt('At this point, we may ask you for more information.', 'A.'),
        mt('Customers have five business days to opt out.', 'B.'),
        mt('If they do not opt out, your association will be official.', 'C.'),
        mt('Read [the guide](submit-osa-claim.md) first.', 'Önce [kılavuzu](submit-osa-claim.md) okuyun.'),
      ],
      ['current:1', 'outdated:1', 'current:1 current:1 current:1', 'current:1'],
    ],
    [
      'an unrelated old text is not used',
      [mt('Something else entirely, about co-op funds.', 'Başka.')],
      ['missing:1', 'missing:1', 'missing:1 missing:1 missing:1', 'missing:1'],
    ],
  ])('%s', (_name, units, want) => {
    expect(states(page, units)).toEqual(want);
  });

  it('counts passages and labels machine translation', () => {
    const m = matchPage(page, [mt('Overview', 'Genel bakış'), mt('Microsoft validates all incentive claims.', 'X')]);
    expect(m.counts).toEqual({ current: 1, outdated: 1, missing: 4, total: 6, reviewed: 0 });
    expect(m.machine).toBe(true);
    expect(matchPage(page, [ht('Overview', 'Genel bakış')]).machine).toBe(false);
  });

  it("takes link destinations from today's English, whatever the translation says", () => {
    const m = matchPage(page, [
      mt('Read [the guide](https://evil.example/) first.', 'Önce [kılavuzu](https://evil.example/) okuyun.'),
    ]);
    expect(m.blocks.get('2')![0]!.target).toBe('Önce [kılavuzu](../create-association/) okuyun.');
  });

  it.each([
    ['HTML', mt('Overview', '<script>alert(1)</script>Genel'), /HTML markup/],
    [
      'a lost link',
      mt('Read [the guide](../create-association/) first.', 'Kılavuzu okuyun.'),
      /1 link\(s\), the translation 0/,
    ],
    ['translated code', mt('Run `npm test` now.', 'Şimdi `npm testi` çalıştırın.'), /inline code/],
  ])('refuses a translation with %s and shows English instead', (_n, unit, message) => {
    const m = matchPage([...page, { ref: '3', passages: ['Run `npm test` now.'] }], [unit]);
    expect(m.problems.map((p) => p.message).join()).toMatch(message);
    expect(m.counts.current).toBe(0);
  });

  it('uses each old translation for one passage only', () => {
    const blocks: SourceBlock[] = [
      { ref: '0', passages: ['Customers have five business days to opt out now.'] },
      { ref: '1', passages: ['Customers have five business days to opt out today.'] },
    ];
    expect(states(blocks, [mt('Customers have five business days to opt out.', 'X')]).sort()).toEqual([
      'missing:1',
      'outdated:1',
    ]);
  });
});
