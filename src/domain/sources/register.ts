/**
 * The sources register: every public document this guide's statements rest on, with the version that was
 * read. Pages cite these ids in their front matter and inline (`[S10]`), the wizard's rules and the
 * calculator's rules cite them in code; a unit test (tests/unit/sources/register.test.ts) fails when a cited id
 * is missing here or an entry here is cited by nothing. Titles are the documents' own (English) titles.
 *
 * Ids follow the fact sheet the project was started from: S1–S20 Partner Center documentation, A1–A3 other
 * Microsoft pages, `seeds` the two bilingual pages the project was created from (tests/fixtures/msdocs/).
 */

/** Which era of Microsoft's pages a source belongs to: the 2019–2021 pages, or the current Microsoft Learn pages. */
export type SourcePeriod = 'older' | 'current';

export interface SourceEntry {
  id: string;
  /** The document's title, with its file name where it is a versioned file. */
  title: string;
  url: string;
  /** `ms.date` of the version read (ISO date); a current page has none: it is read as it stands. */
  version?: string;
  /** When this project last compared the guide with the document (ISO date). */
  checked: string;
  period: SourcePeriod;
  /** What the guide takes from it (for contributors; readers see the title and the citing text). */
  usedFor: string;
}

/** The day the current Microsoft Learn pages were last read against the guide. */
export const SOURCES_CHECKED = '2026-11-22';

const LEGACY = 'https://github.com/MicrosoftDocs/partner-center-pr.de-de/blob';
const LEARN = 'https://learn.microsoft.com';

export const SOURCES = [
  {
    id: 'S1',
    title: 'CPOR associations overview (incentives-customer-associations-intro.md), version of 20 May 2021',
    url: `${LEGACY}/757d6c7/partner-center/incentives-customer-associations-intro.md`,
    version: '2021-05-20',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor:
      'Who uses CPOR (three programs), what the partner sees, the five-business-day opt-out, roles on the overview.',
  },
  {
    id: 'S2',
    title: 'CPOR associations overview (incentives-customer-associations-intro.md), version of 10 Aug 2020',
    url: `${LEGACY}/67e668b/partner-center/incentives-customer-associations-intro.md`,
    version: '2020-08-10',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor: 'The same rules in the 2020 version (the Turkish seed was made from a version of that year).',
  },
  {
    id: 'S3',
    title: 'Create a customer association (submit-osa-claim.md), version of 28 Oct 2020',
    url: `${LEGACY}/ffbf678/partner-center/submit-osa-claim.md`,
    version: '2020-10-28',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor:
      'The 2020 creation steps, the information to prepare, the switch to CPOR in October 2019, notification at submission.',
  },
  {
    id: 'S4',
    title: 'Create a customer association (submit-osa-claim.md), version of 29 Oct 2019',
    url: `${LEGACY}/5900089/partner-center/submit-osa-claim.md`,
    version: '2019-10-29',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor: 'The first CPOR version of the creation page: one partner per workload, information needed.',
  },
  {
    id: 'S5',
    title: 'Create a customer association (submit-osa-claim.md), version of 31 Aug 2020',
    url: `${LEGACY}/105b8c3/partner-center/submit-osa-claim.md`,
    version: '2020-08-31',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor: 'Only an Incentives admin can create associations (from 31 August 2020); co-op is not CPOR.',
  },
  {
    id: 'S6',
    title: 'Create a customer association (submit-osa-claim.md), version of 27 Sep 2021',
    url: 'https://github.com/isabella232/partner-center-pr.tr-tr/blob/e5e2e70/partner-center/submit-osa-claim.md',
    version: '2021-09-27',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor: 'The two navigation variants of 2021 (workspaces view and current view).',
  },
  {
    id: 'S7',
    title: 'Create a customer association (submit-osa-claim.md), version of 4 Oct 2019',
    url: `${LEGACY}/e70e596/partner-center/submit-osa-claim.md`,
    version: '2019-10-04',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor: 'Partners with several locations use the ID of the location in the customer’s region.',
  },
  {
    id: 'S8',
    title: 'Manage customer associations (incentives-manage-customer-associations.md), version of 11 Sep 2020',
    url: `${LEGACY}/9e15942/partner-center/incentives-manage-customer-associations.md`,
    version: '2020-09-11',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor:
      'Statuses, review timeline, editing, comments and history, disputes within 30 days, seven days after approval, ending an association by asking for its rejection, approval is not payout.',
  },
  {
    id: 'S9',
    title: 'Manage customer associations (incentives-manage-customer-associations.md), version of 29 Jun 2020',
    url: `${LEGACY}/3c2777e/partner-center/incentives-manage-customer-associations.md`,
    version: '2020-06-29',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor: 'The June 2020 versions: disputes through a support ticket, then in the claim from July 2020.',
  },
  {
    id: 'S10',
    title: 'Customer association issues (incentives-customer-association-issues.md), version of 11 Sep 2020',
    url: `${LEGACY}/9e15942/partner-center/incentives-customer-association-issues.md`,
    version: '2020-09-11',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor:
      'Activities per solution area, enrolled IDs, Business Applications bought through CSP cannot be claimed, common errors, arbitration.',
  },
  {
    id: 'S11',
    title: 'Get started with incentives (incentives-get-started-intro.md), version of 10 Aug 2020',
    url: `${LEGACY}/9e15942/partner-center/incentives-get-started-intro.md`,
    version: '2020-08-10',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor: 'Who can join incentive programs and what payment needs (enrollment, eligibility, bank and tax).',
  },
  {
    id: 'S12',
    title: 'Co-op claims overview (claims-overview.md), version of 10 Mar 2021',
    url: `${LEGACY}/4b090ac/partner-center/claims-overview.md`,
    version: '2021-03-10',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor: 'Co-op funds (CSP, managed reseller, hosting, Surface) go through co-op claims, not CPOR.',
  },
  {
    id: 'S13',
    title: 'Co-op claims overview (claims-overview.md), version of Nov 2019',
    url: `${LEGACY}/4f276ee/partner-center/claims-overview.md`,
    version: '2019-11-01',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor: 'Co-op earnings split, half-years, use within six months, keep proof for 24 months.',
  },
  {
    id: 'S14',
    title: 'Partner Contribution Indicators (partner-contribution-indicators.md), version of 28 May 2021',
    url: `${LEGACY}/4050acf/partner-center/partner-contribution-indicators.md`,
    version: '2021-05-28',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor:
      'A CPOR association on a paid subscription counts toward Partner Contribution Indicator credit; CPOR wins over DPOR; pre-sales claims earn none.',
  },
  {
    id: 'S15',
    title: 'Create a customer association (submit-osa-claim), current version on Microsoft Learn',
    url: `${LEARN}/en-us/partner-center/incentives/submit-osa-claim`,
    checked: SOURCES_CHECKED,
    period: 'current',
    usedFor:
      'Today’s steps (Customer claims, partner roles, PartnerID), the MCI engagements, customers may decline at any time.',
  },
  {
    id: 'S16',
    title: 'Customer association issues, current version on Microsoft Learn',
    url: `${LEARN}/en-us/partner-center/incentives/incentives-customer-association-issues`,
    checked: SOURCES_CHECKED,
    period: 'current',
    usedFor: 'Today’s common errors, CPOR is not a CSP customer association, CSP-bought Business Applications.',
  },
  {
    id: 'S17',
    title: 'CPOR associations overview, current version on Microsoft Learn',
    url: `${LEARN}/de-de/partner-center/incentives/incentives-customer-associations-intro`,
    checked: SOURCES_CHECKED,
    period: 'current',
    usedFor: 'Today’s overview: the four MCI engagements, what the partner sees, customers may decline.',
  },
  {
    id: 'S18',
    title: 'Manage customer associations, current version on Microsoft Learn',
    url: `${LEARN}/de-de/partner-center/incentives/incentives-manage-customer-associations`,
    checked: SOURCES_CHECKED,
    period: 'current',
    usedFor: 'Ending an approved association with “Disassociate customer”.',
  },
  {
    id: 'S19',
    title: 'Co-op claims overview (claims-overview), current version on Microsoft Learn',
    url: `${LEARN}/en-ca/partner-center/incentives/claims-overview`,
    checked: SOURCES_CHECKED,
    period: 'current',
    usedFor: 'Co-op funds and their claims today.',
  },
  {
    id: 'S20',
    title: 'Enroll in incentive programs (incentives-enroll), current version on Microsoft Learn',
    url: `${LEARN}/sk-sk/partner-center/incentives/incentives-enroll`,
    checked: SOURCES_CHECKED,
    period: 'current',
    usedFor: 'Only an Incentives admin enrolls and enters bank and tax details; what Incentives users can see.',
  },
  {
    id: 'A1',
    title: 'How to disassociate a customer (knowledge base article KB-01146)',
    url: 'https://fpcportal.microsoft.com/knowledgebase/article/KB-01146/en-us',
    checked: SOURCES_CHECKED,
    period: 'current',
    usedFor: 'The steps to end an approved association.',
  },
  {
    id: 'A3',
    title: 'CPOR partner incentives for Microsoft 365 (Microsoft 365 partner page)',
    url: 'https://www.microsoft.com/microsoft-365/partners/CPOR-partner-incentives',
    checked: SOURCES_CHECKED,
    period: 'current',
    usedFor:
      'Association is per workload; ten Microsoft 365 workloads, with Teams as the example (no Partner Center page lists them).',
  },
  {
    id: 'seeds',
    title:
      'CPOR associations overview in Microsoft’s bilingual localized format: tr-TR (English of 11 Sep 2020) and hu-HU (English of 20 May 2021)',
    url: 'https://github.com/MicrosoftDocs/partner-center-pr.hu-hu',
    version: '2021-05-20',
    checked: SOURCES_CHECKED,
    period: 'older',
    usedFor:
      'The overview page’s text and its Turkish and Hungarian translations (tests/fixtures/msdocs/); what the partner sees; no action needed from the customer.',
  },
] as const satisfies readonly SourceEntry[];

export type SourceId = (typeof SOURCES)[number]['id'];

export const SOURCE_IDS: readonly SourceId[] = SOURCES.map((s) => s.id);

/** True when `id` names an entry of the register. */
export function isSourceId(id: string): id is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(id);
}

/** The register's entry for a known id. */
export function sourceEntry(id: SourceId): SourceEntry {
  return SOURCES.find((s) => s.id === id)!;
}

/** The ids cited inline in a text, as `[S10]` or `[S3, S4]`. */
export function inlineCitations(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\[((?:[SA]\d+|seeds)(?:,\s*(?:[SA]\d+|seeds))*)\]/g)) {
    out.push(...m[1]!.split(/,\s*/));
  }
  return out;
}
