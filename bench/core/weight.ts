/** Sums what a page loads on first visit by kind (HTML, CSS, JS, fonts, images, other), raw and gzip. */

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
export const KINDS: readonly Kind[] = ['html', 'css', 'js', 'font', 'image', 'other'];

export interface Loaded {
  url: string;
  contentType: string;
  /** Bytes of the response body as served (the benchmark's server never compresses). */
  raw: number;
  /** Bytes after gzip level 9, for compressible types; `raw` for already-compressed formats. */
  gzip: number;
}

export interface Tally {
  raw: number;
  gzip: number;
  requests: number;
}
export interface PageWeight {
  byKind: Record<Kind, Tally>;
  total: Tally;
  /** Search index files (Pagefind data) that loaded anyway; never counted in the totals. */
  searchIndex: Tally;
}

/** What a response is, from its content type, falling back to the file extension. */
export function kindOf(url: string, contentType: string): Kind {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url, 'http://x').pathname)?.[1]?.toLowerCase() ?? '';
  if (type === 'text/html' || ext === 'html') return 'html';
  if (type === 'text/css' || ext === 'css') return 'css';
  if (/javascript|ecmascript/.test(type) || ext === 'js' || ext === 'mjs') return 'js';
  if (type.startsWith('font/') || /^(woff2?|ttf|otf)$/.test(ext)) return 'font';
  if (type.startsWith('image/') || /^(png|jpe?g|gif|webp|avif|svg|ico)$/.test(ext)) return 'image';
  return 'other';
}

/** Whether a server would gzip this type (text and SVG do; fonts, bitmaps and Pagefind's data do not). */
export function compressible(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type.startsWith('text/') || /(javascript|json|xml|svg|x-icon|wasm)/.test(type);
}

/**
 * Pagefind's index, metadata, fragments, filters and WebAssembly: the data search needs, which a reader
 * who never searches should not download. Pagefind's own script and styles count as JS and CSS.
 */
export function isSearchIndex(url: string): boolean {
  const path = new URL(url, 'http://x').pathname;
  return /\/pagefind\//.test(path) && !/\.(m?js|css)$/.test(path);
}

const zero = (): Tally => ({ raw: 0, gzip: 0, requests: 0 });
const add = (t: Tally, r: Loaded) => {
  t.raw += r.raw;
  t.gzip += r.gzip;
  t.requests += 1;
};

/** Totals by kind; search index files are tallied apart and left out of every other figure. */
export function pageWeight(loaded: readonly Loaded[]): PageWeight {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, zero()])) as Record<Kind, Tally>;
  const total = zero();
  const searchIndex = zero();
  for (const r of loaded) {
    if (isSearchIndex(r.url)) {
      add(searchIndex, r);
      continue;
    }
    add(byKind[kindOf(r.url, r.contentType)], r);
    add(total, r);
  }
  return { byKind, total, searchIndex };
}
