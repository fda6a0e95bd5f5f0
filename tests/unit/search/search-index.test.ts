/** scripts/search-index.ts run as the build runs it, on a small site of its own: batches change nothing in the output. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const PAGES: Record<string, [string, string][]> = {
  en: [
    ['Partner of record', 'A partner claims the customer association.'],
    ['Opt out', 'The customer may decline.'],
  ],
  'tr-TR': [
    ['Kayıtlı iş ortağı', 'IŞIK ve ılık: İş ortağı müşteri ilişkisini talep eder.'],
    ['Vazgeçme', 'Müşteri reddedebilir.'],
  ],
  'hu-HU': [['Nyilvántartott partner', 'A partner igényli az ügyfélkapcsolatot.']],
  'ja-JP': [['登録パートナー', 'パートナーが顧客との関連付けを申請します。']],
};

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpor-search-'));
  for (const [lang, pages] of Object.entries(PAGES)) {
    const code = lang.slice(0, 2);
    pages.forEach(([title, text], i) => {
      const folder = i === 0 ? join(dir, code) : join(dir, code, `page-${i}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, 'index.html'),
        `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`,
      );
    });
  }
  // Not indexed: deeper than a locale's pages, as the wizard's plain version is.
  mkdirSync(join(dir, 'en', 'eligibility', 'steps'), { recursive: true });
  writeFileSync(
    join(dir, 'en', 'eligibility', 'steps', 'index.html'),
    '<html lang="en"><body><main data-pagefind-body>steps</main></body></html>',
  );
  return dir;
}

const run = (...args: string[]) => spawnSync('node', ['scripts/search-index.ts', ...args], { encoding: 'utf8' });

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

describe('the search index in batches', () => {
  let one: Record<string, string>;
  let batched: Record<string, string>;
  let dir: string;
  let out: { one: string; batched: string };

  beforeAll(() => {
    dir = site();
    const a = run('--site', dir, '--batch-pages', '1000');
    one = files(join(dir, 'pagefind'));
    const b = run('--site', dir, '--batch-pages', '2');
    batched = files(join(dir, 'pagefind'));
    out = { one: a.stdout + a.stderr, batched: b.stdout + b.stderr };
  }, 60_000);

  it('indexes every locale page, one batch or four', () => {
    expect(out.one).toMatch(/6 pages read, 4 language indexes written, in 1 batch of at most 1000 pages/);
    expect(out.batched).toMatch(/6 pages read, 4 language indexes written, in 3 batches of at most 2 pages/);
  });

  it('writes the same files either way, byte for byte', () => {
    expect(Object.keys(one).length).toBeGreaterThan(10);
    expect(batched).toEqual(one);
  });

  it("lists every language in the entry file, with each batch's page count", () => {
    const entry = JSON.parse(Buffer.from(batched['pagefind-entry.json']!, 'base64').toString('utf8'));
    expect(
      Object.fromEntries(
        Object.entries(entry.languages).map(([l, m]) => [l, (m as { page_count: number }).page_count]),
      ),
    ).toEqual({
      en: 2,
      'hu-hu': 1,
      'ja-jp': 1,
      'tr-tr': 2,
    });
  });

  it('refuses a bad batch size and a missing site, naming the option or the folder', () => {
    const zero = run('--site', dir, '--batch-pages', '0');
    expect(zero.status).toBe(1);
    expect(zero.stderr).toMatch(/--batch-pages must be a whole number of pages, at least 1 \(got "0"\)/);
    const none = run('--site', join(dir, 'nowhere'));
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/no built site at .*nowhere/);
  });
});
