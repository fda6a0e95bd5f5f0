// Astro writes the islands' `display: contents` rule as a <style> element where the first island stands,
// which is invalid inside <div> and <main> (style is metadata content). The same rule is in global.css,
// so after the build this removes the inline element from every page.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INLINE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** An Astro integration that removes the islands' inline style element after the build. */
export default function islandStyle() {
  return {
    name: 'cpor:island-style',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let changed = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          if (!html.includes(INLINE)) continue;
          await writeFile(file, html.replace(INLINE, ''));
          changed++;
        }
        logger.info(`removed the islands' inline <style> from ${changed} pages (the rule is in global.css)`);
      },
    },
  };
}
