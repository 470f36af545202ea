import type { Executor } from '../../../db/client';
import { listCases, type CaseFilter, type CaseRow } from '../../../db/repositories/educationCases';
import { maskIdNumber, maskName } from '../../domain/education/idNumber';

/** A case as lists show it: ID number to the last 4 characters and the name partly masked (PIPL Art. 28). */
export function maskedCase(c: CaseRow) {
  return {
    id: c.id,
    kind: c.kind,
    status: c.status,
    idNumberMasked: maskIdNumber(c.idNumber),
    nameMasked: maskName(c.name),
    poverty: c.poverty,
    householdCountyCode: c.householdCountyCode,
    studentCountyCode: c.studentCountyCode,
    schoolCode: c.schoolCode,
    responsibleCountyCode: c.responsibleCountyCode,
    notifyCountyCode: c.notifyCountyCode,
    routingRule: c.routingRule,
    openedOn: c.openedOn,
  };
}

export async function listMaskedCases(ex: Executor, filter: CaseFilter) {
  const { total, rows } = await listCases(ex, filter);
  return { total, limit: filter.limit, offset: filter.offset, cases: rows.map(maskedCase) };
}
