/**
 * The lifecycle diagram in a browser (issue 19) until the lead places it on the guides: its build-time HTML, with the
 * site's stylesheet and its own, put into a built page of each language (lang, dir, theme and layout as the site has
 * them). Checks: right to left in Arabic, both themes, axe, and that the symbols are never the only carrier.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { LifecycleDiagram, type LifecycleView } from '../../src/components/lifecycle/LifecycleDiagram';
import { createTranslator } from '../../src/domain/i18n/format';
import { LOCALES, expect, test, visit } from './site';

// The diagram's stylesheet is not on any built page yet; it is added as the source file, so CSP is bypassed here.
test.use({ bypassCSP: true });
const css = readFileSync('src/components/lifecycle/lifecycle.css', 'utf8');

function diagram(code: string, view: LifecycleView): string {
  const tag = LOCALES.find((l) => l.code === code)!.tag;
  const messages = JSON.parse(readFileSync(`locales/${code}/lifecycle.json`, 'utf8'));
  return renderToString(h(LifecycleDiagram, { t: createTranslator(messages, tag), lang: tag, view }));
}

for (const code of ['en', 'ar'])
  for (const view of ['partner', 'customer'] as const)
    for (const scheme of ['light', 'dark'] as const) {
      test(`the lifecycle diagram in ${code}, ${view} view, ${scheme} theme: mirrored where it should be, axe clean`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await visit(page, `${code}/overview/`);
        await page.addStyleTag({ content: css });
        await page
          .locator('main h1')
          .first()
          .evaluate((h1, html) => h1.insertAdjacentHTML('afterend', html), diagram(code, view));
        const figure = page.locator('figure.lc');
        await expect(figure).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('dir', code === 'ar' ? 'rtl' : 'ltr');

        // The rail runs along the start side: left in English, right in Arabic.
        const node = page.locator('.lc__s').first();
        const side = await node.evaluate((li) => {
          const s = getComputedStyle(li);
          return { left: s.borderLeftWidth, right: s.borderRightWidth };
        });
        expect(code === 'ar' ? side.right : side.left).toBe('3px');
        expect(code === 'ar' ? side.left : side.right).toBe('0px');
        // The arrow to the next status points the way the text reads.
        const arrow = await page
          .locator('.lc__arrow')
          .first()
          .evaluate((a) => getComputedStyle(a).transform);
        expect(arrow === 'none' ? 'ltr' : 'rtl').toBe(code === 'ar' ? 'rtl' : 'ltr');

        const axe = await new AxeBuilder({ page })
          .include('figure.lc')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(' | ')}`)).toEqual([]);
      });
    }
