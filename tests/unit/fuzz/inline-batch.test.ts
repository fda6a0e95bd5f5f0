/** Property test: parsing a page's segments in one pass gives exactly what parsing them one by one gives. */
import fc from 'fast-check';
import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import { parseInline, parseInlineMany } from '../../../src/domain/content/parse-mdx';

/** Trees without source positions (a batch's positions count from the start of the batch). */
const strip = (nodes: unknown): unknown =>
  JSON.parse(JSON.stringify(nodes, (key, value: unknown) => (key === 'position' ? undefined : value)));

const piece = fc.constantFrom(
  'Partner Center', 'CPOR', ' ', '\n', '. ', '*', '**', '_', '`', '`code`', '[', ']', '(', ')', '[link](../get-started/)', '<b>', '~~',
  '# ', '- ', '1. ', '> ', '===', '---', '| a | b |', '\\', 'http://example.org', '&amp;', '[x]: /y', '    ', '。', 'Ü',
);
const segment = fc.oneof(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.string({ maxLength: 30 }));

describe('parseInlineMany', () => {
  it('equals parseInline segment by segment', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (texts) => {
        expect(strip(parseInlineMany(texts))).toEqual(strip(texts.map(parseInline)));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('keeps a sentence with emphasis and a link apart from its neighbours', () => {
    const out = parseInlineMany(['Open *Partner Center*.', 'See [the guide](../get-started/).']) as Node[][];
    expect(out.map((nodes) => nodes.map((n) => n.type))).toEqual([['text', 'emphasis', 'text'], ['text', 'link', 'text']]);
  });
});
