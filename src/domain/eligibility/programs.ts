/** Facts about programs that both routing and the rules need (cpor-facts.md §1–2). */
import { CPOR_PROGRAMS, type Customers, type Program } from './questions';

/** True when the reader takes part in at least one program that credits work through CPOR [S1, S2]. */
export function hasCporProgram(programs: readonly Program[] | undefined): boolean {
  return (programs ?? []).some((p) => (CPOR_PROGRAMS as readonly string[]).includes(p));
}

/**
 * Which of the reader's programs credit work for these customers: OSU-Microsoft 365 pairs with the
 * Microsoft 365 solution area (Usage only), OSA Sell (pre-sales) and OSU-Business Applications (usage)
 * with Business Applications subscriptions [S3, S4, S10].
 */
export function programsFor(programs: readonly Program[] | undefined, customers: Customers): Program[] {
  const pairs: Record<Customers, readonly Program[]> = {
    m365: ['osu-m365'],
    d365: ['osa-sell', 'osu-bizapps'],
    other: [],
  };
  return (programs ?? []).filter((p) => pairs[customers].includes(p));
}
