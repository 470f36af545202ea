import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { createRegisterImport, insertRegisterRows } from '../../../db/repositories/educationRegisters';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { checkRowsInCounty, childScopeOf } from '../../domain/education/educationScope';
import { checkRegisterTable } from '../../domain/education/registerTable';
import type { RegisterKind } from '../../domain/education/vocabulary';
import { DomainError } from '../../domain/shared/domainError';
import type { RegisterImportForm } from '../../routes/education/schemas';
import { runImportJob } from '../imports/runImportJob';
import { readRegisterFile } from './readRegisterFile';
import { invalidateEducationAnalyses } from './storedCoverage';

/**
 * Imports one register file all-or-nothing as a recorded job (a crash mid-import leaves a
 * 'failed' job and no rows, issue 6): every row is checked first, and one error anywhere
 * rejects the whole file with the row report (422). A county-bound education user imports its own
 * county's register only (issue 14): a row of another county refuses the file (403 naming the row),
 * and the import is stamped with the county, so only that county's users and runs reach it.
 */
export async function importRegisterFile(db: Db, user: SessionUser, kind: RegisterKind, form: RegisterImportForm) {
  const { file, asOf, mapping } = form;
  const table = await readRegisterFile(file);
  const source = file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
  const result = await runImportJob(db, user, { kind: `education.register.${kind}`, fileName: file.name, totalRows: table.rows.length }, async (tx, job) => {
    const { rows, errors, warnings } = checkRegisterTable(kind, table, mapping);
    const report = { kind, asOf, rows: rows.length, valid: errors.length === 0, errors: errors.slice(0, 1000), errorCount: errors.length, warnings: warnings.slice(0, 1000), warningCount: warnings.length };
    if (errors.length > 0 || rows.length === 0) {
      throw new DomainError(
        'unprocessable',
        rows.length === 0 ? 'empty_register' : 'invalid_rows',
        rows.length === 0
          ? { zh: '文件没有数据行，未导入', en: 'The file has no data rows; nothing was imported' }
          : { zh: `${errors.length} 处错误，未导入任何行`, en: `${errors.length} error(s); nothing was imported` },
        errors[0] ? `rows[${errors[0].row}].${errors[0].field}` : 'file',
        report,
      );
    }
    checkRowsInCounty(user, rows.filter((r): r is typeof r & { countyCode: string } => r.countyCode !== null));
    const importId = await createRegisterImport(tx, { kind, asOf, source, importedBy: user.username, countyCode: childScopeOf(user) });
    await insertRegisterRows(tx, importId, rows, job.progress);
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'education.register.import', objectType: 'edu_register_import', objectId: importId, result: 'ok', detail: { kind, asOf, rows: rows.length, warnings: warnings.length, county: childScopeOf(user) } });
    return { importId, importedRows: rows.length, ...report };
  });
  // runImportJob has committed: only now may readers rebuild the analyses.
  invalidateEducationAnalyses();
  return result;
}
