/** The committed holiday files (public/holidays/) are exactly what date-holidays gives today, one per region. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holidayRegionCodes, regionHolidayFile, regionHolidayJson } from '../../../scripts/lib/holiday-source';
import { holidayFileRegions, readHolidayFile } from '../../../src/lib/holiday-files';

const DIR = join(import.meta.dirname, '..', '..', '..', 'public', 'holidays');
const HINT = 'out of date: run `npm run holidays:update` and commit public/holidays/';

describe('public/holidays/', () => {
  const codes = holidayRegionCodes();

  it('holds one file per region and nothing else', () => {
    expect(readdirSync(DIR).sort(), HINT).toEqual(codes.map((c) => `${c}.json`));
  });

  it('holds what the holiday source builds now, region by region', () => {
    const stale = codes.filter((c) => {
      let file: string | undefined;
      try {
        file = readFileSync(join(DIR, `${c}.json`), 'utf8');
      } catch {
        file = undefined;
      }
      return file !== regionHolidayJson(c);
    });
    expect(stale, `${stale.join(', ')} ${HINT}`).toEqual([]);
  }, 120_000);

  it('is what the pages read: the same regions and, for the worked example, the same data', () => {
    expect(holidayFileRegions()).toEqual(codes);
    expect(readHolidayFile('TR')).toEqual(regionHolidayFile('TR'));
    expect(() => readHolidayFile('ZZ')).toThrow(/public\/holidays\/ZZ\.json/);
  });
});
