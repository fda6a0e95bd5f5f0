/** Registers `client:interaction` (src/scripts/client-interaction.ts): hydrate an island when the reader first reaches it. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

declare global {
  namespace Astro {
    interface ClientDirectives {
      'client:interaction'?: boolean;
    }
  }
}

export default function clientInteraction(): AstroIntegration {
  return {
    name: 'cpor:client-interaction',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'interaction',
          entrypoint: fileURLToPath(new URL('../scripts/client-interaction.ts', import.meta.url)),
        });
      },
    },
  };
}
