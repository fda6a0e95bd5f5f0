import { describe, expect, it } from 'vitest';
import { joinSentences, splitSentences } from '../../../src/domain/content/sentences';

describe('splitSentences', () => {
  it.each([
    ['One sentence', ['One sentence']],
    ['First one. Second one.', ['First one.', 'Second one.']],
    [
      'New to incentives? Discover what you need to [get started](../get-started/)',
      ['New to incentives?', 'Discover what you need to [get started](../get-started/)'],
    ],
    ['See [this. and that](x/) now. Then go.', ['See [this. and that](x/) now.', 'Then go.']],
    ['Run `a. b` first. Done.', ['Run `a. b` first.', 'Done.']],
    ['Use a tool, e.g. this one. Next.', ['Use a tool, e.g. this one.', 'Next.']],
    ['**Bold. Still bold** after. End.', ['**Bold. Still bold** after.', 'End.']],
  ])('%s', (text, want) => {
    expect(splitSentences(text)).toEqual(want);
  });
});

describe('joinSentences', () => {
  it.each([
    [['A.', 'B.'], 'A. B.'],
    [['これは文です。', '次です。'], 'これは文です。次です。'],
  ])('%j', (parts, want) => expect(joinSentences(parts)).toBe(want));
});
