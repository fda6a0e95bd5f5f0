import { describe, expect, it } from 'vitest';
import bundlerWarnings, { isAstroDirectiveWarning } from '../../../src/integrations/bundler-warnings';

const astroDirective = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in ".generated/translations/overview.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};
const otherDirective = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use client" in "src/x.tsx" may not be preserved when bundling.',
};
const otherWarning = { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' };

describe('bundler warnings', () => {
  it("drops only the warning about Astro's own directive", () => {
    expect(isAstroDirectiveWarning(astroDirective)).toBe(true);
    expect(isAstroDirectiveWarning(otherDirective)).toBe(false);
    expect(isAstroDirectiveWarning(otherWarning)).toBe(false);
    expect(isAstroDirectiveWarning({ message: astroDirective.message })).toBe(false);
  });

  it("wraps each build environment's handler: other warnings still reach it, or the default", () => {
    const seen: string[] = [];
    const vite = {
      environments: {
        prerender: { build: { rolldownOptions: { onwarn: (w: { code?: string }) => seen.push(`own ${w.code}`) } } },
        client: { build: { rolldownOptions: {} } },
        ssr: {},
      },
    };
    const hook = bundlerWarnings().hooks['astro:build:setup'] as (p: unknown) => void;
    hook({ vite, target: 'server' });
    const warn = (w: { code?: string }) => seen.push(`default ${w.code}`);
    for (const env of [vite.environments.prerender, vite.environments.client]) {
      const onwarn = (env.build.rolldownOptions as { onwarn: (w: unknown, warn: unknown) => void }).onwarn;
      onwarn(astroDirective, warn);
      onwarn(otherDirective, warn);
      onwarn(otherWarning, warn);
    }
    expect(seen).toEqual([
      'own MODULE_LEVEL_DIRECTIVE',
      'own CIRCULAR_DEPENDENCY',
      'default MODULE_LEVEL_DIRECTIVE',
      'default CIRCULAR_DEPENDENCY',
    ]);
  });
});
