import { coverage, type CoverageInput } from '../../domain/education/coverage';
import type { CoverageBody } from '../../routes/education/schemas';

/** The stateless catchment-coverage contract: catchments and children in the body, nothing read or stored. */
export function checkCoverage(body: CoverageBody) {
  const { catchments, uncovered, overlaps } = coverage(body as unknown as CoverageInput);
  return { catchments, uncovered, overlaps };
}
