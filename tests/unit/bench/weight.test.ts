import { describe, expect, it } from 'vitest';
import { compressible, isSearchIndex, kindOf, pageWeight, type Loaded } from '../../../bench/core/weight';

describe('kindOf', () => {
  it.each([
    ['/en/page/', 'text/html; charset=utf-8', 'html'],
    ['/_astro/a.css', 'text/css', 'css'],
    ['/_astro/a.js', 'text/javascript; charset=utf-8', 'js'],
    ['/_astro/a.js', 'application/octet-stream', 'js'],
    ['/fonts/x.woff2', 'font/woff2', 'font'],
    ['/favicon.svg', 'image/svg+xml', 'image'],
    ['/favicon.ico', '', 'image'],
    ['/holidays/DE.json', 'application/json', 'other'],
  ])('%s (%s) is %s', (url, type, want) => expect(kindOf(`http://127.0.0.1:1${url}`, type)).toBe(want));
});

describe('compressible and isSearchIndex', () => {
  it.each([
    ['text/html', true],
    ['image/svg+xml', true],
    ['application/json', true],
    ['font/woff2', false],
    ['image/png', false],
    ['application/octet-stream', false],
  ])('%s compressible: %s', (type, want) => expect(compressible(type)).toBe(want));
  it.each([
    ['/pagefind/pagefind-entry.json', true],
    ['/pagefind/index/en_1.pf_index', true],
    ['/pagefind/wasm.en.pagefind', true],
    ['/pagefind/pagefind.js', false],
    ['/pagefind/pagefind-ui.css', false],
    ['/_astro/search.js', false],
  ])('%s is search index: %s', (path, want) => expect(isSearchIndex(`http://x${path}`)).toBe(want));
});

describe('pageWeight', () => {
  const r = (url: string, contentType: string, raw: number, gzip: number): Loaded => ({
    url: `http://x${url}`,
    contentType,
    raw,
    gzip,
  });
  it('sums by kind and leaves search index files out of the totals', () => {
    const w = pageWeight([
      r('/en/a/', 'text/html', 1000, 300),
      r('/_astro/a.css', 'text/css', 500, 100),
      r('/_astro/b.css', 'text/css', 200, 80),
      r('/_astro/a.js', 'text/javascript', 400, 150),
      r('/pagefind/pagefind-entry.json', 'application/json', 90, 60),
      r('/pagefind/pagefind.js', 'text/javascript', 300, 120),
    ]);
    expect(w.byKind.css).toEqual({ raw: 700, gzip: 180, requests: 2 });
    expect(w.byKind.js).toEqual({ raw: 700, gzip: 270, requests: 2 });
    expect(w.byKind.font).toEqual({ raw: 0, gzip: 0, requests: 0 });
    expect(w.total).toEqual({ raw: 2400, gzip: 750, requests: 5 });
    expect(w.searchIndex).toEqual({ raw: 90, gzip: 60, requests: 1 });
  });
});
