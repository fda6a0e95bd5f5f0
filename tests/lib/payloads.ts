/**
 * Stored translations carrying script payloads, for the overview: the injection tests build them into the
 * fixture site (tests/lib/fixture-site.ts) and check the rendered pages.
 */
import type { Page } from '../../src/domain/content/page';
import { sourceBlocks } from '../../src/domain/content/page';
import type { TranslationUnit } from '../../src/domain/translation/store';

/** The English passage of `page` that contains `part`; fails loudly if the page no longer has it. */
export function passage(page: Page, part: string): string {
  const found = sourceBlocks(page)
    .flatMap((b) => b.passages)
    .find((s) => s.includes(part));
  if (!found) throw new Error(`${page.file} has no passage containing "${part}"`);
  return found;
}

const unit = (source: string, target: string): TranslationUnit => ({ source, target, type: 'HT' });

/** Translations the site must refuse (it shows the English instead), and ones it shows as inert text. */
export function overviewPayloads(overview: Page): { refused: TranslationUnit[]; inert: TranslationUnit[] } {
  const p = (part: string) => passage(overview, part);
  return {
    refused: [
      unit(p('CPOR associations overview'), 'CPOR ilişkilendirmelerine genel bakış<script>alert(1)</script>'),
      unit(p('Microsoft validates all'), 'Microsoft tüm talepleri doğrular. <img src=x onerror=alert(1)>'),
      unit(
        p('[get started]'),
        'Başlamak için [gerekenleri](javascript:alert(1)) ve [şunu](javascript:alert(2)) keşfedin',
      ),
      unit(p('Incentives admin'), 'Incentives admin ![x](javascript:alert(1))'),
      unit(p('Incentives user'), '<a href="javascript:alert(1)">Incentives user</a>'),
      unit(p('Partner Center'), 'Partner Center <javascript:alert(1)>'),
      unit(p('Next steps'), 'Sonraki adımlar<!-- --><svg onload=alert(1)>'),
    ],
    inert: [
      // The link keeps the English destination: a translation can never choose where a link goes.
      unit(p('[incentives co-op claims]'), 'Daha fazla bilgi: [co-op talepleri](javascript:alert(1))'),
      // Braces the English passage has no expression for are text, not code run at build time.
      unit(p('There is no action required'), 'Müşterinin bir şey yapması gerekmez {alert(1)}.'),
      // An escaped tag is text and stays escaped.
      unit(
        p("Partners won't have access"),
        'İş ortakları başka verilere erişemez &lt;script&gt;alert(1)&lt;/script&gt;.',
      ),
      unit(p('Troubleshoot any customer'), 'Sorunları giderin: javascript:alert(1)'),
    ],
  };
}

/** Markup payloads a browser would run if they reached a page. */
export const BROWSER_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
];

/** The overview's first plain body passages (no link, no emphasis), each translated with a markup payload. */
export function browserPayloadUnits(overview: Page): TranslationUnit[] {
  return overview.blocks
    .flatMap((b) => b.passages)
    .filter((s) => !/\]\(|\*\*/.test(s))
    .slice(0, BROWSER_PAYLOADS.length)
    .map((source, i) => ({ source, target: `Çeviri ${BROWSER_PAYLOADS[i]}`, type: 'MT' as const }));
}
