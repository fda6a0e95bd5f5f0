/**
 * Both windows of the 2019–2021 pages counted from the same day, so that "act within the shortest window"
 * is something a reader can do: neither rule is always the shorter one. Five business days from a weekday
 * usually span seven calendar days, more when a holiday falls inside, fewer from a weekend.
 * Under the seven-day rule the customer is notified when Microsoft approves (manage page, 2020 [S8]), so the
 * notice and the approval fall on the same day and one start date serves both.
 */
import { computeDeadline, type DeadlineInput, type DeadlineResult } from './deadline';
import { RULES } from './rules';

export interface WindowComparison {
  /** One result per rule, in the order of RULES. */
  results: DeadlineResult[];
  /** The rule whose window closes first; undefined when both close at the same moment. */
  earliest: DeadlineResult | undefined;
}

/** Counts every rule from the same start; `input.rule` is ignored. */
export function compareWindows(input: Omit<DeadlineInput, 'rule'>): WindowComparison {
  const results = RULES.map((rule) => computeDeadline({ ...input, rule }));
  const first = Math.min(...results.map((r) => r.closesAt));
  const closing = results.filter((r) => r.closesAt === first);
  return { results, earliest: closing.length === 1 ? closing[0] : undefined };
}
