/** What a partner prepares before creating a claim (cpor-facts.md §3), tailored to the answers. */
import { periodOf } from '../sources/period';
import type { ChecklistItem, SourceId } from './evaluation';
import type { Answers } from './questions';

const item = (key: string, sources: SourceId[]): ChecklistItem => ({
  messageKey: `checklist.${key}`,
  sources,
  period: periodOf(sources)!,
});

/** True for the three Business Applications engagements. */
export const isBusinessApplications = (a: Answers): boolean => a.goal?.startsWith('ba-') === true;

/** The checklist of a CPOR claim; Business Applications work adds subscription and technical-contact items. */
export function checklistFor(a: Answers): ChecklistItem[] {
  const ba = isBusinessApplications(a);
  const items: (ChecklistItem | false)[] = [
    item('partner-id', ['S7', 'S10', 'S15']),
    item('tenant', ['S3', 'S15', 'S16']),
    ba ? item('area-ba', ['S3', 'S15']) : item('area-mws', ['S3', 'S10', 'S15']),
    item('partner-role', ['S10', 'S15']),
    item('products', ['S3', 'S4']),
    ba && item('subscription-id', ['S3', 'S4', 'S16']),
    ba && a.purchase === 'unsure' && item('confirm-purchase', ['S10', 'S16']),
    item('customer-contact', ['S3', 'S4', 'S15']),
    ba && item('technical-contact', ['S3', 'S4']),
    item('partner-contact', ['S3', 'S4', 'S15']),
    item('poe', ['S3', 'S8']),
    item('tell-customer', ['S1', 'S15', 'S17']),
  ];
  return items.filter((i): i is ChecklistItem => i !== false);
}
