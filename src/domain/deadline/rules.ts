/**
 * The opt-out rules Microsoft's pages have stated, as data. Names and wordings live in the locale files
 * under `rules.<id>`; this module holds what the computation and the citations need.
 * Every rule cites the sources register (src/domain/sources/register.ts); where the versions disagree, see docs/sources.md.
 */
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
  /** Years of the Microsoft pages that state this rule. */
  statedIn: string;
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
    statedIn: '2019–2021',
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
    statedIn: '2020–2021',
    lastChecked: LAST_CHECKED,
  },
];

/** Newer pages drop the fixed window: customers can decline at any time. */
export const NEWER_PAGES_SOURCES: readonly SourceId[] = ['S15', 'S17'];

export const DEFAULT_RULE_ID: RuleId = 'five-business-days';

/** Finds a rule by id; undefined for anything else (ids come from URLs). */
export function findRule(id: string): DeadlineRule | undefined {
  return RULES.find((r) => r.id === id);
}

/** The default rule: five business days from the customer's notification. */
export function defaultRule(): DeadlineRule {
  return RULES.find((r) => r.id === DEFAULT_RULE_ID) ?? (RULES[0] as DeadlineRule);
}
