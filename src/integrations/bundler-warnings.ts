/**
 * Drops one warning of the bundler that says nothing to act on: Astro marks every MDX module with its own
 * "use astro:head-inject" directive, and Rolldown warns, module by module, that it will not keep a module-level
 * directive (200 multi-line warnings at 50 locales × 100 pages). Astro reads its marker before bundling, so
 * nothing is lost. Every other warning, other directives' included, is shown as before.
 */
import type { AstroIntegration } from 'astro';

type Warning = { code?: string; message: string };
type OnWarn = (warning: Warning, warn: (w: Warning) => void) => void;

/** True for the warning about Astro's own directive, and only for it. */
export function isAstroDirectiveWarning(w: Warning): boolean {
  return w.code === 'MODULE_LEVEL_DIRECTIVE' && w.message.includes('"use astro:head-inject"');
}

/** Astro integration: the filter above on the build of the pages (Astro's `prerender` environment). */
export default function bundlerWarnings(): AstroIntegration {
  return {
    name: 'cpor:bundler-warnings',
    hooks: {
      'astro:build:setup': ({ vite }) => {
        const envs = (vite.environments ?? {}) as Record<string, { build?: { rolldownOptions?: { onwarn?: OnWarn } } }>;
        for (const env of Object.values(envs)) {
          const options = env.build?.rolldownOptions;
          if (!options) continue;
          const before = options.onwarn;
          options.onwarn = (warning, warn) => {
            if (isAstroDirectiveWarning(warning)) return;
            if (before) before(warning, warn);
            else warn(warning);
          };
        }
      },
    },
  };
}
