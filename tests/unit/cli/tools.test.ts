/** The translators' command-line tools, run as a translator would, on a copy of the project's files. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

let root: string;
const snapshot = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out[p.slice(root.length)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
};
const run = (script: string, args: string[]) =>
  spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, CPOR_ROOT: root },
    encoding: 'utf8',
  });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cpor-tools-'));
  cpSync('locales', join(root, 'locales'), { recursive: true });
  cpSync('src/content', join(root, 'src/content'), { recursive: true });
});

describe('XLIFF export and import', () => {
  it('round-trips a locale with every file byte-identical', () => {
    const before = snapshot(join(root, 'locales'));
    const xlf = join(root, 'hu.xlf');
    const exp = run('i18n-export', ['--locale', 'hu', '--out', xlf]);
    expect(exp.stderr).not.toMatch(/error/);
    expect(exp.stdout).toMatch(/exported hu as xliff2: \d+ units/);
    const imp = run('i18n-import', [xlf]);
    expect(imp.status).toBe(0);
    expect(imp.stdout).toMatch(/0 updated/);
    expect(snapshot(join(root, 'locales'))).toEqual(before);
  }, 60_000);

  it('refuses a file with a wrong English source and changes no file', () => {
    const xlf = join(root, 'tr.xlf');
    run('i18n-export', ['--locale', 'tr', '--out', xlf]);
    writeFileSync(
      xlf,
      readFileSync(xlf, 'utf8')
        .replace('<source>Partner Center</source>', '<source>Partner Centre</source>')
        .replace(/<target>[^<]*<\/target>/, '<target>changed</target>'),
    );
    const before = snapshot(join(root, 'locales'));
    const imp = run('i18n-import', [xlf]);
    expect(imp.status).toBe(1);
    expect(imp.stderr).toMatch(/tr\.xlf:\d+: pages\/overview unit s[0-9a-f]{8}: the source text differs/);
    expect(imp.stderr).toMatch(/no file was changed/);
    expect(snapshot(join(root, 'locales'))).toEqual(before);
  }, 60_000);
});

describe('importing a Microsoft bilingual file', () => {
  it('refuses a broken span, naming file, line and segment, and keeps what is stored', () => {
    const bad = join(root, 'bad.txt');
    writeFileSync(
      bad,
      readFileSync('tests/fixtures/msdocs/overview.hu-HU.2021-05-20.txt', 'utf8').replace(
        '<span class="sxs-lookup"><span data-stu-id="5569b-113">',
        '',
      ),
    );
    const before = snapshot(join(root, 'locales'));
    const r = run('i18n-import-msdocs', [bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt:\d+: segment 5569b-113: broken bilingual span/);
    expect(snapshot(join(root, 'locales'))).toEqual(before);
  }, 60_000);

  it('refuses an unknown locale', () => {
    const r = run('i18n-import-msdocs', ['tests/fixtures/msdocs/overview.hu-HU.2021-05-20.txt', '--locale', 'xx']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unknown locale "xx"/);
  }, 60_000);
});

describe('adding a locale', () => {
  it('scaffolds list entry and UI files so the status shows everything missing', () => {
    const listBefore = readFileSync(join(root, 'locales/locales.json'), 'utf8');
    const r = run('i18n-add', ['de']);
    expect(r.status).toBe(0);
    // The list gains one line (and a comma after the entry before it); the other entries stay as they were.
    const listAfter = readFileSync(join(root, 'locales/locales.json'), 'utf8');
    const lines = (t: string) => t.trimEnd().split('\n');
    const before = lines(listBefore);
    expect(lines(listAfter).filter((l) => !before.includes(l))).toEqual([
      `${before.at(-2)},`,
      expect.stringMatching(/^ {2}\{ "code": "de", "tag": "de", "dir": "ltr", .* \}$/),
    ]);
    // A regional variant of a locale that exists is refused unless asked for; a CAT tool's fr-FR is answered.
    expect(run('i18n-add', ['de-at']).stderr).toMatch(
      /"de" is already a locale; "de-at" would be a second one.*--variant/,
    );
    expect(run('i18n-add', ['fr-FR']).stderr).toMatch(/the site's code is the language alone, "fr"/);
    const list = JSON.parse(readFileSync(join(root, 'locales/locales.json'), 'utf8')) as {
      code: string;
      dir: string;
    }[];
    expect(list.at(-1)).toMatchObject({ code: 'de', dir: 'ltr' });
    expect(readdirSync(join(root, 'locales/de')).sort()).toEqual(
      [...readdirSync('locales/en').filter((f) => f.endsWith('.json')), 'pages'].sort(),
    );
    const status = JSON.parse(
      execFileSync('npx', ['tsx', 'scripts/i18n-status.ts', '--json'], {
        env: { ...process.env, CPOR_ROOT: root },
        encoding: 'utf8',
      }),
    );
    const de = status.locales.find((l: { locale: string }) => l.locale === 'de');
    expect(de.totals.current).toBe(0);
    expect(de.totals.missing).toBe(de.totals.total);
    expect(de.ui.details).toEqual([]);
    // The UI files hold the English until translated: every string counts as missing, none as translated.
    expect(de.ui.total).toBeGreaterThan(300);
    expect(de.ui.untranslated.length).toBe(de.ui.total);
    expect(run('i18n-status', []).stdout).toMatch(
      /de \(German\): 0\/\d+ current \(0%\)[\s\S]*UI strings: 0\/\d+ translated \(0%\)/,
    );
  }, 60_000);
});

describe('a broken locale file stops the check with its file and key', () => {
  it.each([
    ['invalid JSON', (t: string) => t.replace(/\}\s*$/, ',}'), /locales\/tr\/common\.json:\d+:\d+: invalid JSON/],
    [
      'a missing key',
      (t: string) => JSON.stringify({ ...JSON.parse(t), skipLink: undefined }),
      /locales\/tr\/common\.json: skipLink: the key is missing/,
    ],
  ])(
    '%s',
    (_n, mutate, message) => {
      const file = join(root, 'locales/tr/common.json');
      writeFileSync(file, mutate(readFileSync(file, 'utf8')));
      const r = run('i18n-status', []);
      expect(r.status).toBe(1);
      expect(`${r.stdout}\n${r.stderr}`).toMatch(message);
    },
    60_000,
  );
});

describe('the quality checks', () => {
  /** A small project: a few strings and a one-term termbase, so the only findings are the ones written here. */
  const small = (target: string, exceptions: unknown[] = []) => {
    root = mkdtempSync(join(tmpdir(), 'cpor-check-'));
    cpSync('src/content', join(root, 'src/content'), { recursive: true });
    cpSync('locales/locales.json', join(root, 'locales/locales.json'));
    const write = (path: string, data: unknown) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), `${JSON.stringify(data, null, 2)}\n`);
    };
    write('locales/en/common.json', { ask: 'Do you want incentive credit?' });
    write('locales/tr/common.json', { ask: target });
    write('locales/tr/glossary.json', {
      locale: 'tr',
      terms: [{ en: 'credit', preferred: ['tanınma'], forbidden: ['kredi'], note: 'not a loan' }],
      exceptions,
    });
  };

  it('--strict fails on a finding and names file, key, rule and text; --json writes only JSON', () => {
    small('Teşvik kredisi istiyor musunuz?');
    const text = run('i18n-check', ['--strict']);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('locales/tr/common.json');
    expect(text.stdout).toMatch(/forbidden-term: common:ask "Do you want incentive credit\?"/);
    expect(text.stdout).toContain('text: Teşvik kredisi istiyor musunuz?');
    expect(text.stderr).toMatch(/^strict: /m);
    const json = run('i18n-check', ['--json', '--strict', '--locale', 'tr']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { total: number; locales: { locale: string; findings: unknown[] }[] };
    expect(report.locales.map((l) => l.locale)).toEqual(['tr']);
    expect(report.total).toBe(2);
    expect(report.locales[0]!.findings).toEqual([
      expect.objectContaining({ rule: 'forbidden-term', file: 'locales/tr/common.json', key: 'common:ask' }),
      expect.objectContaining({ rule: 'missing-term', file: 'locales/tr/common.json', key: 'common:ask' }),
    ]);
  }, 60_000);

  it('passes when the translation follows the termbase, or the finding is excepted with a reason', () => {
    small('Teşvik kapsamında tanınma istiyor musunuz?');
    expect(run('i18n-check', ['--strict']).status).toBe(0);
    small('Teşvik kredisi istiyor musunuz?', [
      { rule: 'forbidden-term', key: 'common:ask', reason: 'quoted on purpose' },
      { rule: 'missing-term', key: 'common:ask', reason: 'quoted on purpose' },
    ]);
    expect(run('i18n-check', ['--strict']).status).toBe(0);
  }, 60_000);

  it('refuses a broken termbase, naming the file and field', () => {
    small('Tanınma?');
    writeFileSync(join(root, 'locales/tr/glossary.json'), JSON.stringify({ locale: 'tr', terms: [{ en: 'credit' }] }));
    const r = run('i18n-check', []);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('locales/tr/glossary.json: terms[0].note: the field is missing');
  }, 60_000);
});

describe('marking translations reviewed', () => {
  it('records who and when, keeps the type, and the status counts it', () => {
    const r = run('i18n-review', [
      ...['--locale', 'tr', '--by', 'Ayşe Yılmaz', '--date', '2026-12-02'],
      ...['--page', 'get-started', '--key', 'common:nav.menu'],
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/get-started: \d+ passage\(s\) marked reviewed/);
    const units = JSON.parse(readFileSync(join(root, 'locales/tr/pages/get-started.json'), 'utf8')).units as {
      type: string;
      review?: { by: string };
    }[];
    expect(units.every((u) => u.type === 'MT' && u.review?.by === 'Ayşe Yılmaz')).toBe(true);
    const status = JSON.parse(run('i18n-status', ['--json']).stdout);
    const tr = status.locales.find((l: { locale: string }) => l.locale === 'tr');
    const page = tr.pages.find((p: { page: string }) => p.page === 'get-started');
    expect([page.reviewed, page.kind]).toEqual([page.total, 'machine-reviewed']);
    expect(tr.totals.reviewed).toBe(page.total);
    expect(tr.ui.reviewed).toBe(1);
    expect(typeof tr.findings).toBe('number');
  }, 60_000);

  it('refuses an unknown page or key and changes no file', () => {
    const before = snapshot(join(root, 'locales'));
    const r = run('i18n-review', ['--locale', 'tr', '--by', 'A', '--page', 'get-started', '--key', 'common:nope']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--key: no UI string "common:nope"');
    expect(run('i18n-review', ['--locale', 'tr', '--by', 'A', '--page', 'nope']).stderr).toMatch(/no page "nope"/);
    expect(snapshot(join(root, 'locales'))).toEqual(before);
  }, 60_000);
});

describe('an import never loses newer work', () => {
  const common = () => join(root, 'locales/tr/common.json');
  const read = () => JSON.parse(readFileSync(common(), 'utf8')) as { skipLink: string; toc: { title: string } };

  it('export, translate by hand, import the earlier export: conflicts listed, nothing overwritten, non-zero exit; --take-file takes the file', () => {
    const xlf = join(root, 'tr.xlf');
    expect(run('i18n-export', ['--locale', 'tr', '--out', xlf]).status).toBe(0);
    // Meanwhile a translator changes a string by hand in the locale file...
    const byHand = { ...read(), skipLink: 'Ana içeriğe atla' };
    writeFileSync(common(), `${JSON.stringify(byHand, null, 2)}\n`);
    // ... and in the CAT tool another translator translates the same string and one more.
    const unit = (id: string, target: string) => (x: string) =>
      x.replace(new RegExp(`(<unit id="${id}">[\\s\\S]*?<target>)[^<]*(</target>)`), `$1${target}$2`);
    writeFileSync(
      xlf,
      unit('toc.title', 'Bu sayfadakiler')(unit('skipLink', 'İçeriğe geçin')(readFileSync(xlf, 'utf8'))),
    );
    const before = snapshot(join(root, 'locales'));
    const imp = run('i18n-import', [xlf]);
    expect(imp.status).toBe(1);
    expect(imp.stderr).toMatch(
      /^conflict: .*tr\.xlf:\d+: ui\/common unit skipLink \("Skip to content"\): the stored translation changed after the file was exported\n {2}stored: {3}"Ana içeriğe atla"\n {2}incoming: "İçeriğe geçin"$/m,
    );
    expect(imp.stderr).toMatch(/import refused: 1 conflict\(s\); no file was changed\./);
    expect(snapshot(join(root, 'locales'))).toEqual(before);
    // A dry run says the same and writes nothing either.
    expect(run('i18n-import', [xlf, '--check']).status).toBe(1);
    expect(snapshot(join(root, 'locales'))).toEqual(before);
    const take = run('i18n-import', [xlf, '--take-file']);
    expect(take.stderr).toBe('');
    expect(take.stdout).toMatch(/2 updated.*took the file's version of 1 conflicting unit/s);
    expect([read().skipLink, read().toc.title]).toEqual(['İçeriğe geçin', 'Bu sayfadakiler']);
  }, 120_000);

  it('a passage translated again in the CAT tool replaces its stored translation (no second copy), also with --take-file over newer work', () => {
    const xlf = join(root, 'tr-pages.xlf');
    expect(run('i18n-export', ['--locale', 'tr', '--out', xlf]).status).toBe(0);
    const page = join(root, 'locales/tr/pages/overview.json');
    const stored = () => JSON.parse(readFileSync(page, 'utf8')) as { units: { source: string; target: string }[] };
    const title = stored().units.find((u) => u.source === 'CPOR associations overview')!;
    const retitle = (text: string, target: string) =>
      text.replace(/(<source>CPOR associations overview<\/source>\s*<target>)[^<]*(<\/target>)/, `$1${target}$2`);
    const count = stored().units.length;
    writeFileSync(xlf, retitle(readFileSync(xlf, 'utf8'), 'CPOR ilişkilendirmelerine bakış'));
    const imp = run('i18n-import', [xlf]);
    expect(imp.stderr).toBe('');
    expect(imp.stdout).toMatch(/1 updated/);
    const after = stored().units;
    expect(after).toHaveLength(count);
    expect(after.filter((u) => u.source === title.source).map((u) => u.target)).toEqual([
      'CPOR ilişkilendirmelerine bakış',
    ]);
    // The same file again changes nothing.
    expect(run('i18n-import', [xlf]).stdout).toMatch(/0 updated/);
    // A translator then edits the title by hand; the file's version is taken only with --take-file, and replaces it.
    const byHand = stored();
    byHand.units = byHand.units.map((u) => (u.source === title.source ? { ...u, target: 'Elle yazılmış başlık' } : u));
    writeFileSync(page, `${JSON.stringify(byHand, null, 2)}\n`);
    writeFileSync(xlf, retitle(readFileSync(xlf, 'utf8'), 'Dosyadaki başlık'));
    expect(run('i18n-import', [xlf]).status).toBe(1);
    expect(run('i18n-import', [xlf, '--take-file']).status).toBe(0);
    expect(
      stored()
        .units.filter((u) => u.source === title.source)
        .map((u) => u.target),
    ).toEqual(['Dosyadaki başlık']);
    expect(stored().units).toHaveLength(count);
  }, 120_000);

  it('a new locale: the earlier export with the English copied into every target does not replace strings translated since', () => {
    expect(run('i18n-add', ['fr']).status).toBe(0);
    const po = join(root, 'fr.po');
    expect(run('i18n-export', ['--locale', 'fr', '--format', 'po', '--out', po]).stdout).toMatch(
      // Only the three strings without words (a file name, "{{id}} — {{label}}") come with a target.
      /exported fr as po: \d+ units \(3 with a translation, \d+ to translate\)/,
    );
    const file = join(root, 'locales/fr/common.json');
    const fr = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, `${JSON.stringify({ ...fr, skipLink: 'Aller au contenu' }, null, 2)}\n`);
    // A CAT tool's "copy source to target" on every unit.
    const copied = readFileSync(po, 'utf8').replace(/(\nmsgid ("(?:[^"\\]|\\.)*")\n)msgstr ""/g, '$1msgstr $2');
    writeFileSync(po, copied);
    const before = snapshot(join(root, 'locales'));
    const imp = run('i18n-import', [po]);
    expect(imp.status).toBe(1);
    expect(imp.stderr).toMatch(
      /conflict: .*ui\/common unit skipLink \("Skip to content"\): the file would replace the translation with the English/,
    );
    expect(imp.stderr.match(/^conflict: /gm)).toHaveLength(1);
    expect(snapshot(join(root, 'locales'))).toEqual(before);
  }, 120_000);
});

describe('round trips in every format change no file', () => {
  it.each([
    ['tr', 'xliff2'],
    ['hu', 'xliff12'],
    ['ar', 'po'],
  ])(
    '%s as %s, through the tools',
    (locale, format) => {
      const before = snapshot(join(root, 'locales'));
      const out = join(root, `${locale}.${format === 'po' ? 'po' : 'xlf'}`);
      const exp = run('i18n-export', ['--locale', locale, '--format', format, '--out', out]);
      expect(exp.stderr).toBe('');
      const imp = run('i18n-import', [out]);
      expect(imp.stderr).toBe('');
      expect(imp.stdout).toMatch(/: 0 updated, \d+ unchanged, .*; 0 file\(s\) written/);
      expect(snapshot(join(root, 'locales'))).toEqual(before);
    },
    60_000,
  );
});

describe('JSON output is only JSON', () => {
  it('i18n:pending --out writes the list to the file and nothing to stdout; an unknown locale is one line', () => {
    const out = join(root, 'pending.json');
    const r = run('i18n-pending', ['--locale', 'ja', '--out', out]);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
    const list = JSON.parse(readFileSync(out, 'utf8')) as { page: string; pending: unknown[] }[];
    expect(list.map((p) => p.page)).toContain('overview');
    const bad = run('i18n-pending', ['--locale', 'xx']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^error: --locale: unknown or source locale "xx" .*\n$/);
  }, 60_000);

  it("npm run --silent keeps npm's banner out of stdout", () => {
    const r = spawnSync('npm', ['run', '--silent', 'i18n:pending', '--', '--locale', 'tr', '--page', 'overview'], {
      env: { ...process.env, CPOR_ROOT: root },
      encoding: 'utf8',
    });
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ page: 'overview' })]);
  }, 60_000);
});

describe('the termbase for CAT tools', () => {
  it('exports a locale glossary as TBX', () => {
    const out = join(root, 'tr.tbx');
    const r = run('i18n-export', ['--locale', 'tr', '--format', 'tbx', '--out', out]);
    expect(r.stdout).toMatch(/exported the tr termbase: \d+ terms as TBX/);
    const tbx = readFileSync(out, 'utf8');
    expect(tbx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<martif type="TBX-Basic" xml:lang="en">/);
    expect(tbx).toContain(
      '<term>kredi</term>\n            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>',
    );
  }, 60_000);
});
