/** Property tests of the segmenter: sentences lose and invent no text, and pages fail only with an Error naming the file. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../../src/domain/content/blocks';
import { loadPage } from '../../../src/domain/content/page';
import { parseMdx } from '../../../src/domain/content/parse-mdx';
import { normalizeSpace, splitSentences } from '../../../src/domain/content/sentences';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 60_000;
const FILE = 'src/content/docs/en/fuzzed-page.mdx';

/** Pieces of the Markdown and MDX the pages use (mostly prose, so blocks have several sentences), and of what breaks it. */
const prose = fc.constantFrom(
  'Partner',
  'Center',
  'customers',
  'e.g.',
  'i.e.',
  'etc.',
  'No.',
  'OSU-Microsoft 365',
  'CPOR',
  '(S1)',
  '3.5',
  'Ü',
  'ı',
  '。',
  '日本語',
  ' ',
  ' ',
  ' ',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '.',
  '. ',
  '. ',
  '? ',
  '! ',
  '?',
  '…',
  ':',
  ';',
  ',',
  '"',
  '“',
  '”',
  "'",
  '[',
  ']',
  '(',
  ')',
  '](../overview/)',
  '[link](../get-started/)',
  '`code. Here`',
  '`',
  '**',
  '*',
  '_',
  '~~',
  '\\{',
  '\\}',
  '&amp;',
  '&lt;',
);
const structure = fc.constantFrom(
  '\n\n',
  '# ',
  '## ',
  '- ',
  '1. ',
  '> ',
  '| a | b |',
  '|---|---|',
  '\n| x | y |\n|---|---|\n| 1. Two. | ok |\n',
  '---',
  '***',
  '<Callout kind="note">\n\n',
  '\n\n</Callout>\n',
  '<AppliesTo>\n\n- Partner Center\n\n</AppliesTo>',
  '<EligibilityWizard />',
  '```\ncode\n```',
  '    indented',
  '\\',
  'http://example.org',
);
const hostile = fc.constantFrom(
  '<b>',
  '</b>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1) />',
  '<Unknown />',
  '{',
  '}',
  '{alert(1)}',
  'import X from "y"',
  'export const a = 1',
  '<!-- c -->',
);
const token = fc.oneof(
  { weight: 12, arbitrary: prose },
  { weight: 3, arbitrary: structure },
  { weight: 1, arbitrary: hostile },
);
const markdownish = fc.array(token, { maxLength: 30 }).map((t) => t.join(''));
const anyText = fc.oneof(
  markdownish,
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

const FRONT_MATTER = `---
title: A fuzzed page
description: Generated text for the segmenter's property tests.
order: 99
lastChecked: 2026-11-22
sources: [S1]
---
`;

/** Only a plain Error whose message starts with the file name (and a line, for the body) is acceptable. */
function failsNamingFile(run: () => unknown, prefix: RegExp): boolean {
  try {
    run();
    return true;
  } catch (err) {
    return err instanceof Error && prefix.test(err.message);
  }
}
const escaped = FILE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('splitSentences, fuzzed', () => {
  it(
    'never throws, and joining its sentences with one space gives back the normalized text',
    () => {
      fc.assert(
        fc.property(anyText, (raw) => {
          const text = normalizeSpace(raw);
          const sentences = splitSentences(text);
          expect(sentences.join(' ')).toBe(text);
          for (const s of sentences) expect(s).toBe(s.trim());
          expect(sentences.every((s) => s !== '')).toBe(true);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('extractBlocks and loadPage, fuzzed', () => {
  it(
    'extract blocks whose sentences join to their text, or fail naming file and line',
    () => {
      fc.assert(
        fc.property(markdownish, (body) =>
          failsNamingFile(
            () => {
              for (const b of extractBlocks(parseMdx(body, FILE), body, FILE)) {
                expect(b.passages.join(' ')).toBe(b.text);
                expect(b.text).toBe(normalizeSpace(b.text));
              }
            },
            new RegExp(`^${escaped}:\\d+: `),
          ),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'loadPage on generated MDX never throws anything but an Error naming the file',
    () => {
      const page = fc.oneof(
        { weight: 4, arbitrary: markdownish.map((body) => FRONT_MATTER + body) },
        { weight: 1, arbitrary: anyText },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.nat(), markdownish)
            .map(([cut, body]) => (FRONT_MATTER + body).slice(cut % (FRONT_MATTER.length + body.length + 1))),
        },
      );
      fc.assert(
        fc.property(page, (text) => failsNamingFile(() => loadPage(FILE, text), new RegExp(`^${escaped}(:\\d+)?: `))),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
