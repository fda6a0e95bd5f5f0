/**
 * The lifecycle diagram on the guides (issue 19): the overview and the manage page show the partner's view,
 * the customers' page the customer's. Checks: right to left in Arabic, both themes, axe, no client script.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, visit } from './site';

const PLACES = [
  { slug: 'overview', view: 'partner' },
  { slug: 'manage-associations', view: 'partner' },
  { slug: 'for-customers', view: 'customer' },
] as const;

for (const code of ['en', 'ar'])
  for (const { slug, view } of PLACES)
    for (const scheme of ['light', 'dark'] as const) {
      test(`the lifecycle diagram on /${code}/${slug}/ (${view} view), ${scheme} theme: mirrored where it should be, axe clean`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await visit(page, `${code}/${slug}/`);
        const figure = page.locator('figure.lc');
        await expect(figure).toHaveCount(1);
        await expect(figure).toBeVisible();
        // The customers' view marks what the customer is told and can do; the partner's view marks nothing so.
        const marked = page.locator('figure.lc .lc__mark');
        if (view === 'customer') await expect(marked.first()).toBeVisible();
        else await expect(marked).toHaveCount(0);
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
