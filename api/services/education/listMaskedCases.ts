import type { SessionUser } from '../../domain/auth/sessionUser';
import type { Db } from '../../../db/client';
import { listCases } from '../../../db/repositories/educationCases';
import { maskedCase } from '../../domain/education/maskedCase';
import type { CaseListQuery } from '../../routes/education/schemas';
import { caseFilterOf } from './caseFilter';

/** One page of cases, masked (PIPL Art. 28); a list is not audited, since it shows no identity. */
export async function listMaskedCases(db: Db, user: SessionUser, q: CaseListQuery) {
  const { total, rows } = await listCases(db, caseFilterOf(user, q));
  return { total, limit: q.limit, offset: q.offset, cases: rows.map(maskedCase) };
}
