/** The search dialog, loaded on first use: Pagefind's index for the page's language only. */
import { createTranslator, type Messages } from '../domain/i18n/format';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (q: string, o?: unknown, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
const input = dialog.querySelector<HTMLInputElement>('input')!;
const status = dialog.querySelector<HTMLElement>('.search-status')!;
const list = dialog.querySelector<HTMLOListElement>('.search-results')!;
const t = createTranslator(JSON.parse(dialog.dataset.strings ?? '{}') as Messages, document.documentElement.lang);
const base = document.body.dataset.base ?? '/';
let pagefind: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: base, excerptLength: 18 });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

async function run(query: string): Promise<void> {
  if (!query.trim()) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  try {
    const pf = await load();
    const found = await pf.debouncedSearch(query, {}, 60);
    if (!found || input.value !== query) return;
    const data = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const p = document.createElement('p');
        p.innerHTML = d.excerpt; // Pagefind escapes page text and adds only <mark>.
        li.append(a, p);
        return li;
      }),
    );
    status.textContent = found.results.length
      ? t('results', { count: found.results.length, query })
      : t('noResults', { query });
  } catch {
    status.textContent = t('error');
  }
}

input.addEventListener('input', () => {
  void run(input.value);
});
// A search field's Escape would only clear the text; readers expect it to close the dialog.
input.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    e.preventDefault();
    dialog.close();
  }
});

/** Opens the dialog, focuses the field and starts loading the index. */
export function openSearch(): void {
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  if (!pagefind) status.textContent = t('loading');
  void load().then(
    () => {
      if (status.textContent === t('loading')) status.textContent = '';
    },
    () => {
      status.textContent = t('error');
    },
  );
}
