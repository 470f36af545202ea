import type { CaseFilter } from '../../../db/repositories/educationCases';
import type { CaseListQuery } from '../../routes/education/schemas';

/** The case-list query as the repository filters it: `county` is the responsible county. */
export function caseFilterOf(q: CaseListQuery): CaseFilter {
  return { countyCode: q.county, kind: q.kind, status: q.status, poverty: q.poverty, runId: q.runId, limit: q.limit, offset: q.offset };
}
