/** The translation step as Astro's content layer runs it: every locale page stored, the generated files written, and the event loop turning while it works. */
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/domain/i18n/locales';
import { GENERATED_DIR, translationsLoader } from '../../../src/lib/translations-loader';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'cpor-loader-'));
  cpSync('src/content/docs/en', join(root, 'src/content/docs/en'), { recursive: true });
  cpSync('locales', join(root, 'locales'), { recursive: true });
  return root;
}

describe('translationsLoader', () => {
  it('stores each locale page and lets the event loop turn between pages', async () => {
    const root = project();
    const store = new Map<string, { id: string; filePath: string }>();
    let turns = 0;
    let counting = true;
    const count = () => {
      if (!counting) return;
      turns++;
      setImmediate(count);
    };
    setImmediate(count);
    await translationsLoader().load({
      store: {
        set: (e: { id: string; filePath: string }) => store.set(e.id, e),
        keys: () => store.keys(),
        delete: (k: string) => store.delete(k),
      },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: (x: unknown) => String(JSON.stringify(x).length),
      config: { root: pathToFileURL(`${root}/`) },
      logger: { info: () => {}, error: () => {} },
      watcher: undefined,
    } as never);
    counting = false;
    const pages = readdirSync(join(root, 'src/content/docs/en')).filter((f) => f.endsWith('.mdx'));
    expect(store.size).toBe(pages.length * (LOCALES.length - 1));
    for (const f of pages) expect(existsSync(join(root, GENERATED_DIR, f))).toBe(true);
    // The Markdown parser frees each parse's native memory in a finalizer that runs only when the event loop
    // turns: a step that never yielded kept it all (290 MB at 50 locales × 100 pages). One turn per page at least.
    expect(turns).toBeGreaterThanOrEqual(pages.length);
  }, 60_000);
});
