import type { Db } from '../../../db/client';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { childScopeOf } from '../../domain/education/educationScope';
import { caseTableRows } from '../../../db/repositories/educationCaseTable';
import { caseTable } from '../../domain/education/caseTable';
import type { Language } from '../../domain/shared/bilingual';
import { resolveSort, tablePage, type TablePage } from '../../domain/shared/table';
import type { CaseTableQuery } from '../../routes/education/schemas';

/** One page of cases, masked (PIPL Art. 28), as of `asOf` when given (casesFrom); like the masked case list it shows no identity, so it is not audited. */
export async function caseTablePage(db: Db, user: SessionUser, { limit, offset, sort, dir, county, kind, status, poverty, runId, asOf }: CaseTableQuery, lang: Language): Promise<TablePage> {
  const order = resolveSort(caseTable, sort, dir);
  const { rows, total } = await caseTableRows(db, { scope: childScopeOf(user), countyCode: county, kind, status, poverty, runId, asOf }, order, { limit, offset });
  return tablePage(caseTable, rows, lang, { total, sort: order, limit, offset });
}
