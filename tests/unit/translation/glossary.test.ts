import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/domain/i18n/locales';
import { parseGlossary } from '../../../src/domain/translation/glossary';

const FILE = 'locales/tr/glossary.json';
const term = { en: 'claim', preferred: ['talep'], note: 'a request to be recognized' };
const parse =
  (raw: unknown, locale = 'tr') =>
  () =>
    parseGlossary(raw, FILE, locale);

describe('the termbase schema', () => {
  it('accepts a valid termbase', () => {
    const g = parseGlossary(
      {
        locale: 'tr',
        terms: [term, { en: 'Partner Center', doNotTranslate: true, note: 'product name' }],
        exceptions: [{ rule: 'untranslated', key: 'common:site.name', reason: 'the name' }],
      },
      FILE,
      'tr',
    );
    expect(g.terms).toHaveLength(2);
  });

  it.each([
    [
      'a missing note',
      { locale: 'tr', terms: [{ en: 'claim', preferred: ['talep'] }] },
      `${FILE}: terms[0].note: the field is missing`,
    ],
    [
      'an empty rendering',
      { locale: 'tr', terms: [{ ...term, preferred: [' '] }] },
      `${FILE}: terms[0].preferred[0]: must not be empty`,
    ],
    [
      'a term with no rendering',
      { locale: 'tr', terms: [{ en: 'claim', note: 'n' }] },
      `${FILE}: terms[0].preferred: a term needs at least one preferred rendering unless it is doNotTranslate`,
    ],
    [
      'a rendering both preferred and forbidden',
      { locale: 'tr', terms: [{ ...term, forbidden: ['Talep'] }] },
      `${FILE}: terms[0].forbidden[0]: "Talep" is also an accepted rendering of this term`,
    ],
    [
      'a term listed twice',
      { locale: 'tr', terms: [term, { ...term, en: 'Claim' }] },
      `${FILE}: terms[1].en: "Claim" is already terms[0]`,
    ],
    [
      'an unknown field',
      { locale: 'tr', terms: [{ ...term, prefered: ['x'] }] },
      `${FILE}: terms[0].prefered: not a known field`,
    ],
    [
      'an exception with an unknown rule',
      { locale: 'tr', terms: [], exceptions: [{ rule: 'spelling', key: 'common:a', reason: 'r' }] },
      /^locales\/tr\/glossary\.json: exceptions\[0\]\.rule: /,
    ],
    [
      'an exception naming both a key and a passage',
      { locale: 'tr', terms: [], exceptions: [{ rule: 'numbers', key: 'common:a', english: 'A', reason: 'r' }] },
      `${FILE}: exceptions[0]: name exactly one of "key" (a UI string) or "english" (a passage)`,
    ],
    [
      'an exception without a reason',
      { locale: 'tr', terms: [], exceptions: [{ rule: 'numbers', key: 'common:a' }] },
      `${FILE}: exceptions[0].reason: the field is missing`,
    ],
    [
      'an exception for a term that is not there',
      {
        locale: 'tr',
        terms: [term],
        exceptions: [{ rule: 'missing-term', key: 'common:a', term: 'credit', reason: 'r' }],
      },
      `${FILE}: exceptions[0].term: "credit" is not a term here`,
    ],
    [
      'a key that is not namespace:key',
      { locale: 'tr', terms: [], exceptions: [{ rule: 'numbers', key: 'site.name', reason: 'r' }] },
      `${FILE}: exceptions[0].key: must be namespace:key, for example common:site.name`,
    ],
    ['terms that are not a list', { locale: 'tr', terms: {} }, /^locales\/tr\/glossary\.json: terms: /],
  ])('names the file and the field for %s', (_name, raw, message) => {
    expect(parse(raw)).toThrow(message);
  });

  it('names the folder when the locale does not match it', () => {
    expect(parse({ locale: 'hu', terms: [] })).toThrow(`${FILE}: locale: must be "tr" (the folder), not "hu"`);
  });

  it('reports every problem of a file at once', () => {
    expect(parse({ locale: 'tr', terms: [{ en: '' }, { en: 'x', preferred: ['y'] }] })).toThrow(
      /terms\[0\]\.en: must not be empty\n.*terms\[0\]\.note: the field is missing\n.*terms\[1\]\.note: the field is missing/,
    );
  });

  it.each(LOCALES.filter((l) => l.code !== 'en').map((l) => [l.code]))(
    'the %s termbase is valid and covers the terms every locale needs',
    (code) => {
      const file = `locales/${code}/glossary.json`;
      const g = parseGlossary(JSON.parse(readFileSync(file, 'utf8')), file, code);
      const ens = g.terms.map((t) => t.en);
      for (const required of [
        'association',
        'opt out',
        'opt-out window',
        'claim',
        'credit',
        'incentive',
        'engagement',
        'co-op',
        'Partner Center',
        'Claiming Partner of Record',
        'business day',
        'proof of execution',
        'Incentives admin',
        'Incentives user',
        'Global admin',
        'Billing admin',
        'Incentives',
        'Customer association',
      ])
        expect(ens, `${file} lacks "${required}"`).toContain(required);
    },
  );
});
