/**
 * Build scaling: turns the real pages into a synthetic copy of the project with L locales × P pages
 * under bench/tmp/scale-<L>x<P>/ (node_modules symlinked), through the real translation workflow: per
 * locale and page a translation file derived from a real locale's, with current, outdated and missing
 * passages. The build of that copy is then timed like the real one.
 */
import { cpSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { normalizeSpace } from '../src/domain/content/sentences';
import { localeEntry, scaffoldMessages } from '../src/domain/i18n/scaffold';
import type { Locale } from '../src/domain/i18n/locales';
import { copyTitle, deriveUnits, pagePlan, prng, SCALE_LOCALE_CODES, seedOf } from './core/synth';
import { serializePageTranslations } from '../src/domain/translation/store';
import { readLocales, readPages, readResources, readTranslations } from '../scripts/lib/project';
import { ensureDir, ROOT, TMP } from './lib/env';

export interface ScaleSite {
  dir: string;
  locales: number;
  pages: number;
  /** Content pages (locales × pages); the build also renders tool, wizard-state and home pages. */
  contentPages: number;
  /** Stored translation units by state as written (the build decides the final states). */
  units: { current: number; outdated: number; missing: number };
}

const COPY = ['src', 'locales', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Real locales whose translations seed the synthetic ones, in turn. */
const BASES = ['tr', 'hu', 'ar', 'ja'];

/** Writes the synthetic project for `locales` × `pages` and returns what it holds. */
export function generateScaleSite(localeCount: number, pageCount: number): ScaleSite {
  if (localeCount > SCALE_LOCALE_CODES.length) throw new Error(`at most ${SCALE_LOCALE_CODES.length} locales`);
  const dir = join(TMP, `scale-${localeCount}x${pageCount}`);
  rmSync(dir, { recursive: true, force: true });
  ensureDir(dir);
  for (const name of COPY) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');

  const real = readLocales();
  const english = readResources(real.map((l) => l.code)).en ?? {};
  const locales: Locale[] = SCALE_LOCALE_CODES.slice(0, localeCount).map(
    (code) => real.find((l) => l.code === code) ?? localeEntry(code),
  );
  writeFileSync(
    join(dir, 'locales', 'locales.json'),
    `[\n${locales.map((l) => `  ${JSON.stringify(l)}`).join(',\n')}\n]\n`,
  );
  for (const l of locales) {
    const folder = ensureDir(join(dir, 'locales', l.code, 'pages'));
    for (const f of readdirSync(folder)) rmSync(join(folder, f));
    if (real.some((r) => r.code === l.code)) continue;
    for (const [ns, messages] of Object.entries(english)) {
      writeFileSync(
        join(dir, 'locales', l.code, `${ns}.json`),
        `${JSON.stringify(scaffoldMessages(messages, l.tag), null, 2)}\n`,
      );
    }
  }

  const pages = readPages();
  const docs = join(dir, 'src', 'content', 'docs', 'en');
  const plan = pagePlan(
    pages.map((p) => p.slug),
    pageCount,
  );
  const units = { current: 0, outdated: 0, missing: 0 };
  for (const { slug, from, copy } of plan) {
    const page = pages.find((p) => p.slug === from)!;
    const text = readFileSync(join(ROOT, page.file), 'utf8');
    if (copy > 0) {
      // Only the title changes: the front matter is rewritten, the body kept byte for byte.
      const end = text.indexOf('\n---', 3);
      const doc = parseDocument(text.slice(4, end));
      doc.set('title', copyTitle(page.data.title, copy));
      writeFileSync(join(docs, `${slug}.mdx`), `---\n${doc.toString()}---${text.slice(end + 4)}`);
    }
    locales.forEach((l, i) => {
      if (i === 0) return;
      const base = BASES[(i - 1) % BASES.length]!;
      const stored = readTranslations(base, from)?.units ?? [];
      const title = normalizeSpace(page.data.title);
      const derived = deriveUnits(stored, prng(seedOf(`${l.code}/${slug}`)), {
        title: { from: title, to: copyTitle(title, copy), copy },
      });
      const kept = new Set(stored.map((u) => u.source));
      for (const u of derived)
        if (kept.has(u.source) || u.source === copyTitle(title, copy)) units.current++;
        else units.outdated++;
      units.missing += stored.length - derived.length;
      writeFileSync(
        join(dir, 'locales', l.code, 'pages', `${slug}.json`),
        serializePageTranslations({ page: slug, locale: l.code, imports: [], units: derived }),
      );
    });
  }
  return { dir, locales: localeCount, pages: pageCount, contentPages: localeCount * pageCount, units };
}
