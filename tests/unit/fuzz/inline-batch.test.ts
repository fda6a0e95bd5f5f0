/** Property test: parsing a page's passages in one pass gives exactly what parsing them one by one gives. */
import fc from 'fast-check';
import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import { parseInline, parseInlineMany } from '../../../src/domain/content/parse-mdx';

/** Trees without source positions (a batch's positions count from the start of the batch). */
const strip = (nodes: unknown): unknown =>
  JSON.parse(JSON.stringify(nodes, (key, value: unknown) => (key === 'position' ? undefined : value)));

const piece = fc.constantFrom(
  'Partner Center',
  'CPOR',
  ' ',
  '\n',
  '. ',
  '*',
  '**',
  '_',
  '`',
  '`code`',
  '[',
  ']',
  '(',
  ')',
  '[link](../get-started/)',
  '<b>',
  '~~',
  '# ',
  '- ',
  '1. ',
  '> ',
  '===',
  '---',
  '| a | b |',
  '\\',
  'http://example.org',
  '&amp;',
  '[x]: /y',
  '    ',
  '。',
  'Ü',
  'www.example.org',
  'mailto:a@b.co',
  'a@b.co',
  'https://x.y',
  '!',
  '&',
  ':',
  '\t',
  '\r\n',
  '&#65;',
  'x_y_z',
  '<https://x.y>',
  'ftp:',
  'Note: ',
  'HTTPS://X.Y',
  '\u0000',
  'WWW.x.org',
);
const segment = fc.oneof(
  fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
  fc.string({ maxLength: 30 }),
);

describe('parseInlineMany', () => {
  it('equals parseInline passage by passage', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (texts) => {
        expect(strip(parseInlineMany(texts))).toEqual(strip(texts.map(parseInline)));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('keeps plain sentences as one text node each, and still parses the ones with Markdown', () => {
    const out = parseInlineMany([
      'Partner Center shows the request.',
      'It takes 5 days (see below).',
      'Use *this* one.',
    ]) as Node[][];
    expect(out[0]).toEqual([{ type: 'text', value: 'Partner Center shows the request.' }]);
    expect(out[1]).toEqual([{ type: 'text', value: 'It takes 5 days (see below).' }]);
    expect(out[2]!.map((n) => n.type)).toEqual(['text', 'emphasis', 'text']);
  });

  it('keeps a sentence with emphasis and a link apart from its neighbours', () => {
    const out = parseInlineMany(['Open *Partner Center*.', 'See [the guide](../get-started/).']) as Node[][];
    expect(out.map((nodes) => nodes.map((n) => n.type))).toEqual([
      ['text', 'emphasis', 'text'],
      ['text', 'link', 'text'],
    ]);
  });
});
