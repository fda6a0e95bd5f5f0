/**
 * Decides, for every English passage of a page, whether a locale's stored translation is current,
 * outdated (made from an older English text that is still close) or missing.
 * Exact matches may span a run of consecutive passages (Microsoft's files often keep two sentences as one unit).
 */
import { closeEnough, minScore, similarity } from './similarity';
import { inlineProblems, matchKey, withEnglishLinks } from './inline-check';
import { reviewHolds, type TranslationType, type TranslationUnit } from './store';

export type PassageState = 'current' | 'outdated' | 'missing';

export interface SourceBlock {
  /** `title`, `description` or the block index. */
  ref: string;
  passages: readonly string[];
}

export interface Run {
  /** First sentence covered (inclusive) and the end (exclusive). */
  from: number;
  to: number;
  state: PassageState;
  /** Today's English for these passages. */
  english: string;
  /** The translation to show (links already taken from today's English); absent when missing. */
  target?: string;
  /** The English the translation was made from, when it is outdated. */
  oldSource?: string;
  type?: TranslationType;
  /** A translator's review holds for this (current) translation. */
  reviewed?: boolean;
  /** The stored unit shown (current, outdated), or found untranslated (missing with `untranslated`). */
  unit?: TranslationUnit;
  /** Missing because the stored translation is the English (beyond terms kept in English). */
  untranslated?: boolean;
}

export interface MatchOptions {
  /** True when a stored translation is only the English copied: the passage then counts as missing. */
  untranslated?: (english: string, target: string) => boolean;
}

export interface Problem {
  source: string;
  message: string;
}

export interface PageMatch {
  blocks: Map<string, Run[]>;
  /** Passages by state; `reviewed` counts current passages whose translation a translator reviewed. */
  counts: Record<PassageState, number> & { total: number; reviewed: number };
  /** True when any shown translation is a machine translation. */
  machine: boolean;
  /** True when any shown machine translation has no review that holds (outdated ones never do). */
  unreviewedMachine: boolean;
  /** Shown translations whose review has lapsed (the English or the translation changed since). */
  staleReviews: number;
  /** Stored units that were not used for any passage (obsolete). */
  unused: TranslationUnit[];
  problems: Problem[];
}

const MAX_RUN = 4;

/** Matches stored units to a page's English blocks; pure and deterministic. */
export function matchPage(
  blocks: readonly SourceBlock[],
  units: readonly TranslationUnit[],
  options: MatchOptions = {},
): PageMatch {
  const problems: Problem[] = [];
  const usable = units.filter((u) => {
    const issues = inlineProblems(u.target, u.source);
    for (const message of issues) problems.push({ source: u.source, message });
    return issues.length === 0;
  });
  const exact = new Map<string, TranslationUnit>();
  for (const u of usable) if (!exact.has(matchKey(u.source))) exact.set(matchKey(u.source), u);

  const used = new Set<TranslationUnit>();
  const stale = new Set<TranslationUnit>();
  const draft = new Map<string, (Run | undefined)[]>();
  for (const block of blocks) {
    const slots: (Run | undefined)[] = new Array(block.passages.length).fill(undefined);
    for (let i = 0; i < block.passages.length; ) {
      let advanced = false;
      for (let len = Math.min(MAX_RUN, block.passages.length - i); len >= 1; len--) {
        const english = block.passages.slice(i, i + len).join(' ');
        const unit = exact.get(matchKey(english));
        if (!unit) continue;
        used.add(unit);
        slots[i] = {
          from: i,
          to: i + len,
          state: 'current',
          english,
          target: withEnglishLinks(unit.target, english),
          type: unit.type,
          ...(reviewHolds(unit) ? { reviewed: true } : {}),
          unit,
        };
        if (unit.review && !reviewHolds(unit)) stale.add(unit);
        i += len;
        advanced = true;
        break;
      }
      if (!advanced) i++;
    }
    draft.set(block.ref, slots);
  }

  // Close matches for what is left, best pairs first, each unit and sentence used once.
  const candidates: { score: number; ref: string; from: number; to: number; english: string; unit: TranslationUnit }[] =
    [];
  const spare = usable.filter((u) => !used.has(u)).map((unit) => ({ unit, key: matchKey(unit.source) }));
  for (const block of blocks) {
    const slots = draft.get(block.ref)!;
    const covered = coveredSentences(slots);
    for (let i = 0; i < block.passages.length; i++) {
      for (let len = 1; len <= 3 && i + len <= block.passages.length; len++) {
        if (covered.has(i + len - 1)) break;
        const english = block.passages.slice(i, i + len).join(' ');
        const key = matchKey(english);
        for (const { unit, key: old } of spare) {
          const score = similarity(key, old, minScore(key.length));
          if (closeEnough(score, key.length))
            candidates.push({ score, ref: block.ref, from: i, to: i + len, english, unit });
        }
      }
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.from - b.from);
  for (const c of candidates) {
    if (used.has(c.unit)) continue;
    const slots = draft.get(c.ref)!;
    const covered = coveredSentences(slots);
    let free = true;
    for (let k = c.from; k < c.to; k++) if (covered.has(k)) free = false;
    if (!free) continue;
    used.add(c.unit);
    if (c.unit.review) stale.add(c.unit);
    slots[c.from] = {
      from: c.from,
      to: c.to,
      state: 'outdated',
      english: c.english,
      target: withEnglishLinks(c.unit.target, c.english),
      oldSource: c.unit.source,
      type: c.unit.type,
      unit: c.unit,
    };
  }

  const counts = { current: 0, outdated: 0, missing: 0, total: 0, reviewed: 0 };
  let machine = false;
  let unreviewedMachine = false;
  const result = new Map<string, Run[]>();
  for (const block of blocks) {
    const slots = draft.get(block.ref)!;
    const runs: Run[] = [];
    for (let i = 0; i < block.passages.length; ) {
      let run: Run = slots[i] ?? { from: i, to: i + 1, state: 'missing' as const, english: block.passages[i]! };
      // The English copied as a translation is shown, counted and exported as missing.
      if (run.unit && options.untranslated?.(run.unit.source, run.unit.target))
        run = {
          from: run.from,
          to: run.to,
          state: 'missing',
          english: run.english,
          unit: run.unit,
          untranslated: true,
        };
      runs.push(run);
      counts[run.state] += run.to - run.from;
      counts.total += run.to - run.from;
      if (run.reviewed) counts.reviewed += run.to - run.from;
      if (run.type === 'MT') machine = true;
      if (run.type === 'MT' && !run.reviewed) unreviewedMachine = true;
      i = run.to;
    }
    result.set(block.ref, runs);
  }
  return {
    blocks: result,
    counts,
    machine,
    unreviewedMachine,
    staleReviews: stale.size,
    unused: units.filter((u) => !used.has(u) && !problems.some((p) => p.source === u.source)),
    problems,
  };
}

function coveredSentences(slots: readonly (Run | undefined)[]): Set<number> {
  const covered = new Set<number>();
  for (const p of slots) if (p) for (let k = p.from; k < p.to; k++) covered.add(k);
  return covered;
}
