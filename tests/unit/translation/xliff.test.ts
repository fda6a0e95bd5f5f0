import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../src/domain/content/page';
import type { PageTranslations, TranslationUnit } from '../../../src/domain/translation/store';
import { untranslatedTest } from '../../../src/domain/translation/untranslated';
import {
  exportTranslations,
  importTranslations,
  unitId,
  type ExchangeFormat,
  type LocaleData,
} from '../../../src/domain/translation/xliff';

const overview = loadPage('src/content/docs/en/overview.mdx', readFileSync('src/content/docs/en/overview.mdx', 'utf8'));
const TITLE = 'CPOR associations overview';
const OLD = 'Microsoft validates all incentive claims.';
const NOW = 'Microsoft validates all incentives claims.';
const ROLES =
  'The manage and issues pages of 2020 also named **Billing admin** and **Global admin** ([S8](#sources), [S10](#sources)).';
const ROLES_TR =
  '2020 tarihli yönetim ve sorun sayfaları **Billing admin** ve **Global admin** rollerini de adlandırıyordu ([S8](#sources), [S10](#sources)).';

const units = (): TranslationUnit[] => [
  { source: TITLE, target: 'CPOR ilişkilendirmelerine genel bakış', type: 'MT', origin: 'llm-mt' },
  { source: OLD, target: 'Microsoft tüm talepleri doğrular.', type: 'HT' },
  { source: ROLES, target: ROLES_TR, type: 'HT' },
];
const data = (stored: TranslationUnit[] = units(), ui = { hello: 'Merhaba {{name}}' }): LocaleData => {
  const file: PageTranslations = { page: 'overview', locale: 'tr', imports: [], units: stored };
  return {
    code: 'tr',
    tag: 'tr-TR',
    pages: [overview],
    translations: () => file,
    english: {
      common: { hello: 'Hello {{name}}', menu: 'Menu', n_one: '{{count}} item', n_other: '{{count}} items' },
    },
    ui: { common: { ...ui, menu: 'Menu', n_one: '{{count}} öğe', n_other: '{{count}} öğe' } },
    untranslated: untranslatedTest(undefined),
    locations: (_ns, key) => (key === 'hello' ? ['src/layouts/Base.astro'] : []),
  };
};
const FORMATS: ExchangeFormat[] = ['xliff2', 'xliff12', 'po'];
const unitXml = (xml: string, id: string) => new RegExp(`<unit id="${id}">[\\s\\S]*?</unit>`).exec(xml)?.[0] ?? '';

describe('export', () => {
  it('XLIFF 2.0: states, a pre-filled outdated unit for review, codes as <pc>/<ph>, notes and the base hash', () => {
    const xml = exportTranslations(data(), 'xliff2');
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"/,
    );
    expect(xml).toContain('srcLang="en" trgLang="tr-TR"');
    const title = unitXml(xml, unitId(TITLE));
    expect(title).toContain('<segment state="translated" subState="cpor:machine">');
    expect(title).toContain('<target>CPOR ilişkilendirmelerine genel bakış</target>');
    expect(title).toContain('<note>Page: /tr/overview/ (English: /en/overview/), the page title</note>');
    expect(title).toMatch(/<mda:meta type="base">[0-9a-f]{8}<\/mda:meta>/);
    // The outdated unit keeps the id of the English it was made from, comes pre-filled and marked for review.
    const outdated = unitXml(xml, unitId(OLD));
    expect(outdated).toContain('<segment state="initial" subState="cpor:needs-review">');
    expect(outdated).toContain(`<source>${NOW}</source>`);
    expect(outdated).toContain('<target>Microsoft tüm talepleri doğrular.</target>');
    expect(outdated).toContain(`made from older English: &quot;${OLD}&quot;`.replace(/&quot;/g, '"'));
    expect(xml).not.toContain(`<unit id="${unitId(NOW)}">`);
    // Links and bold are codes; their Markdown is in originalData, never in the text.
    const roles = unitXml(xml, unitId(ROLES));
    expect(roles).toContain(
      '<pc id="1" dataRefStart="d1" dataRefEnd="d1e" type="fmt" subType="xlf:b">Billing admin</pc>',
    );
    expect(roles).toContain('<data id="d4e">](#sources)</data>');
    expect(roles).toMatch(/<source>[^<]*<pc[^>]*>Billing admin<\/pc> and <pc[^>]*>Global admin<\/pc> \(<pc id="3"/);
    expect(roles).not.toMatch(/<source>[^\n]*\]\(#sources\)/);
    // A missing passage has no target; UI strings say where they appear; plural forms what they cover.
    expect(unitXml(xml, unitId('Partner Center'))).not.toContain('<target>');
    expect(unitXml(xml, 'hello')).toContain('used in src/layouts/Base.astro');
    expect(unitXml(xml, 'hello')).toContain('<ph id="1" dataRef="d1" type="other" subType="xlf:var" disp="{{name}}"/>');
    expect(unitXml(xml, 'n_one')).toContain(
      'Plural form "one": in tr-TR used for 1 (all forms: one = 1; other = 0, 2 and above)',
    );
  });

  it('gives the English copied as a translation an empty target, in every format', () => {
    const xml = exportTranslations(data(), 'xliff2');
    expect(unitXml(xml, 'menu')).not.toContain('<target>');
    expect(unitXml(xml, 'menu')).toContain('the English copied; it counts as missing');
    const po = exportTranslations(data(), 'po');
    expect(po).toMatch(/msgctxt "ui\/common#menu"\nmsgid "Menu"\nmsgstr ""/);
    expect(exportTranslations(data(), 'xliff12')).toMatch(
      /<trans-unit id="menu"[^>]*>\n\s*<source>Menu<\/source>\n\s*<note/,
    );
  });

  it('XLIFF 1.2 and PO: the same states and codes in their own terms', () => {
    const x12 = exportTranslations(data(), 'xliff12');
    expect(x12).toContain('<target state="translated" state-qualifier="leveraged-mt">CPOR ilişkilendirmelerine');
    expect(x12).toContain('<target state="needs-review-translation">Microsoft tüm talepleri doğrular.</target>');
    expect(x12).toContain('<g id="1" ctype="bold">Billing admin</g>');
    expect(x12).toContain('<x id="1" ctype="x-placeholder" equiv-text="{{name}}"/>');
    const po = exportTranslations(data(), 'po');
    expect(po).toContain(
      'msgid "The manage and issues pages of 2020 also named <1>Billing admin</1> and <2>Global admin</2> (<3>S8</3>, <4>S10</4>)."',
    );
    expect(po).toMatch(/#, fuzzy\n#\| msgid "Microsoft validates all incentive claims\."\nmsgctxt "pages\/overview#s/);
    expect(po).toMatch(/#, machine-translated\nmsgctxt "pages\/overview#s0d15a574"/);
    expect(po).toContain('msgid "Hello {{name}}"');
  });
});

describe('a round trip without edits changes nothing', () => {
  it.each(FORMATS)('%s', (format) => {
    const r = importTranslations(exportTranslations(data(), format), `tr.${format}`, data());
    expect(r.errors).toEqual([]);
    expect(r.conflicts).toEqual([]);
    expect([r.pages, r.namespaces, r.uiState]).toEqual([[], [], undefined]);
    expect(r.report.updated).toBe(0);
  });
});

/** Edits a unit of an exported file as a CAT tool would. */
function edit(format: ExchangeFormat, text: string, id: string, target: string, state: string): string {
  if (format === 'xliff2')
    return text.replace(
      new RegExp(
        `(<unit id="${id}">[\\s\\S]*?)<segment[^>]*>([\\s\\S]*?</source>)(?:\\n\\s*<target>[\\s\\S]*?</target>)?`,
      ),
      `$1<segment state="${state}">$2\n        <target>${target}</target>`,
    );
  if (format === 'xliff12')
    return text.replace(
      new RegExp(
        `(<trans-unit id="${id}"[^>]*>\\n\\s*<source>[\\s\\S]*?</source>)(?:\\n\\s*<target[^>]*>[\\s\\S]*?</target>)?`,
      ),
      `$1\n        <target state="${state}">${target}</target>`,
    );
  return text.replace(
    new RegExp(
      `(?:#, [^\\n]*\\n)?(?:#\\| [^\\n]*\\n)?(msgctxt "[^"]*#${id}"\\nmsgid "(?:[^"\\\\]|\\\\.)*"\\n)msgstr "(?:[^"\\\\]|\\\\.)*"`,
    ),
    `${state ? `#, ${state}\n` : ''}$1msgstr ${JSON.stringify(target)}`,
  );
}

describe('a CAT tool edit comes back with the right states', () => {
  const STATES = {
    xliff2: {
      human: 'translated',
      reviewed: 'final',
      review: 'initial" subState="cpor:needs-review',
      codes: (t: string) => t,
    },
    xliff12: {
      human: 'translated',
      reviewed: 'signed-off',
      review: 'needs-review-translation',
      codes: (t: string) => t,
    },
    po: { human: '', reviewed: 'reviewed', review: 'fuzzy', codes: (t: string) => t },
  } as const;
  it.each(FORMATS)('%s: targets filled, states set, a regional language', (format) => {
    let text = exportTranslations(data(), format);
    const s = STATES[format];
    text = edit(format, text, unitId('Partner Center'), 'Partner Center’da', s.human);
    text = edit(
      format,
      text,
      'hello',
      format === 'po'
        ? 'Selam {{name}}'
        : 'Selam <ph id="1" dataRef="d1"/>'.replace(
            '<ph id="1" dataRef="d1"/>',
            format === 'xliff12' ? '<x id="1"/>' : '<ph id="1" dataRef="d1"/>',
          ),
      s.reviewed,
    );
    // The outdated unit: confirmed as it is (state set to translated), which brings it up to date.
    text = edit(format, text, unitId(OLD), 'Microsoft tüm teşvik taleplerini doğrular.', s.human);
    // A unit left marked for review is not imported.
    text = edit(format, text, unitId(TITLE), 'Taslak başlık', s.review);
    text =
      format === 'po'
        ? text.replace('Language: tr-TR', 'Language: tr_CY')
        : text.replace(/trgLang="tr-TR"|target-language="tr-TR"/g, (m) => m.replace('tr-TR', 'tr-CY'));
    const r = importTranslations(text, `tr.${format}`, data(), { by: 'Ayşe', date: '2026-12-05' });
    expect(r.errors).toEqual([]);
    expect(r.notices).toEqual([
      expect.stringContaining(
        `the file's language "tr${format === 'po' ? '_' : '-'}CY" is taken as the site's locale tr (tr-TR)`,
      ),
    ]);
    expect(r.report).toEqual({
      updated: 3,
      unchanged: expect.any(Number),
      untranslated: expect.any(Number),
      forReview: 1,
      newer: 0,
    });
    const stored = r.pages[0]!.units;
    expect(stored.find((u) => u.source === 'Partner Center')).toEqual({
      source: 'Partner Center',
      target: 'Partner Center’da',
      type: 'HT',
      origin: `${format === 'po' ? 'po' : 'xliff'} tr.${format}`,
    });
    // Made from today's English now, and the passage keeps its id.
    expect(stored.find((u) => u.source === NOW)).toMatchObject({
      id: unitId(OLD),
      target: 'Microsoft tüm teşvik taleplerini doğrular.',
      type: 'HT',
    });
    expect(stored.find((u) => u.source === TITLE)!.target).toBe('CPOR ilişkilendirmelerine genel bakış');
    expect(r.namespaces[0]!.messages).toMatchObject({ hello: 'Selam {{name}}' });
    expect(r.uiState?.reviews['common:hello']).toEqual({
      by: 'Ayşe',
      date: '2026-12-05',
      source: 'Hello {{name}}',
      target: 'Selam {{name}}',
    });
  });

  it('the id survives: after the import, the next export names the passage as before', () => {
    const xml = edit(
      'xliff2',
      exportTranslations(data(), 'xliff2'),
      unitId(OLD),
      'Microsoft tüm teşvik taleplerini doğrular.',
      'translated',
    );
    const r = importTranslations(xml, 'tr.xlf', data());
    const next = exportTranslations(data(r.pages[0]!.units), 'xliff2');
    expect(unitXml(next, unitId(OLD))).toContain('<segment state="translated">');
    expect(next).not.toContain(`<unit id="${unitId(NOW)}">`);
  });

  it('a machine translation stays machine, and a new review needs a reviewer', () => {
    const xml = exportTranslations(data(), 'xliff2');
    const mt = importTranslations(
      edit('xliff2', xml, unitId('Partner Center'), 'Partner Center', 'translated').replace(
        '<segment state="translated">\n        <source>Partner Center',
        '<segment state="translated" subState="cpor:machine">\n        <source>Partner Center',
      ),
      'tr.xlf',
      data(),
    );
    expect(mt.errors).toEqual([]);
    const reviewed = importTranslations(
      edit('xliff2', xml, 'hello', 'Selam <ph id="1" dataRef="d1"/>', 'reviewed'),
      'tr.xlf',
      data(),
    );
    expect(reviewed.errors).toEqual([
      `tr.xlf:${xml.split('\n').findIndex((l) => l.includes('<unit id="hello">')) + 1}: ui/common unit hello ("Hello {{name}}"): the file marks it reviewed; name the reviewer with --by "Name" (or set the unit back to translated)`,
    ]);
  });
});

describe('nothing is lost', () => {
  const later = () =>
    data(
      units().map((u) => (u.source === ROLES ? { ...u, target: `${ROLES_TR.slice(0, -1)}, elle düzeltildi.` } : u)),
      { hello: 'Merhaba, {{name}}' },
    );
  it.each(FORMATS)(
    '%s: a file exported before a translator edited the stored text is a conflict; --take-file takes it',
    (format) => {
      let text = exportTranslations(data(), format);
      text = edit(
        format,
        text,
        'hello',
        format === 'po'
          ? 'Selam {{name}}'
          : format === 'xliff12'
            ? 'Selam <x id="1"/>'
            : 'Selam <ph id="1" dataRef="d1"/>',
        format === 'po' ? '' : 'translated',
      );
      const r = importTranslations(text, `tr.${format}`, later());
      expect(r.errors).toEqual([]);
      expect(r.conflicts).toEqual([
        {
          where: expect.stringMatching(
            new RegExp(`^tr\\.${format}:\\d+: ui/common unit hello \\("Hello \\{\\{name\\}\\}"\\)$`),
          ),
          english: 'Hello {{name}}',
          stored: 'Merhaba, {{name}}',
          incoming: 'Selam {{name}}',
          reason: 'the stored translation changed after the file was exported',
        },
      ]);
      expect([r.pages, r.namespaces]).toEqual([[], []]);
      const taken = importTranslations(text, `tr.${format}`, later(), { takeFile: true });
      expect(taken.namespaces[0]!.messages).toMatchObject({ hello: 'Selam {{name}}' });
      // The passage edited by hand was not in the file's changes: it stays as the translator left it.
      expect(taken.pages).toEqual([]);
    },
  );

  it('the English copied over a translation is a conflict, and over nothing is still untranslated', () => {
    const xml = edit(
      'xliff2',
      exportTranslations(data(), 'xliff2'),
      unitId(ROLES),
      ROLES.replace('**Billing admin**', '<pc id="1">Billing admin</pc>')
        .replace('**Global admin**', '<pc id="2">Global admin</pc>')
        .replace('[S8](#sources)', '<pc id="3">S8</pc>')
        .replace('[S10](#sources)', '<pc id="4">S10</pc>'),
      'translated',
    );
    const r = importTranslations(xml, 'tr.xlf', data());
    expect(r.conflicts.map((c) => [c.reason, c.stored])).toEqual([
      ['the file would replace the translation with the English', ROLES_TR],
    ]);
    const copy = edit(
      'xliff2',
      exportTranslations(data(), 'xliff2'),
      unitId('Partner Center'),
      'Partner Center',
      'translated',
    );
    expect(importTranslations(copy, 'tr.xlf', data()).report).toMatchObject({ updated: 0 });
  });
});

describe('refusals quote the English, name file and line, and write nothing', () => {
  const line = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  it.each([
    [
      'a link code removed and its text typed as Markdown',
      (x: string) => x.replace(/(<target>2020 tarihli[^\n]*?)<pc id="3" [^>]*>S8<\/pc>/, '$1[S8](https://example.org)'),
      /code 3 \(link to #sources\) is missing; the English with its codes: "The manage and issues pages of 2020 also named <1>Billing admin<\/1>/,
    ],
    [
      'a code whose original data was edited',
      (x: string) => x.replace('<data id="d3e">](#sources)</data>', '<data id="d3e">](https://example.org)</data>'),
      /the original data "d3e" was edited \("\]\(https:\/\/example\.org\)" instead of "\]\(#sources\)"\); codes cannot be edited/,
    ],
    [
      'an unbalanced ** typed in the text',
      (x: string) => x.replace(/<target>2020 tarihli yönetim/, '<target>2020 **tarihli yönetim'),
      /unbalanced Markdown: "\*\*" left without its pair \(the English has 2 links, 2 bold spans\); close it or remove it/,
    ],
    [
      'a bare & in the text',
      (x: string) => x.replace('<target>Merhaba <ph', '<target>Merhaba & <ph'),
      /^tr\.xlf:\d+:\d+: a bare "&" in the text; write it as "&amp;"/,
    ],
  ])('%s', (_n, mutate, message) => {
    const xml = exportTranslations(data(), 'xliff2');
    const bad = mutate(xml);
    expect(bad).not.toBe(xml);
    const r = importTranslations(bad, 'tr.xlf', data());
    expect(r.errors.join('\n')).toMatch(message);
    expect([r.pages, r.namespaces]).toEqual([[], []]);
    if (!/bare/.test(String(message)))
      expect(r.errors[0]).toMatch(
        new RegExp(`^tr\\.xlf:${line(bad, `<unit id="${unitId(ROLES)}">`) || '\\d+'}:|^tr\\.xlf:\\d+:`),
      );
  });

  it('a plural form without {{count}} that covers several numbers', () => {
    const english = { common: { n_one: '{{count}} item', n_other: '{{count}} items' } };
    const copies = { common: { n_one: '{{count}} item', n_many: '{{count}} items', n_other: '{{count}} items' } };
    const fr: LocaleData = { ...data(), code: 'fr', tag: 'fr', english, ui: copies };
    const xml = exportTranslations(fr, 'xliff2')
      .replace(
        /(<unit id="n_one">[\s\S]*?<\/source>)/,
        '$1\n        <target><ph id="1" dataRef="d1"/> élément</target>',
      )
      .replace(
        /(<unit id="n_many">[\s\S]*?<\/source>)/,
        '$1\n        <target><ph id="1" dataRef="d1"/> d’éléments</target>',
      )
      .replace(/(<unit id="n_other">[\s\S]*?<\/source>)/, '$1\n        <target>des éléments</target>');
    const r = importTranslations(xml, 'fr.xlf', fr);
    expect(r.errors).toEqual([
      `fr.xlf:${line(xml, '<unit id="n_other">')}: ui/common unit n_other ("{{count}} items"): code 1 ({{count}}) is missing; the English with its codes: "{{count}} items"`,
    ]);
  });
});
