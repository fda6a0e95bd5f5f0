/** Property tests of the bilingual (side-by-side) parser: it fails only with a message naming the file, and reads back what was written. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMsDocs } from '../../../src/domain/msdocs/parse';

const RUNS = { numRuns: 10_000 };
/** 10,000 runs take a few seconds; the limit leaves room for a busy machine. */
const TIMEOUT = 60_000;
const FILE = 'seed.txt';

/** Segment text as translators write it: anything but `<` (which the format reserves for its spans), `|` and line breaks. */
const segmentText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .map((s) =>
    s
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the parser refuses NUL, so generated text avoids it.
      .replace(/[<|\r\n\u2028\u2029\u0085\u0000\uFFFD]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
  .filter((s) => s !== '');

/** A plain YAML scalar: starts with a letter, no `:` or `#` that would change its meaning. */
const plain = fc
  .stringMatching(/^[A-Za-zÀ-ž][A-Za-zÀ-ž0-9 ,.()'-]{0,30}[A-Za-z0-9).]$/)
  .filter((s) => !/ {2}|\s$/.test(s));

interface Pair {
  id: string;
  english: string;
  target: string;
}
interface Unit {
  id: string;
  english: string;
  target: string;
}
interface Block {
  kind: 'heading' | 'item' | 'paragraph' | 'bold' | 'row';
  pairs: { english: string; target: string }[];
}

const pairArb = fc.record({ english: segmentText, target: segmentText });
const block: fc.Arbitrary<Block> = fc.record({
  kind: fc.constantFrom<Block['kind']>('heading', 'item', 'paragraph', 'bold', 'row'),
  pairs: fc.array(pairArb, { minLength: 1, maxLength: 4 }),
});

interface Doc {
  prefix: string;
  firstId: number;
  meta: {
    title: string;
    contentLocale: string;
    translationType: 'MT' | 'HT';
    sourceCommit: string;
    msDate: string;
    handoff: string;
  };
  blocks: Block[];
}

const doc: fc.Arbitrary<Doc> = fc.record({
  prefix: fc.stringMatching(/^[0-9a-f]{5}$/),
  firstId: fc.integer({ min: 100, max: 900 }),
  meta: fc.record({
    title: plain,
    contentLocale: fc.constantFrom('tr-TR', 'hu-HU', 'ar-SA', 'ja-JP', 'de-DE'),
    translationType: fc.constantFrom<'MT' | 'HT'>('MT', 'HT'),
    sourceCommit: fc.stringMatching(/^[0-9a-f]{40}$/),
    msDate: fc
      .date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map(
        (d) =>
          `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`,
      ),
    handoff: fc.constantFrom('09/17/2020', '05/21/2021'),
  }),
  blocks: fc.array(block, { minLength: 1, maxLength: 6 }),
});

const span = (p: Pair) =>
  `<span data-ttu-id="${p.id}">${p.target}</span><span class="sxs-lookup"><span data-stu-id="${p.id}">${p.english}</span></span>`;

/** Writes a document the way Microsoft's files are laid out, and says which units a reader must get back. */
function serialize(d: Doc): { text: string; pairs: Pair[]; units: Unit[] } {
  let n = d.firstId;
  const pairs: Pair[] = [];
  const units: Unit[] = [];
  const lines: string[] = [];
  for (const b of d.blocks) {
    const ps = b.pairs.map((p) => ({ id: `${d.prefix}-${n++}`, ...p }));
    pairs.push(...ps);
    const joined = ps.map(span).join(' ');
    switch (b.kind) {
      case 'heading':
        lines.push(`## <a name="h${n}"></a>${joined}`);
        break;
      case 'item':
        lines.push(`- ${joined}`);
        break;
      case 'paragraph':
        lines.push(joined);
        break;
      case 'row':
        lines.push(`| ${ps.map(span).join(' | ')} |`);
        break;
      case 'bold':
        lines.push(`**${joined}**`);
        break;
    }
    if (b.kind === 'bold') {
      // Markup outside the spans binds the segments into one unit.
      units.push({
        id: ps.map((p) => p.id).join('+'),
        english: `**${ps.map((p) => p.english).join(' ')}**`,
        target: `**${ps.map((p) => p.target).join(' ')}**`,
      });
    } else {
      units.push(...ps);
    }
  }
  const m = d.meta;
  const text = [
    '---',
    `title: ${m.title}`,
    'ms.topic: conceptual',
    `ms.date: ${m.msDate}`,
    `ms.sourcegitcommit: ${m.sourceCommit}`,
    `ms.translationtype: ${m.translationType}`,
    `ms.contentlocale: ${m.contentLocale}`,
    `ms.lasthandoff: ${m.handoff}`,
    '---',
    ...lines.flatMap((l) => [l, '']),
  ].join('\n');
  return { text, pairs, units };
}

/** Only a plain Error whose message starts with the file name is acceptable. */
function failsCleanly(text: string): boolean {
  try {
    parseMsDocs(text, FILE);
    return true;
  } catch (err) {
    return err instanceof Error && err.message.startsWith(`${FILE}:`) && !err.message.includes('undefined');
  }
}

describe('parseMsDocs, fuzzed', () => {
  it(
    'reads back every generated document: ids, English, targets, units and provenance',
    () => {
      fc.assert(
        fc.property(doc, (d) => {
          const { text, pairs, units } = serialize(d);
          const parsed = parseMsDocs(text, FILE);
          expect(parsed.pairs.map(({ id, english, target }) => ({ id, english, target }))).toEqual(pairs);
          expect(parsed.units.map(({ id, english, target }) => ({ id, english, target }))).toEqual(units);
          expect(parsed.meta).toEqual({ ...d.meta });
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'fails on arbitrary text only with an Error naming the file',
    () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), failsCleanly), RUNS);
    },
    TIMEOUT,
  );

  it(
    'fails on damaged documents only with an Error naming the file',
    () => {
      // A valid file with a slice cut out, or a fragment of span syntax pasted in: truncation, lost or broken spans.
      const fragment = fc.constantFrom(
        '<span',
        '</span>',
        '<span data-ttu-id="',
        '"><span class="sxs-lookup">',
        'data-stu-id="x-1"',
        '---\n',
        '\uFFFD',
        '\r\n',
        '<a name="x"></a>',
        ': [',
        '"',
      );
      const damaged = fc
        .tuple(doc, fc.nat(), fc.nat({ max: 60 }), fc.option(fragment, { nil: undefined }))
        .map(([d, at, cut, insert]) => {
          const { text } = serialize(d);
          const i = at % (text.length + 1);
          return (
            text.slice(0, i) + (insert ?? '') + text.slice(Math.min(text.length, i + (insert === undefined ? cut : 0)))
          );
        });
      fc.assert(fc.property(damaged, failsCleanly), RUNS);
    },
    TIMEOUT,
  );
});
