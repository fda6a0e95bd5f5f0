/**
 * The life of a CPOR customer association as data: its statuses, the moves between them, who makes each move,
 * the time limits the sources give, and the sources themselves. The diagram on the overview, manage and
 * customers' pages is drawn from this, and so is its text version; names and wordings live in
 * locales/<lang>/lifecycle.json under the ids used here.
 *
 * Where Microsoft's pages disagree (docs/sources.md, conflicts 1 and 2: when the customer is told, and how long
 * the customer has), each version is its own transition with its own sources, never merged into one.
 */
import { sourceEntry, type SourceId, type SourcePeriod } from '../sources/register';

/** Statuses a claim shows in Partner Center (2020 manage page [S8]), plus where an association ends up. */
export const STATUSES = [
  'editing',
  'submitted',
  'under-review',
  'partner-action',
  'approved',
  'official',
  'rejected',
  'disputed',
] as const;
export type StatusId = (typeof STATUSES)[number];

/** Who makes a move. */
export type Actor = 'partner' | 'microsoft' | 'customer' | 'time';

/** A time limit as the sources state it; `count` is the unit they use. */
export interface TimeLimit {
  days: number;
  count: 'business' | 'calendar';
  /** What the limit is measured from, when the source says. */
  from?: 'notification' | 'approval' | 'rejection' | 'submission';
}

export interface Transition {
  id: string;
  from: StatusId;
  to: StatusId;
  actor: Actor;
  /** The time limit for this move, when a source gives one. */
  limit?: TimeLimit;
  sources: readonly SourceId[];
  /** Transitions that state the same move differently (a conflict between versions), by id. */
  conflictsWith?: readonly string[];
  /** A move the customer makes or is told about: the customers' view highlights it. */
  customer?: boolean;
}

/** A moment when the customer is told about the association, by version (conflict 2). */
export interface Notification {
  id: string;
  /** The status in which the customer is told. */
  at: StatusId;
  sources: readonly SourceId[];
}

export interface Status {
  id: StatusId;
  /** Statuses the 2020 manage page lists [S8]; the others name where an association ends up or a dispute. */
  shownInPartnerCenter: boolean;
  /** What the partner can still change in this status, where a source says (conflict 3 for editing). */
  partnerCanEdit?: { sources: readonly SourceId[]; conflictsWith: readonly SourceId[] };
  /** A final status: nothing moves on from it (a rejection can still be disputed for a time). */
  terminal?: boolean;
  sources: readonly SourceId[];
}

export const LIFECYCLE_STATUSES: readonly Status[] = [
  { id: 'editing', shownInPartnerCenter: true, sources: ['S8'] },
  {
    id: 'submitted',
    shownInPartnerCenter: true,
    partnerCanEdit: { sources: ['S8'], conflictsWith: ['S3'] },
    sources: ['S8'],
  },
  { id: 'under-review', shownInPartnerCenter: true, sources: ['S8', 'S9'] },
  {
    id: 'partner-action',
    shownInPartnerCenter: true,
    partnerCanEdit: { sources: ['S8'], conflictsWith: ['S3'] },
    sources: ['S8'],
  },
  { id: 'approved', shownInPartnerCenter: true, sources: ['S8'] },
  { id: 'official', shownInPartnerCenter: false, sources: ['S1', 'S2', 'S3', 'S4', 'S8'] },
  { id: 'rejected', shownInPartnerCenter: true, terminal: true, sources: ['S8', 'S18'] },
  { id: 'disputed', shownInPartnerCenter: false, sources: ['S8', 'S9'] },
];

export const TRANSITIONS: readonly Transition[] = [
  { id: 'submit', from: 'editing', to: 'submitted', actor: 'partner', sources: ['S3', 'S8', 'S15'] },
  {
    id: 'review-starts',
    from: 'submitted',
    to: 'under-review',
    actor: 'microsoft',
    limit: { days: 5, count: 'business', from: 'submission' },
    sources: ['S8', 'S9'],
  },
  {
    id: 'more-needed',
    from: 'under-review',
    to: 'partner-action',
    actor: 'microsoft',
    limit: { days: 5, count: 'business' },
    sources: ['S8'],
  },
  {
    id: 'partner-answers',
    from: 'partner-action',
    to: 'under-review',
    actor: 'partner',
    limit: { days: 5, count: 'business' },
    sources: ['S8'],
  },
  {
    id: 'no-answer',
    from: 'partner-action',
    to: 'rejected',
    actor: 'time',
    limit: { days: 5, count: 'business' },
    sources: ['S8'],
  },
  {
    id: 'approve',
    from: 'under-review',
    to: 'approved',
    actor: 'microsoft',
    limit: { days: 5, count: 'business' },
    sources: ['S8', 'S9'],
  },
  {
    id: 'reject',
    from: 'under-review',
    to: 'rejected',
    actor: 'microsoft',
    limit: { days: 5, count: 'business' },
    sources: ['S8'],
  },
  // Conflict 1 and 2: three versions of the customer's decline.
  {
    id: 'customer-declines-after-notice',
    from: 'submitted',
    to: 'rejected',
    actor: 'customer',
    customer: true,
    limit: { days: 5, count: 'business', from: 'notification' },
    sources: ['S1', 'S2', 'S3', 'S4'],
    conflictsWith: ['customer-declines-after-approval', 'customer-declines-any-time'],
  },
  {
    id: 'customer-declines-after-approval',
    from: 'approved',
    to: 'rejected',
    actor: 'customer',
    customer: true,
    limit: { days: 7, count: 'calendar', from: 'approval' },
    sources: ['S8', 'S9'],
    conflictsWith: ['customer-declines-after-notice', 'customer-declines-any-time'],
  },
  {
    id: 'customer-declines-any-time',
    from: 'official',
    to: 'rejected',
    actor: 'customer',
    customer: true,
    sources: ['S15', 'S17'],
    conflictsWith: ['customer-declines-after-notice', 'customer-declines-after-approval'],
  },
  {
    id: 'window-passes',
    from: 'approved',
    to: 'official',
    actor: 'time',
    customer: true,
    limit: { days: 7, count: 'calendar', from: 'approval' },
    sources: ['S8'],
  },
  {
    id: 'dispute',
    from: 'rejected',
    to: 'disputed',
    actor: 'partner',
    limit: { days: 30, count: 'calendar', from: 'rejection' },
    sources: ['S8', 'S9'],
  },
  // Reviewers answer a dispute within five working days [S8]; the answer upholds or declines it.
  {
    id: 'dispute-upheld',
    from: 'disputed',
    to: 'approved',
    actor: 'microsoft',
    limit: { days: 5, count: 'business' },
    sources: ['S8'],
  },
  {
    id: 'dispute-declined',
    from: 'disputed',
    to: 'rejected',
    actor: 'microsoft',
    limit: { days: 5, count: 'business' },
    sources: ['S8'],
  },
  {
    id: 'new-claim',
    from: 'rejected',
    to: 'editing',
    actor: 'partner',
    sources: ['S8'],
  },
  {
    id: 'partner-ends-older',
    from: 'official',
    to: 'rejected',
    actor: 'partner',
    sources: ['S8'],
    conflictsWith: ['partner-ends-current'],
  },
  {
    id: 'partner-ends-current',
    from: 'official',
    to: 'rejected',
    actor: 'partner',
    sources: ['S18', 'A1'],
    conflictsWith: ['partner-ends-older'],
  },
];

/** When the customer is told: at submission (creation page) or after approval (manage page); conflict 2. */
export const NOTIFICATIONS: readonly Notification[] = [
  { id: 'at-submission', at: 'submitted', sources: ['S3'] },
  { id: 'after-approval', at: 'approved', sources: ['S8'] },
];

/** The periods a list of sources describes: the 2019–2021 pages, the current pages, or both. */
export function periodsOf(sources: readonly SourceId[]): SourcePeriod[] {
  const found = new Set(sources.map((s) => sourceEntry(s).period));
  return (['older', 'current'] as const).filter((p) => found.has(p));
}

/** The transitions out of a status, in the order above. */
export function transitionsFrom(status: StatusId): Transition[] {
  return TRANSITIONS.filter((t) => t.from === status);
}
