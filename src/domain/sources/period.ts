/**
 * Which period a statement describes, derived from the sources it cites: the pages of 2019–2021 (read at a
 * fixed version, so they have a year) or the current pages (read as they stand, on the check date). The
 * wizard and the calculator run in the browser, so this module carries a copy of each source's era and year
 * instead of the register's titles and links; tests/unit/sources/period.test.ts keeps the copy equal to the
 * register (src/domain/sources/register.ts).
 */
import type { SourceId } from './register';

/** `older`: a version of 2019–2021, with the year of its `ms.date`; `current`: read as it stands. */
export type SourceEra = { era: 'older'; year: number } | { era: 'current' };

/** The day the current pages were last read against the guide (the register's SOURCES_CHECKED). */
export const CURRENT_CHECKED = '2026-11-22';

const older = (year: number): SourceEra => ({ era: 'older', year });
const current: SourceEra = { era: 'current' };

/** Every source's era, by id (a missing or extra id is a type error). */
export const SOURCE_ERAS: Readonly<Record<SourceId, SourceEra>> = {
  S1: older(2021),
  S2: older(2020),
  S3: older(2020),
  S4: older(2019),
  S5: older(2020),
  S6: older(2021),
  S7: older(2019),
  S8: older(2020),
  S9: older(2020),
  S10: older(2020),
  S11: older(2020),
  S12: older(2021),
  S13: older(2019),
  S14: older(2021),
  S15: current,
  S16: current,
  S17: current,
  S18: current,
  S19: current,
  S20: current,
  A1: current,
  A3: current,
  seeds: older(2021),
};

/**
 * The period a list of sources describes: the years of its older versions (`from`–`to`) and, if it cites a
 * current page, the date those were checked. Undefined for an empty list: a statement without a source has
 * no period, and the tests reject it.
 */
export interface Period {
  older?: { from: number; to: number };
  /** ISO date on which the current pages were checked. */
  current?: string;
}

/** The period described by these sources (see Period). */
export function periodOf(sources: readonly SourceId[]): Period | undefined {
  if (sources.length === 0) return undefined;
  const years = sources.flatMap((id) => {
    const e = SOURCE_ERAS[id];
    return e.era === 'older' ? [e.year] : [];
  });
  const period: Period = {};
  if (years.length) period.older = { from: Math.min(...years), to: Math.max(...years) };
  if (sources.some((id) => SOURCE_ERAS[id].era === 'current')) period.current = CURRENT_CHECKED;
  return period;
}
