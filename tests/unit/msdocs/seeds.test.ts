import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../src/domain/content/page';
import { importMsDocs } from '../../../src/domain/msdocs/import';
import { parseMsDocs } from '../../../src/domain/msdocs/parse';
import { matchPage } from '../../../src/domain/translation/match';
import { sourceBlocks } from '../../../src/domain/content/page';

const seeds = 'tests/fixtures/msdocs';
const overview = loadPage('src/content/docs/en/overview.mdx', readFileSync('src/content/docs/en/overview.mdx', 'utf8'));
const read = (f: string) => parseMsDocs(readFileSync(`${seeds}/${f}`, 'utf8'), f);

describe('the seeds, imported against the newer English overview', () => {
  it("reads both files' provenance", () => {
    expect(read('overview.tr-TR.2020-09-11.txt').meta).toMatchObject({
      contentLocale: 'tr-TR',
      translationType: 'MT',
      msDate: '09/11/2020',
      handoff: '09/17/2020',
      sourceCommit: 'b91119c587d37b4ed36dda00c2b0b1946beb3012',
    });
    expect(read('overview.hu-HU.2021-05-20.txt').meta).toMatchObject({
      contentLocale: 'hu-HU',
      translationType: 'MT',
      msDate: '05/20/2021',
      handoff: '05/21/2021',
    });
  });

  it('pairs every Hungarian segment but the one-line roles', () => {
    const { report } = importMsDocs(read('overview.hu-HU.2021-05-20.txt'), overview, 'hu', undefined, 'hu.txt');
    expect([report.matched, report.close.length, report.unmatched.length]).toEqual([36, 0, 1]);
    expect(report.unmatched[0]!.id).toBe('5569b-104');
  });

  it('leaves the Turkish (older English) partly outdated and partly missing', () => {
    const { translations, report } = importMsDocs(
      read('overview.tr-TR.2020-09-11.txt'),
      overview,
      'tr',
      undefined,
      'tr.txt',
    );
    expect([report.matched, report.close.length, report.unmatched.length]).toEqual([28, 2, 3]);
    expect(report.close.map((c) => c.id)).toEqual(['29f62-111', '29f62-116']);
    expect(report.unmatched.map((c) => c.id)).toEqual(['29f62-104', '29f62-107', '29f62-123']);
    const m = matchPage(sourceBlocks(overview), translations.units);
    expect(m.counts.outdated).toBe(2);
    // The whole section for customers is newer than the Turkish file.
    const customers = overview.blocks.find((b) => b.text.startsWith('CPOR enables Microsoft'))!;
    expect(m.blocks.get(String(customers.index))!.every((p) => p.state === 'missing')).toBe(true);
    expect(customers.passages).toHaveLength(9);
  });

  it('never lets a translation change a link destination', () => {
    const { translations } = importMsDocs(read('overview.tr-TR.2020-09-11.txt'), overview, 'tr', undefined, 'tr.txt');
    const links = translations.units.flatMap((u) => [...u.target.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toMatch(/^\.\.\/[a-z-]+\/$/);
  });
});

describe('bad bilingual files', () => {
  const good = readFileSync(`${seeds}/overview.hu-HU.2021-05-20.txt`, 'utf8');
  it.each([
    [
      'a broken span',
      good.replace('<span class="sxs-lookup"><span data-stu-id="5569b-110">', '<span class="sxs-lookup">'),
      /:\d+: segment 5569b-110: broken bilingual span/,
    ],
    [
      'mismatched segment ids',
      good.replace('data-stu-id="5569b-122"', 'data-stu-id="5569b-999"'),
      /segment 5569b-122: its English span has the id 5569b-999/,
    ],
    ['a truncated file', good.slice(0, 200), /missing or unterminated front matter/],
    ['wrong encoding', good.replace('Ezekkel', 'Ezekkel\uFFFD'), /not valid UTF-8/],
    ['no segments', good.replace(/<span[\s\S]*$/, ''), /no bilingual segments found/],
    [
      'a missing field',
      good.replace(/ms\.sourcegitcommit: .*\n/, ''),
      /front matter field "ms.sourcegitcommit" is missing/,
    ],
  ])('%s', (_name, text, message) => {
    expect(() => parseMsDocs(text, 'bad.txt')).toThrow(message);
  });
});
