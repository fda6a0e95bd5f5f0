/**
 * Enhancements shared by every page: theme choice, search launcher with its "/" shortcut, bilingual view,
 * and the highlight of the words a search result was found by.
 */
import { HIGHLIGHT_PARAM } from './highlight-param';

const root = document.documentElement;
const store = {
  get: (k: string) => {
    try {
      return localStorage.getItem(k);
    } catch {
      return null;
    }
  },
  set: (k: string, v: string) => {
    try {
      localStorage.setItem(k, v);
    } catch {
      /* private mode: not remembered */
    }
  },
};

const theme = document.querySelector<HTMLLabelElement>('[data-theme-control]');
const select = theme?.querySelector('select');
if (theme && select) {
  select.value = root.dataset.theme ?? 'system';
  select.addEventListener('change', () => {
    root.dataset.theme = select.value;
    store.set('theme', select.value);
  });
}

// The menu and the page's contents are open on wide screens and collapsed on phones (global.css).
const wide = matchMedia('(min-width: 60.01rem)');
const syncDisclosures = () => {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details.wide-open')) d.open = wide.matches;
};
syncDisclosures();
wide.addEventListener('change', syncDisclosures);

for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-lang-link]')) {
  a.addEventListener('click', () => store.set('lang', a.dataset.langLink ?? ''));
}

const opener = document.querySelector<HTMLButtonElement>('[data-search-open]');
if (opener) {
  const open = () => {
    void import('./search').then((m) => m.openSearch());
  };
  opener.addEventListener('click', open);
  document.addEventListener('keydown', (e) => {
    const el = e.target as HTMLElement;
    if (
      e.key !== '/' ||
      e.ctrlKey ||
      e.metaKey ||
      e.altKey ||
      el.isContentEditable ||
      /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)
    )
      return;
    e.preventDefault();
    open();
  });
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./highlight').then((m) => m.highlight(document.body.dataset.base ?? '/'));
}

const bilingual = document.querySelector<HTMLInputElement>('[data-bilingual] input');
if (bilingual) {
  const apply = () => {
    void import('./bilingual').then((m) => m.setBilingual(bilingual.checked));
  };
  bilingual.checked = store.get('bilingual') === '1';
  if (bilingual.checked) apply();
  bilingual.addEventListener('change', () => {
    store.set('bilingual', bilingual.checked ? '1' : '0');
    apply();
  });
}
