/**
 * The framework's floor: the least an Astro build with the content layer and @astrojs/mdx costs on this
 * machine, whatever the site. A minimal project in bench/tmp/floor (one collection, one short MDX page, one
 * route, the same Astro and @astrojs/mdx as this site through a link to its node_modules) is built cold
 * beside the two sites, so the report can say how much of each site's build time is its own work.
 * Beside it, bare Astro (bench/tmp/bare: one .astro page, no content layer, no MDX) shows what the content
 * layer and @astrojs/mdx cost on their own.
 */
import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TMP } from './lib/env';

export const FLOOR_DIR = join(TMP, 'floor');
export const FLOOR_OUT = join(FLOOR_DIR, 'dist');
export const BARE_DIR = join(TMP, 'bare');
export const BARE_OUT = join(BARE_DIR, 'dist');
/** What a cold build of either project starts without. */
export const FRAMEWORK_CACHES = ['dist', '.astro', '.astro-cache', '.vite-cache'];

const CONFIG_CACHES = "// Its caches stay in its own folder: node_modules is this site's, linked.";

const FILES: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'cpor-guide-floor-bench', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': [
    "import { defineConfig } from 'astro/config';",
    "import mdx from '@astrojs/mdx';",
    CONFIG_CACHES,
    "export default defineConfig({ integrations: [mdx()], cacheDir: './.astro-cache', devToolbar: { enabled: false }, vite: { cacheDir: './.vite-cache' } });",
    '',
  ].join('\n'),
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "import { z } from 'astro/zod';",
    'export const collections = {',
    "  docs: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'src/content/docs' }), schema: z.object({ title: z.string() }) }),",
    '};',
    '',
  ].join('\n'),
  'src/pages/[slug].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    'export async function getStaticPaths() {',
    "  return (await getCollection('docs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));",
    '}',
    'const { Content } = await render(Astro.props.entry);',
    '---',
    '<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.entry.data.title}</title></head>',
    '<body><main><Content /></main></body></html>',
    '',
  ].join('\n'),
  'src/content/docs/page.mdx': ['---', 'title: Floor', '---', '', '# Floor', '', 'One paragraph of *MDX*.', ''].join(
    '\n',
  ),
};

const BARE_FILES: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'cpor-guide-bare-bench', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': [
    "import { defineConfig } from 'astro/config';",
    CONFIG_CACHES,
    "export default defineConfig({ cacheDir: './.astro-cache', devToolbar: { enabled: false }, vite: { cacheDir: './.vite-cache' } });",
    '',
  ].join('\n'),
  'src/pages/index.astro': [
    '<html lang="en"><head><meta charset="utf-8" /><title>Bare</title></head>',
    '<body><main><h1>Bare</h1><p>One paragraph of Astro.</p></main></body></html>',
    '',
  ].join('\n'),
};

/** Writes a project's files (idempotent) and links its node_modules to this site's. */
function writeProject(dir: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
  }
  const modules = join(dir, 'node_modules');
  if (existsSync(modules) && !lstatSync(modules).isSymbolicLink()) rmSync(modules, { recursive: true, force: true });
  if (!existsSync(modules)) symlinkSync(join(ROOT, 'node_modules'), modules, 'dir');
  return dir;
}

/** Writes the minimal project and bare Astro beside it. */
export function writeFloorSite(): string {
  writeProject(BARE_DIR, BARE_FILES);
  return writeProject(FLOOR_DIR, FILES);
}
