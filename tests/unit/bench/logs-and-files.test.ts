import { describe, expect, it } from 'vitest';
import { parseBuildLog, parseDuration, routeKind } from '../../../bench/core/build-log';
import { indexByLanguage } from '../../../bench/core/pagefind';
import { shortUrl, summarizeProfile } from '../../../bench/core/profile';
import { END, replaceSection, START } from '../../../bench/core/readme';

describe('parseBuildLog', () => {
  it('reads our build: Astro pages and time, Pagefind CLI time', () => {
    const log = `04:03:47 [build] \u001b[32m✓ Completed in 48.05s.\u001b[39m\n  ├─ /en/a/index.html (+3ms)\n  └─ /en/b/index.html (+2ms)\n04:03:47 [build] 2072 page(s) built in 48.90s\n[Building search indexes]\nFinished in 5.292 seconds\n_headers: 2072 pages\n`;
    expect(parseBuildLog(log)).toEqual({
      astroPages: 2072,
      astroSeconds: 48.9,
      pagefindSeconds: 5.292,
      pagesRendered: 2,
      lastPhase: 'Building search indexes',
      renderByRoute: { content: { pages: 2, ms: 5 } },
    });
  });
  it("reads Starlight's: Pagefind inside the Astro build, in milliseconds", () => {
    const log =
      '[starlight:pagefind] Finished building search index in 481ms.\n04:14:45 [build] 51 page(s) built in 4.57s\n';
    expect(parseBuildLog(log)).toMatchObject({ astroPages: 51, astroSeconds: 4.57, pagefindSeconds: 0.481 });
  });
  it('says how far a stopped build got', () => {
    const log =
      '04:14:43 [build] Building static entrypoints...\n generating static routes \n  ├─ /en/a/index.html (+3ms)\n';
    expect(parseBuildLog(log)).toMatchObject({ pagesRendered: 1, lastPhase: 'generating static routes' });
    expect(parseBuildLog('[build] 9122 page(s) built in 4m 33s\n').astroSeconds).toBe(273);
  });
  it('sums render time by kind of route, whatever the unit', () => {
    const log = [
      '04:26:36   ├─ /en/translation-status/index.html (+11.98s) ',
      '04:26:48   ├─ /tr/translation-status/index.html (+6.94s) ',
      '  ├─ /tr/eligibility/customer/index.html (+7ms) ',
      '  └─ /tr/eligibility/index.html (+5ms) ',
      '  ├─ /holidays/DE.json (+20ms) ',
      '  ├─ /tr/index.html (+2ms) ',
      '  ├─ /404.html (+1ms) ',
    ].join('\n');
    expect(parseBuildLog(log).renderByRoute).toEqual({
      'translation-status': { pages: 2, ms: 18920 },
      eligibility: { pages: 2, ms: 12 },
      holidays: { pages: 1, ms: 20 },
      home: { pages: 1, ms: 2 },
      root: { pages: 1, ms: 1 },
    });
    expect(parseBuildLog(log).pagesRendered).toBe(6);
  });
  it.each<[string, number | undefined]>([
    ['624ms', 0.624],
    ['48.90s', 48.9],
    ['4m 33s', 273],
    ['5.292 seconds', 5.292],
    ['soon', undefined],
  ])('parseDuration(%j) = %s', (text, want) => expect(parseDuration(text)).toBe(want));
  it.each([
    ['/en/overview/index.html', 'content'],
    ['/pt-br/eligibility/x/y/index.html', 'eligibility'],
    ['/holidays/DE.json', 'holidays'],
    ['/sitemap.xml', 'root'],
  ])('routeKind(%s) = %s', (path, want) => expect(routeKind(path)).toBe(want));
});

describe('indexByLanguage', () => {
  it('groups Pagefind files by language and leaves shared files out', () => {
    const idx = indexByLanguage([
      { path: 'pagefind.en_60b24d3870.pf_meta', bytes: 100 },
      { path: 'index/en_ee7f6cb.pf_index', bytes: 1000 },
      { path: 'fragment/en_1.pf_fragment', bytes: 50 },
      { path: 'fragment/en_2.pf_fragment', bytes: 60 },
      { path: 'wasm.en.pagefind', bytes: 5000 },
      { path: 'index/ja-jp_55859eb.pf_index', bytes: 700 },
      { path: 'wasm.unknown.pagefind', bytes: 4000 },
      { path: 'pagefind.js', bytes: 9000 },
      { path: 'pagefind-entry.json', bytes: 300 },
    ]);
    expect(idx).toEqual({
      en: { meta: 100, index: 1000, fragments: 110, wasm: 5000, total: 6210, files: 5 },
      'ja-jp': { meta: 0, index: 700, fragments: 0, wasm: 0, total: 700, files: 1 },
    });
  });
});

describe('summarizeProfile', () => {
  it('ranks files and functions by self time', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9 });
    const s = summarizeProfile(
      {
        nodes: [
          { id: 1, callFrame: frame('(root)', '') },
          { id: 2, callFrame: frame('similarity', 'file:///any/checkout/src/domain/translation/similarity.ts') },
          { id: 3, callFrame: frame('render', 'file:///any/checkout/node_modules/astro/dist/render.js') },
        ],
        samples: [2, 2, 3, 2, 1],
        timeDeltas: [1000, 1000, 1000, 1000, 1000],
      },
      2,
    );
    expect(s.totalMs).toBe(5);
    expect(s.files).toEqual([
      { name: 'src/domain/translation/similarity.ts', ms: 3, share: 0.6 },
      { name: 'astro/dist/render.js', ms: 1, share: 0.2 },
    ]);
    expect(s.functions[0]!.name).toBe('similarity src/domain/translation/similarity.ts:10');
  });
  it('shortens locations', () => expect(shortUrl('')).toBe('(native)'));
});

describe('replaceSection', () => {
  const readme = `# X\n\n## Performance\n\nIntro.\n\n${START}\nold figures\n${END}\n\n## Deploying\n`;
  it('replaces only what is between the markers', () => {
    expect(replaceSection(readme, '| new |\n')).toBe(
      `# X\n\n## Performance\n\nIntro.\n\n${START}\n| new |\n${END}\n\n## Deploying\n`,
    );
  });
  it('refuses a README without the markers', () => expect(() => replaceSection('# X\n', 'y')).toThrow(/markers/));
});
