// Reference implementation for tests and benches, not for production: Turf's
// booleanPointInPolygon on every (child, catchment) pair. The tests check coverage against it;
// bench/cases/coverage.ts times it.
import { booleanPointInPolygon } from '@turf/turf';
import { checkCoverageInput, childLevelCodes, coverageResult, levelCodes, type CoverageInput, type CoverageResult } from '../../api/domain/education/coverage';
import { defaultSchoolAgeOptions, type SchoolAgeOptions } from '../../api/domain/education/schoolAge';

/** Baseline with Turf's booleanPointInPolygon on every (child, catchment) pair. */
export function naiveCoverage(input: CoverageInput, options: SchoolAgeOptions = defaultSchoolAgeOptions): CoverageResult {
  checkCoverageInput(input);
  const levels = childLevelCodes(input, options);
  const catchmentLevels = input.catchments.features.map((f) => levelCodes[f.properties.level]);
  const counts = new Array<number>(input.catchments.features.length).fill(0);
  const found = input.children.features.map((child, k) => {
    if (levels[k] === 0) return [];
    const inside: number[] = [];
    input.catchments.features.forEach((catchment, c) => {
      if (catchmentLevels[c] === levels[k] && booleanPointInPolygon(child, catchment)) inside.push(c);
    });
    for (const c of inside) counts[c]++;
    return inside;
  });
  return coverageResult(input, levels, counts, (k) => found[k].length, (k) => found[k]);
}
