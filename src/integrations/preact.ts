/**
 * Preact islands. `astro dev` uses the official integration (@astrojs/preact: Fast Refresh, devtools).
 * `astro build` registers the same renderer (@astrojs/preact's client and server entry points) with Vite's
 * own JSX transform (oxc) instead: the official integration loads Babel and Prefresh (~0.3 s before the
 * build starts) and compiles the islands with Babel, which a production build does not need.
 */
import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';

/** The islands' entry files: the official integration compiles these with Babel and claims only them. */
const ISLANDS = [/\/EligibilityWizard\.tsx$/, /\/DeadlineCalculator\.tsx$/];
const OPTIONS_MODULE = 'astro:preact:opts';

export default function preactIslands(): AstroIntegration {
  return {
    name: 'cpor:preact',
    hooks: {
      'astro:config:setup': async (params) => {
        if (params.command === 'dev') {
          // Loaded here, only for dev. Node's require (not import(), which Vite's closed config loader would take).
          const official = createRequire(import.meta.url)('@astrojs/preact') as typeof import('@astrojs/preact');
          await official.default({ include: ISLANDS }).hooks['astro:config:setup']?.(params);
          return;
        }
        params.addRenderer({
          name: '@astrojs/preact',
          clientEntrypoint: '@astrojs/preact/client.js',
          serverEntrypoint: '@astrojs/preact/server.js',
        });
        params.updateConfig({
          vite: {
            plugins: [
              {
                // The renderer's server entry reads its include/exclude options from this module.
                name: 'cpor:preact-options',
                resolveId: (id: string) => (id === OPTIONS_MODULE ? `\0${OPTIONS_MODULE}` : undefined),
                load: (id: string) =>
                  id === `\0${OPTIONS_MODULE}`
                    ? `export default { include: [${ISLANDS.map(String).join(', ')}] };`
                    : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
