/**
 * Highlights the words a search result matched on the page it opened, with Pagefind's highlight script
 * (mark.js), loaded from this origin only on pages opened from a result. Its own <style> element would
 * break the site's style policy, so it adds none: global.css styles <mark>. The first highlighted word is
 * scrolled into view unless the address names a place on the page.
 */
import { HIGHLIGHT_PARAM } from './highlight-param';

interface HighlightModule {
  default: new (options: Record<string, unknown>) => unknown;
}

export async function highlight(base: string): Promise<void> {
  const mod = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as HighlightModule;
  new mod.default({
    highlightParam: HIGHLIGHT_PARAM,
    markContext: 'main',
    addStyles: false,
    markOptions: {
      className: 'search-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      done: () => {
        if (!location.hash) document.querySelector('mark.search-highlight')?.scrollIntoView({ block: 'center' });
      },
    },
  });
}
