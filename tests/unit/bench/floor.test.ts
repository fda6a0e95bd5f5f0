import { describe, expect, it } from 'vitest';
import type { BuildSummary } from '../../../bench/builds';
import { floorRow, frameworkLine } from '../../../bench/report';
import { textTable } from '../../../bench/core/table';

const summary = (medianSeconds: number): BuildSummary => ({
  runs: [],
  medianSeconds,
  medianPeakMb: 300,
  htmlPages: 1,
});

describe("the framework's floor row", () => {
  it("gives each site's median less the floor's, so the ratio compares the sites' own work", () => {
    const row = floorRow({ ours: summary(4.0), starlight: summary(2.7), floor: summary(1.4) });
    expect(row?.ours).toBeCloseTo(2.6);
    expect(row?.starlight).toBeCloseTo(1.3);
    // 2.6 / 1.3, where the whole builds compare as 4.0 / 2.7 = 1.48.
    expect(textTable([row!]).split('\n')[2]).toMatch(/2\.6 s\s+1\.3 s\s+2\.00×$/);
  });

  it('is left out when the floor was not built', () => {
    expect(floorRow({ ours: summary(4.0), starlight: summary(2.7) })).toBeUndefined();
  });
});

describe("the framework's line", () => {
  const timed = (medianSeconds: number, before?: number): BuildSummary => ({
    ...summary(medianSeconds),
    ...(before === undefined ? {} : { phases: { before, from: medianSeconds - before } }),
  });

  it('gives the floor, its part before the page, and what the content layer and MDX add to bare Astro', () => {
    expect(frameworkLine({ floor: timed(1.72, 1.67), bare: timed(0.9) })).toBe(
      "The framework's floor (bench/floor.ts: one MDX page through the content layer): 1.72 s (median of 0), 1.67 s of it before its page is written; bare Astro (one .astro page, no content layer or MDX): 0.90 s, so the content layer and @astrojs/mdx take 0.82 s by themselves.",
    );
  });

  it('says only what was measured', () => {
    expect(frameworkLine({ floor: timed(1.72) })).toBe(
      "The framework's floor (bench/floor.ts: one MDX page through the content layer): 1.72 s (median of 0).",
    );
    expect(frameworkLine({})).toBeUndefined();
  });
});
