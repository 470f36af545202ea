import type { Db } from '../../../db/client';
import { childScopeOf } from '../../domain/education/educationScope';
import { appendAudit } from '../../../db/repositories/audit';
import { caseTableRows } from '../../../db/repositories/educationCaseTable';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { caseTable } from '../../domain/education/caseTable';
import type { Language } from '../../domain/shared/bilingual';
import { resolveSort } from '../../domain/shared/table';
import type { CaseExportQuery } from '../../routes/education/schemas';
import { assertExportable, exportRowLimit, tableFile } from '../shared/tableFile';

/**
 * Exactly the filtered case list, masked as on screen, as CSV, XLSX or GeoJSON (at the child's
 * township), as of `asOf` when given. A file of children's cases leaves the system: the export is audited
 * (PIPL Art. 28; the audited filter names the day).
 */
export async function exportCaseTable(db: Db, user: SessionUser, { format, sort, dir, county, kind, status, poverty, runId, asOf }: CaseExportQuery, lang: Language) {
  const filter = { scope: childScopeOf(user), countyCode: county, kind, status, poverty, runId, asOf };
  return db.transaction(async (tx) => {
    const { rows, total } = await caseTableRows(tx, filter, resolveSort(caseTable, sort, dir), { limit: exportRowLimit + 1, offset: 0 });
    assertExportable(total);
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'education.cases.table.export', objectType: 'edu_case', result: 'ok', detail: { filter, format, rows: rows.length } });
    return tableFile(caseTable, rows, format, lang);
  });
}
