/** What a partner prepares before creating an association (cpor-facts.md §3), tailored to the answers. */
import type { ChecklistItem } from './evaluation';
import type { Answers } from './questions';

/** The checklist for the create outcome; Dynamics 365 work adds subscription and technical-contact items. */
export function checklistFor(a: Answers): ChecklistItem[] {
  const d365 = a.customers === 'd365';
  const items: (ChecklistItem | false)[] = [
    { messageKey: 'checklist.partner-id', sources: ['S3', 'S7', 'S10', 'S15'] },
    { messageKey: 'checklist.tenant', sources: ['S3', 'S10', 'S16'] },
    d365
      ? { messageKey: 'checklist.activity-d365', sources: ['S3', 'S10'] }
      : { messageKey: 'checklist.activity-m365', sources: ['S3', 'S10'] },
    { messageKey: 'checklist.products', sources: ['S3', 'S4'] },
    d365 && { messageKey: 'checklist.subscription-id', sources: ['S3', 'S4'] },
    d365 && a.purchase === 'unsure' && { messageKey: 'checklist.confirm-purchase', sources: ['S10', 'S16'] },
    { messageKey: 'checklist.customer-contact', sources: ['S3', 'S4'] },
    d365 && { messageKey: 'checklist.technical-contact', sources: ['S3', 'S4'] },
    { messageKey: 'checklist.partner-contact', sources: ['S3', 'S4'] },
    { messageKey: 'checklist.poe', sources: ['S3', 'S8'] },
    { messageKey: 'checklist.tell-customer', sources: ['S1', 'S17', 'seeds'] },
  ];
  return items.filter((i): i is ChecklistItem => i !== false);
}
