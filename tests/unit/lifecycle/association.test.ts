import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LIFECYCLE_STATUSES,
  NOTIFICATIONS,
  periodsOf,
  STATUSES,
  TRANSITIONS,
  transitionsFrom,
} from '../../../src/domain/lifecycle/association';
import { isSourceId } from '../../../src/domain/sources/register';

/** The statuses the manage guide's table names, as Partner Center shows them. */
function guideStatuses(): string[] {
  const mdx = readFileSync('src/content/docs/en/manage-associations.mdx', 'utf8');
  const table = mdx.slice(mdx.indexOf('| Status |'), mdx.indexOf('\n\n', mdx.indexOf('| Status |')));
  return table
    .split('\n')
    .slice(2)
    .map((row) => row.split('|')[1]!.trim());
}

const BY_LABEL: Record<string, string> = {
  Editing: 'editing',
  Submitted: 'submitted',
  'Under review': 'under-review',
  'Partner action required': 'partner-action',
  Approved: 'approved',
  Rejected: 'rejected',
};

describe('the life of an association', () => {
  it('has every status the manage guide lists, as one Partner Center shows', () => {
    const listed = guideStatuses();
    expect(listed).toHaveLength(6);
    for (const label of listed) {
      const id = BY_LABEL[label];
      expect(id, `"${label}" in manage-associations.mdx has no status in the lifecycle`).toBeDefined();
      expect(LIFECYCLE_STATUSES.find((s) => s.id === id)?.shownInPartnerCenter).toBe(true);
    }
  });

  it('reaches every status from Editing, and leaves every status but Rejected', () => {
    const reached = new Set(['editing']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of TRANSITIONS)
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
    }
    expect([...reached].sort()).toEqual([...STATUSES].sort());
    for (const s of STATUSES) expect(transitionsFrom(s).length, s).toBeGreaterThan(0);
  });

  it('cites a registered source for every status, move and notification', () => {
    for (const x of [...LIFECYCLE_STATUSES, ...TRANSITIONS, ...NOTIFICATIONS]) {
      expect(x.sources.length, x.id).toBeGreaterThan(0);
      for (const s of x.sources) expect(isSourceId(s), `${x.id}: ${s}`).toBe(true);
    }
  });

  it('names the moves the guides describe, with their time limits', () => {
    const limit = (id: string) => TRANSITIONS.find((t) => t.id === id)?.limit;
    expect(limit('review-starts')).toEqual({ days: 5, count: 'business', from: 'submission' });
    expect(limit('partner-answers')).toEqual({ days: 5, count: 'business' });
    expect(limit('dispute')).toEqual({ days: 30, count: 'calendar', from: 'rejection' });
    expect(limit('customer-declines-after-notice')).toEqual({ days: 5, count: 'business', from: 'notification' });
    expect(limit('customer-declines-after-approval')).toEqual({ days: 7, count: 'calendar', from: 'approval' });
    expect(limit('customer-declines-any-time')).toBeUndefined();
    expect(TRANSITIONS.filter((t) => t.id.startsWith('partner-ends')).map((t) => t.sources)).toEqual([
      ['S8'],
      ['S18', 'A1'],
    ]);
  });

  it('keeps every version of a disputed rule, each pointing at the others', () => {
    for (const t of TRANSITIONS) {
      for (const other of t.conflictsWith ?? []) {
        const o = TRANSITIONS.find((x) => x.id === other);
        expect(o, `${t.id} → ${other}`).toBeDefined();
        expect(o!.conflictsWith).toContain(t.id);
      }
    }
    const declines = TRANSITIONS.filter((t) => t.actor === 'customer');
    expect(declines.map((t) => periodsOf(t.sources))).toEqual([['older'], ['older'], ['current']]);
    expect(NOTIFICATIONS.map((n) => n.at)).toEqual(['submitted', 'approved']);
  });

  it('dates a list of sources by the periods it describes', () => {
    expect(periodsOf(['S8'])).toEqual(['older']);
    expect(periodsOf(['S18', 'A1'])).toEqual(['current']);
    expect(periodsOf(['S3', 'S15'])).toEqual(['older', 'current']);
  });
});
