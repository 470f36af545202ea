import type { CaseFilter } from '../../../db/repositories/educationCases';
import type { CaseListQuery } from '../../routes/education/schemas';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { childScopeOf } from '../../domain/education/educationScope';

/** The case-list query as the repository filters it, within the caller's county scope; `county` is the responsible county. */
export function caseFilterOf(user: Pick<SessionUser, 'role' | 'countyCode'>, q: CaseListQuery): CaseFilter {
  return { scope: childScopeOf(user), countyCode: q.county, kind: q.kind, status: q.status, poverty: q.poverty, runId: q.runId, limit: q.limit, offset: q.offset };
}
