/**
 * The opt-out rules Microsoft's pages have stated, as data. Names and wordings live in the locale files
 * under `rules.<id>`; this module holds what the computation and the citations need.
 * Every rule cites the sources register (src/domain/sources/register.ts) and carries the period those sources
 * describe; where the versions disagree, see docs/sources.md. Today's pages state no fixed window (CURRENT_RULE):
 * the two counted rules are what the pages of 2019–2021 stated.
 */
import { periodOf, type Period } from '../sources/period';
import type { SourceId } from '../sources/register';

export type RuleId = 'five-business-days' | 'seven-days-after-approval';

/** Which documentation page a rule comes from, by the site's own page names. */
export type SourcePage = 'overview' | 'create' | 'manage';

export interface RuleSource {
  /** Id in the sources register, e.g. `S1`. */
  tag: SourceId;
  page: SourcePage;
  /** The `ms.date` of the cited version, ISO date. */
  version: string;
}

export interface DeadlineRule {
  id: RuleId;
  /** How many days the customer has. */
  days: number;
  /** Business days skip weekends and holidays; calendar days count every day. */
  counting: 'business' | 'calendar';
  /** The event the count starts from; the form labels its input after it. */
  startEvent: 'notification' | 'approval';
  /** The URL query key for the start moment, after the start event. */
  queryKey: 'notified' | 'approved';
  sources: readonly RuleSource[];
  /** The period its sources describe (the pages of 2019–2021 for both counted rules). */
  period: Period;
  /** When the cited pages were last compared with this data. */
  lastChecked: string;
}

export const LAST_CHECKED = '2026-11-22';

export const RULES: readonly DeadlineRule[] = [
  {
    id: 'five-business-days',
    days: 5,
    counting: 'business',
    startEvent: 'notification',
    queryKey: 'notified',
    sources: [
      { tag: 'S1', page: 'overview', version: '2021-05-20' },
      { tag: 'S2', page: 'overview', version: '2020-08-10' },
      { tag: 'S3', page: 'create', version: '2020-10-28' },
      { tag: 'S4', page: 'create', version: '2019-10-29' },
    ],
    period: periodOf(['S1', 'S2', 'S3', 'S4'])!,
    lastChecked: LAST_CHECKED,
  },
  {
    id: 'seven-days-after-approval',
    days: 7,
    counting: 'calendar',
    startEvent: 'approval',
    queryKey: 'approved',
    sources: [
      { tag: 'S8', page: 'manage', version: '2020-09-11' },
      { tag: 'S9', page: 'manage', version: '2020-06-29' },
    ],
    period: periodOf(['S8', 'S9'])!,
    lastChecked: LAST_CHECKED,
  },
];

/** Today's rule, stated first on the calculator: no fixed window, customers can decline at any time. */
export const CURRENT_RULE = {
  id: 'decline-any-time',
  sources: ['S15', 'S17'] as readonly SourceId[],
  period: periodOf(['S15', 'S17'])!,
  lastChecked: LAST_CHECKED,
} as const;

/** The sources of today's rule (kept under its former name for the calculator's text). */
export const NEWER_PAGES_SOURCES: readonly SourceId[] = CURRENT_RULE.sources;

/**
 * The rule the form starts with: five business days, the window that most of the older pages state (the
 * overview and the creation page). It is not always the shorter one, so the result shows both side by side.
 */
export const DEFAULT_RULE_ID: RuleId = 'five-business-days';

/** Finds a rule by id; undefined for anything else (ids come from URLs). */
export function findRule(id: string): DeadlineRule | undefined {
  return RULES.find((r) => r.id === id);
}

/** The default rule: five business days from the customer's notification. */
export function defaultRule(): DeadlineRule {
  return RULES.find((r) => r.id === DEFAULT_RULE_ID) ?? (RULES[0] as DeadlineRule);
}
