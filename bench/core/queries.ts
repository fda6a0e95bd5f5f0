/** Picks search queries from a page's text in its own language, spread over the whole page. */

/**
 * Up to `count` distinct words of `text`, segmented for the language `tag` (so Japanese works without
 * spaces), at evenly spaced positions. Short words, numbers and words in `exclude` are skipped.
 */
export function pickQueries(
  text: string,
  tag: string,
  count: number,
  exclude: ReadonlySet<string> = new Set(),
): string[] {
  const segmenter = new Intl.Segmenter(tag, { granularity: 'word' });
  const lower = (w: string) => w.toLocaleLowerCase(tag);
  const seen = new Set<string>();
  const words: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    const w = s.segment;
    // Latin-script words need some length to avoid stop words; CJK words are short by nature.
    const cjk = /[\u3040-\u30ff\u3400-\u9fff]/.test(w);
    if ((cjk ? w.length < 2 : [...w].length < 5) || /^\d+$/.test(w)) continue;
    const key = lower(w);
    if (seen.has(key) || exclude.has(key)) continue;
    seen.add(key);
    words.push(w);
  }
  if (words.length <= count) return words;
  const step = words.length / count;
  return Array.from({ length: count }, (_, i) => words[Math.floor(i * step)]!);
}
