/**
 * Plural categories as a language uses them (Intl.PluralRules): which whole numbers each category covers,
 * so a translator knows what a form is for, and whether a form covers a single number (then it may leave
 * out `{{count}}`, as Arabic "one" says "one passage" without the number; French "one" covers 0 and 1, and
 * must keep it).
 */

/** The categories in CLDR order (zero, one, two, few, many, other), as a locale uses them. */
export const CATEGORY_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The numbers sampled: 0–1,100, then larger round numbers (French "many" starts at a million). */
const LAST_SMALL = 1100;
const SAMPLE = [
  ...Array.from({ length: LAST_SMALL + 1 }, (_, i) => i),
  ...[10_000, 100_000, 1_000_000, 1_000_001, 2_000_000, 10_000_000, 1_000_000_000],
];

export interface PluralCategory {
  category: string;
  /** Sampled whole numbers in this category, ascending. */
  numbers: number[];
  /** True when the category covers exactly one whole number. */
  single: boolean;
  /** The numbers, short: `1`, `0, 1`, `3–10, 103–110, …`. */
  summary: string;
}

const cache = new Map<string, PluralCategory[]>();

/** A locale's plural categories in CLDR order, with the numbers each covers. */
export function pluralCategories(tag: string): PluralCategory[] {
  let out = cache.get(tag);
  if (out) return out;
  const rules = new Intl.PluralRules(tag);
  const used = rules.resolvedOptions().pluralCategories as string[];
  const by = new Map<string, number[]>(used.map((c) => [c, []]));
  for (const n of SAMPLE) by.get(rules.select(n))?.push(n);
  out = CATEGORY_ORDER.filter((c) => used.includes(c)).map((category) => {
    const numbers = by.get(category) ?? [];
    return { category, numbers, single: numbers.length === 1, summary: summarize(numbers) };
  });
  cache.set(tag, out);
  return out;
}

/** `1`, `0, 1`, `1, 21, 31, 41, …`, `3–10, 103–110, …`, `2 and above`: up to four ranges, then an ellipsis. */
function summarize(numbers: readonly number[]): string {
  if (!numbers.length) return 'no whole number (fractions only)';
  const ranges: [number, number][] = [];
  for (const n of numbers) {
    const last = ranges.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else ranges.push([n, n]);
  }
  const fmt = new Intl.NumberFormat('en');
  const open = ranges.findIndex(([, b]) => b === LAST_SMALL);
  // A range that runs to the end of the small numbers goes on: "2 and above" (the larger samples follow it).
  const shown = (open === -1 ? ranges : ranges.slice(0, open + 1)).slice(0, 4);
  const text = shown.map(([a, b]) =>
    b === LAST_SMALL
      ? `${fmt.format(a)} and above`
      : a === b
        ? fmt.format(a)
        : b === a + 1
          ? `${fmt.format(a)}, ${fmt.format(b)}`
          : `${fmt.format(a)}–${fmt.format(b)}`,
  );
  const more = open === -1 ? ranges.length > 4 || numbers.at(-1) === SAMPLE.at(-1) : open >= 4;
  return `${text.join(', ')}${more ? ', …' : ''}`;
}

/** For a translator: `one = 1; other = 0, 2 and above`, or what one category is used for in the language. */
export function pluralNote(tag: string, category?: string): string {
  const cats = pluralCategories(tag);
  const line = cats.map((c) => `${c.category} = ${c.summary}`).join('; ');
  if (!category) return line;
  const mine = cats.find((c) => c.category === category);
  return mine
    ? `Plural form "${category}": in ${tag} used for ${mine.summary} (all forms: ${line})`
    : `${tag} has no plural form "${category}" (its forms: ${line})`;
}
