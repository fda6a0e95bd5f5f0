/**
 * The search dialog, loaded on first use: Pagefind's index for the page's language only, queried as the
 * language reads (src/domain/search/fold.ts): the query in the locale's lower case, and its
 * accent-insensitive form where that can find more. Results are links in an ordered list: the arrow keys
 * move between the field and the links, Enter opens one (the field's Enter opens the first), and the
 * number found is announced. Each link carries the words it matched, which the opened page highlights
 * (src/scripts/highlight.ts).
 */
import { createTranslator, type Messages } from '../domain/i18n/format';
import { excerpt, type Hit, matchedWords, searchAsTyped } from '../domain/search/results';
import { VARIANTS_FIELD } from '../domain/search/variants';
import { HIGHLIGHT_PARAM } from './highlight-param';

interface Fragment {
  url: string;
  excerpt: string;
  content: string;
  meta: { title?: string };
}
interface PagefindResult extends Hit {
  data: () => Promise<Fragment>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] } | null>;
}

/** Results listed (every result on a site this size); the status line counts them all. */
const SHOWN = 20;
/** Results shown before the others have loaded. */
const FIRST = 8;
/** Milliseconds without typing before a search starts. */
const DEBOUNCE_MS = 60;
/** Words carried to the opened page for highlighting. */
const HIGHLIGHT_WORDS = 6;

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
const input = dialog.querySelector<HTMLInputElement>('input')!;
const status = dialog.querySelector<HTMLElement>('.search-status')!;
const list = dialog.querySelector<HTMLOListElement>('.search-results')!;
const tag = document.documentElement.lang;
const t = createTranslator(JSON.parse(dialog.dataset.strings ?? '{}') as Messages, tag);
const base = document.body.dataset.base ?? '/';
let pagefind: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // Variant terms order the pages found only through them; in the page's text they should not count.
    await pf.options({ baseUrl: base, excerptLength: 18, ranking: { metaWeights: { [VARIANTS_FIELD]: 0.1 } } });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

const MARKED = /<mark>(.*?)<\/mark>/g;

/**
 * The words a result matched, for the opened page to highlight: those Pagefind marked in its excerpt, or
 * for a page found through its variant terms only (no marks), the words of its text the query begins.
 */
function foundWords(d: Fragment, query: string): string[] {
  const words = new Set<string>();
  const segmenter = new Intl.Segmenter(tag, { granularity: 'word' });
  for (const m of d.excerpt.matchAll(MARKED)) {
    const text = m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    for (const s of segmenter.segment(text)) if (s.isWordLike) words.add(s.segment);
  }
  return words.size ? [...words].slice(0, HIGHLIGHT_WORDS) : matchedWords(d.content, query, tag, HIGHLIGHT_WORDS);
}

function resultItem(d: Fragment, query: string): HTMLLIElement {
  const words = foundWords(d, query);
  const url = new URL(d.url, location.href);
  for (const w of words) url.searchParams.append(HIGHLIGHT_PARAM, w);
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = url.pathname + url.search;
  a.textContent = d.meta.title ?? d.url;
  const p = document.createElement('p');
  if (d.excerpt.includes('<mark>')) {
    p.innerHTML = d.excerpt; // Pagefind escapes page text and adds only <mark>.
  } else {
    // Found through variant terms only: Pagefind has no position to build an excerpt around.
    for (const part of excerpt(d.content, words)) {
      if (!part.mark) p.append(part.text);
      else p.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
    }
  }
  li.append(a, p);
  return li;
}

let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let latest: Promise<void> = Promise.resolve();

async function run(query: string): Promise<void> {
  const current = ++generation;
  if (!query.trim()) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  try {
    const pf = await load();
    const ranked = await searchAsTyped(query, tag, async (q) => (await pf.search(q))?.results ?? []);
    if (current !== generation) return;
    // The first few at once, the rest after them: each result loads its own fragment of the index.
    const first = await Promise.all(ranked.slice(0, FIRST).map((r) => r.data()));
    if (current !== generation) return;
    list.replaceChildren(...first.map((d) => resultItem(d, query)));
    const rest = await Promise.all(ranked.slice(FIRST, SHOWN).map((r) => r.data()));
    if (current !== generation) return;
    list.append(...rest.map((d) => resultItem(d, query)));
    status.textContent = ranked.length ? t('results', { count: ranked.length, query }) : t('noResults', { query });
  } catch {
    if (current === generation) status.textContent = t('error');
  }
}

/** Searches for the field's text now, instead of after the typing pause. */
function runNow(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  latest = run(input.value);
  return latest;
}

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(runNow, DEBOUNCE_MS);
});

const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

input.addEventListener('keydown', (e) => {
  // A search field's Escape would only clear the text; readers expect it to close the dialog.
  if (e.key === 'Escape') {
    e.preventDefault();
    dialog.close();
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const all = links();
    if (!all.length) return;
    e.preventDefault();
    (e.key === 'ArrowDown' ? all[0] : all.at(-1))!.focus();
  } else if (e.key === 'Enter') {
    // Not the form's submit, which would close the dialog: open the first result of what was typed.
    e.preventDefault();
    void (timer === undefined ? latest : runNow()).then(() => links()[0]?.click());
  }
});

list.addEventListener('keydown', (e) => {
  const all = links();
  const at = all.indexOf(document.activeElement as HTMLAnchorElement);
  if (at === -1 || e.ctrlKey || e.metaKey || e.altKey) return;
  const move: Record<string, HTMLElement | undefined> = {
    ArrowDown: all[at + 1],
    ArrowUp: at === 0 ? input : all[at - 1],
    Home: all[0],
    End: all.at(-1),
  };
  if (e.key in move) {
    e.preventDefault();
    move[e.key]?.focus();
  } else if (e.key.length === 1 || e.key === 'Backspace') {
    // Typing on a result goes on in the field (the key's own input lands there).
    input.focus();
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
