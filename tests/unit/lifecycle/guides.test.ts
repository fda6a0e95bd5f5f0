/**
 * The diagram's data against the guides: every move the English guides describe (with the sources they cite for
 * it) is a transition of src/domain/lifecycle/association.ts that cites at least those sources, and every
 * transition the diagram draws has a source and a wording in every locale.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STATUSES, TRANSITIONS } from '../../../src/domain/lifecycle/association';

const guide = (page: string) => readFileSync(`src/content/docs/en/${page}.mdx`, 'utf8');

/** A sentence of a guide, found by a phrase in it, and the source ids it cites. */
function cited(page: string, phrase: string): string[] {
  const text = guide(page);
  const at = text.indexOf(phrase);
  expect(at, `${page}.mdx no longer says "${phrase}"`).toBeGreaterThanOrEqual(0);
  const start = Math.max(text.lastIndexOf('\n', at), 0);
  const end = text.indexOf('\n', at);
  return [...text.slice(start, end < 0 ? undefined : end).matchAll(/\[((?:S|A)\d+)\]\(#sources\)/g)].map((m) => m[1]!);
}

// [guide, phrase the guide uses, the transition that draws it]
const MOVES: [string, string, string][] = [
  ['manage-associations', 'the review starts within five business days', 'review-starts'],
  ['manage-associations', 'Microsoft decides on your proof within five business days', 'approve'],
  ['manage-associations', 'Microsoft decides on your proof within five business days', 'reject'],
  ['manage-associations', 'you have five business days to answer, or the claim is rejected', 'no-answer'],
  ['manage-associations', 'After approval, the customer has seven days to opt out', 'customer-declines-after-approval'],
  ['manage-associations', 'dispute a rejected claim within 30 days of the rejection', 'dispute'],
  ['manage-associations', 'ask Microsoft to reject your own association', 'partner-ends-older'],
  ['manage-associations', 'select **Disassociate customer**', 'partner-ends-current'],
  ['for-customers', 'you can decline at any time', 'customer-declines-any-time'],
  ['for-customers', 'you have five business days to opt out', 'customer-declines-after-notice'],
  ['for-customers', 'you then have seven days to opt out', 'customer-declines-after-approval'],
  ['overview', 'Customers have five business days to opt out', 'customer-declines-after-notice'],
];

describe('the diagram draws every move the guides describe', () => {
  it.each(MOVES)('%s: "%s" is %s, citing what the guide cites', (page, phrase, id) => {
    const move = TRANSITIONS.find((t) => t.id === id);
    expect(move, id).toBeDefined();
    for (const source of cited(page, phrase)) expect(move!.sources, `${id} should cite ${source}`).toContain(source);
  });

  it('reads the time limits the guides give', () => {
    const days = (id: string) => TRANSITIONS.find((t) => t.id === id)!.limit?.days;
    expect([days('review-starts'), days('approve'), days('no-answer'), days('dispute')]).toEqual([5, 5, 5, 30]);
    expect([days('customer-declines-after-notice'), days('customer-declines-after-approval')]).toEqual([5, 7]);
  });

  it('names every status and move in every locale', () => {
    for (const code of ['en', 'tr', 'hu', 'ar', 'ja']) {
      const strings = JSON.parse(readFileSync(`locales/${code}/lifecycle.json`, 'utf8'));
      for (const s of LIFECYCLE_STATUSES) {
        expect(strings.statuses[s.id]?.name, `${code} ${s.id}`).toBeTruthy();
        expect(strings.statuses[s.id]?.text, `${code} ${s.id}`).toBeTruthy();
      }
      for (const t of TRANSITIONS) expect(strings.moves[t.id], `${code} ${t.id}`).toBeTruthy();
    }
  });
});
