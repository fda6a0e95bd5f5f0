/**
 * A built copy of the site with test fixtures added, for tests that need pages rendered by the real
 * pipeline (the translation step, @astrojs/mdx, the page components), not a model of it:
 * - tests/fixtures/site/: a page that imports a component, uses expressions and inline elements, and its
 *   Turkish translation with current, outdated and missing passages;
 * - the content cases of the bad-input corpus that MDX now accepts (`expected: []`), as pages
 *   `corpus-<case>`;
 * - the overview's Turkish translation replaced by Microsoft's bilingual file of 2020 as the importer stores
 *   it (outdated passages), and its Hungarian and Arabic ones by translations carrying script payloads
 *   (tests/lib/payloads.ts).
 * Built once per distinct input (a hash of every file that goes in) under the system's temp folder, and
 * shared by every test file and runner that asks for it; concurrent callers wait for one build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPage, type Page } from '../../src/domain/content/page';
import { importMsDocs } from '../../src/domain/msdocs/import';
import { parseMsDocs } from '../../src/domain/msdocs/parse';
import { serializePageTranslations, type TranslationUnit } from '../../src/domain/translation/store';
import { browserPayloadUnits, overviewPayloads } from './payloads';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const COPIED = ['src', 'locales', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'site');
const CORPUS = join(ROOT, 'tests', 'corpus');

function filesUnder(dir: string): string[] {
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => filesUnder(join(dir, f)));
}

/** The real overview page, as the site reads it. */
export function overviewPage(): Page {
  const file = 'src/content/docs/en/overview.mdx';
  return loadPage(file, readFileSync(join(ROOT, file), 'utf8'));
}

const translations = (page: string, locale: string, units: TranslationUnit[]) =>
  serializePageTranslations({ page, locale, imports: [], units });

/** Files the fixture site has that the real one has not (or has otherwise), by path. */
function overlay(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of filesUnder(FIXTURES)) out.set(relative(FIXTURES, f), readFileSync(f, 'utf8'));
  for (const name of readdirSync(CORPUS).sort()) {
    if (!existsSync(join(CORPUS, name, 'case.json'))) continue;
    const meta = JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as {
      kind: string;
      expected: string | string[];
    };
    if (meta.kind !== 'content' || (Array.isArray(meta.expected) ? meta.expected.length : true)) continue;
    const docs = join(CORPUS, name, 'src', 'content', 'docs', 'en');
    for (const f of readdirSync(docs))
      out.set(`src/content/docs/en/corpus-${name}.mdx`, readFileSync(join(docs, f), 'utf8'));
  }
  const overview = overviewPage();
  const seed = parseMsDocs(
    readFileSync(join(ROOT, 'tests/fixtures/msdocs/overview.tr-TR.2020-09-11.txt'), 'utf8'),
    'tr.txt',
  );
  out.set(
    'locales/tr/pages/overview.json',
    translations('overview', 'tr', importMsDocs(seed, overview, 'tr', undefined, 'tr.txt').translations.units),
  );
  const { refused, inert } = overviewPayloads(overview);
  out.set('locales/hu/pages/overview.json', translations('overview', 'hu', [...refused, ...inert]));
  out.set('locales/ar/pages/overview.json', translations('overview', 'ar', browserPayloadUnits(overview)));
  return out;
}

/** Builds the fixture site unless this input was built already; returns its `dist` folder. */
export function fixtureSite(): string {
  const extra = overlay();
  const hash = createHash('sha256');
  for (const name of COPIED)
    for (const f of filesUnder(join(ROOT, name))) hash.update(`${relative(ROOT, f)}\n`).update(readFileSync(f));
  for (const [path, text] of extra) hash.update(`${path}\n${text}`);
  const dir = join(tmpdir(), 'cpor-fixture-site', hash.digest('hex').slice(0, 16));
  const dist = join(dir, 'dist');
  const done = join(dir, 'built');
  if (existsSync(done)) return dist;

  const lock = `${dir}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  for (const started = Date.now(); ; ) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(done)) return dist;
      // A lock left by a build that died long ago is taken over.
      if (Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 600_000) throw new Error(`fixture site: waited 10 minutes for ${lock}`);
      spawnSync('sleep', ['1']);
    }
  }
  try {
    if (existsSync(done)) return dist;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const [path, text] of extra) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    // The default origin and base, whatever the caller's environment says (the sub-path gate sets BASE_PATH).
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    for (const name of ['OUT_DIR', 'BASE_PATH', 'SITE_URL']) delete env[name];
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: dir,
      env,
      encoding: 'utf8',
      timeout: 600_000,
    });
    if (r.status !== 0) throw new Error(`fixture site: astro build failed in ${dir}\n${r.stdout}\n${r.stderr}`);
    writeFileSync(done, new Date().toISOString());
    return dist;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A built page's HTML, e.g. `tr/fixture-page/`. */
export function builtPage(dist: string, route: string): string {
  return readFileSync(join(dist, route, 'index.html'), 'utf8');
}
