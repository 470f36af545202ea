// Aggregates of the stored coverage (children per catchment, uncovered children per township)
// as the analyses report them: shares to 4 decimals, per-county sums. No I/O.

/** part ÷ whole to 4 decimals; null when there is no whole to divide by. */
export const share = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/** Children of a catchment's level inside it ÷ its capacity. */
export const utilization = (children: number, capacity: number): number | null => share(children, capacity);

export interface CountyCoverage {
  countyCode: string;
  schoolAge: number;
  uncovered: number;
  overCapacityCatchments: number;
}

/**
 * Per county: school-age and uncovered children summed over its townships, and its catchments
 * holding more children than their capacity. A county with catchments but no township row is
 * left out, as it has no children to report.
 */
export function coverageByCounty(
  townships: readonly { countyCode: string; schoolAge: number; uncovered: number }[],
  loads: readonly { countyCode: string; children: number; capacity: number }[],
): CountyCoverage[] {
  const counties = new Map<string, CountyCoverage>();
  for (const t of townships) {
    const c = counties.get(t.countyCode) ?? { countyCode: t.countyCode, schoolAge: 0, uncovered: 0, overCapacityCatchments: 0 };
    c.schoolAge += t.schoolAge;
    c.uncovered += t.uncovered;
    counties.set(t.countyCode, c);
  }
  for (const l of loads) {
    const c = counties.get(l.countyCode);
    if (c && l.children > l.capacity) c.overCapacityCatchments++;
  }
  return [...counties.values()].sort((a, b) => (a.countyCode < b.countyCode ? -1 : 1));
}
