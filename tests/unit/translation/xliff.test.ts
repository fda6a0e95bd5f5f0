import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../src/domain/content/page';
import { exportXliff, importXliff, unitId, type LocaleData } from '../../../src/domain/translation/xliff';
import type { PageTranslations } from '../../../src/domain/translation/store';

const overview = loadPage('src/content/docs/en/overview.mdx', readFileSync('src/content/docs/en/overview.mdx', 'utf8'));
const stored: PageTranslations = {
  page: 'overview',
  locale: 'tr',
  imports: [],
  units: [
    { source: 'CPOR associations overview', target: 'CPOR ilişkilerine genel bakış', type: 'MT' },
    { source: 'Microsoft validates all incentive claims.', target: 'Microsoft tüm talepleri doğrular.', type: 'MT' },
  ],
};
const data = (): LocaleData => ({
  code: 'tr',
  tag: 'tr-TR',
  pages: [overview],
  translations: () => stored,
  english: { common: { hello: 'Hello {{name}}', n_one: '{{count}} item', n_other: '{{count}} items' } },
  ui: { common: { hello: 'Merhaba {{name}}', n_one: '{{count}} öğe', n_other: '{{count}} öğe' } },
});

describe('XLIFF 2.0 round trip', () => {
  it('exports current targets, notes outdated ones, leaves missing ones empty', async () => {
    const xml = await exportXliff(data());
    expect(xml).toMatch(
      /^<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="tr-TR">/,
    );
    expect(xml).toContain(`<unit id="${unitId('CPOR associations overview')}">`);
    expect(xml).toContain('<target>CPOR ilişkilerine genel bakış</target>');
    expect(xml).toContain('Outdated translation, made from the English');
    expect(xml).toContain('<unit id="n_one">');
  });

  it('changes nothing when a file comes back unchanged', async () => {
    const r = await importXliff(await exportXliff(data()), 'tr.xlf', data());
    expect(r.errors).toEqual([]);
    expect(r.pages).toEqual([]);
    expect(r.namespaces).toEqual([]);
    expect(r.report.unchanged).toBe(4);
  });

  it("stores a translated unit as a human translation and an outdated one against today's English", async () => {
    const id = unitId('Microsoft validates all incentives claims.');
    const xml = (await exportXliff(data())).replace(
      new RegExp(`(<unit id="${id}">[\\s\\S]*?<source>[^<]*</source>)`),
      '$1\n        <target>Microsoft tüm teşvik taleplerini doğrular.</target>',
    );
    const r = await importXliff(xml, 'tr.xlf', data());
    expect(r.errors).toEqual([]);
    const unit = r.pages[0]!.units.find((u) => u.source === 'Microsoft validates all incentives claims.');
    expect(unit).toEqual({
      source: 'Microsoft validates all incentives claims.',
      target: 'Microsoft tüm teşvik taleplerini doğrular.',
      type: 'HT',
      origin: 'xliff tr.xlf',
    });
    expect(r.pages[0]!.units).toHaveLength(2); // the outdated unit was replaced, not duplicated
  });

  it('keeps a review while the translation comes back unchanged, and drops it with a new translation', async () => {
    const review = {
      by: 'Ayşe',
      date: '2026-12-02',
      source: 'CPOR associations overview',
      target: 'CPOR ilişkilerine genel bakış',
    };
    const reviewed = (): LocaleData => ({
      ...data(),
      translations: () => ({ ...stored, units: [{ ...stored.units[0]!, review }, stored.units[1]!] }),
    });
    const same = await importXliff(await exportXliff(reviewed()), 'tr.xlf', reviewed());
    expect(same.pages).toEqual([]); // nothing to write: the stored review stands
    const xml = (await exportXliff(reviewed())).replace(
      '<target>CPOR ilişkilerine genel bakış</target>',
      '<target>CPOR müşteri ilişkilendirmelerine genel bakış</target>',
    );
    const r = await importXliff(xml, 'tr.xlf', reviewed());
    expect(r.errors).toEqual([]);
    expect(r.pages[0]!.units[0]).toEqual({
      source: 'CPOR associations overview',
      target: 'CPOR müşteri ilişkilendirmelerine genel bakış',
      type: 'HT',
      origin: 'xliff tr.xlf',
    });
  });

  it.each([
    [
      'a wrong source text',
      (x: string) => x.replace('<source>CPOR associations overview</source>', '<source>CPOR overview</source>'),
      /unit s[0-9a-f]{8}: the source text differs from the English page/,
    ],
    [
      'a missing target',
      (x: string) => x.replace('<target>CPOR ilişkilerine genel bakış</target>', ''),
      /unit s[0-9a-f]{8}: missing target/,
    ],
    [
      'an unknown id',
      (x: string) => x.replace(/<unit id="s[0-9a-f]{8}">/, '<unit id="s00000000">'),
      /unit s00000000: unknown id/,
    ],
    [
      'an unknown UI key',
      (x: string) => x.replace('<unit id="hello">', '<unit id="bye">'),
      /ui\/common unit bye: unknown id/,
    ],
    [
      'injected HTML',
      (x: string) =>
        x.replace(
          '<target>CPOR ilişkilerine genel bakış</target>',
          '<target>&lt;img src=x onerror=alert(1)&gt;</target>',
        ),
      /HTML markup/,
    ],
    [
      'a file that is not XLIFF',
      () => '<html><body>nope</body></html>',
      /not (a readable XLIFF file|an XLIFF 2.0 document)/,
    ],
  ])('refuses %s, naming the unit, and returns nothing to write', async (_n, mutate, message) => {
    const r = await importXliff(mutate(await exportXliff(data())), 'tr.xlf', data());
    expect(r.errors.join('\n')).toMatch(message);
    expect(r.pages).toEqual([]);
    expect(r.namespaces).toEqual([]);
  });
});
