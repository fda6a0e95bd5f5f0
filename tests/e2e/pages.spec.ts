import AxeBuilder from '@axe-core/playwright';
import { ALL_ROUTES, LOCALES, expect, test, visit } from './site';

test.describe('every page in every locale', () => {
  for (const route of ALL_ROUTES) {
    test(`/${route} loads cleanly, with lang and dir right`, async ({ page, problems }) => {
      await visit(page, route);
      const code = route.split('/')[0];
      const locale = LOCALES.find((l) => l.code === code);
      if (locale) {
        await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
        await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
        await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
        await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
        await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(LOCALES.length + 1);
        await expect(page.getByRole('link', { name: /./ }).first()).toBeVisible();
      }
      await expect(page.locator('h1').first()).toBeVisible();
      expect(problems).toEqual([]);
    });
  }
});

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const route of ALL_ROUTES) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`/${route} in ${scheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await visit(page, route);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          results.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')}`,
          ),
        ).toEqual([]);
      });
    }
  }
});
