import type { Db, Tx } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { insertCases, insertCrossCheckRun, openCaseKeys, openCasesFor } from '../../../db/repositories/educationCases';
import { childrenByIdNumber, importsByIds, latestImports, registerRows, type RegisterImportRow } from '../../../db/repositories/educationRegisters';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { crossCheck, type CrossCheckResult } from '../../domain/education/crossCheck';
import { casesToOpen, crossCheckInput, type StoredRegisterRow, tallyByCounty, tallyInvalidIds, type CountyTally, type InvalidIdTally } from '../../domain/education/crossCheckCases';
import { maskedCase } from '../../domain/education/maskedCase';
import { registerKinds, type RegisterKind } from '../../domain/education/vocabulary';
import { conflict, notFound } from '../../domain/shared/domainError';
import { analysisCountyOf, childScopeOf } from '../../domain/education/educationScope';
import type { RunCrossCheckBody } from '../../routes/education/schemas';
import { educationWrite } from './educationWrite';

export interface StoredCrossCheck {
  runId: number;
  asOf: string;
  imports: RegisterImportRow[];
  counts: CrossCheckResult['counts'];
  casesCreated: number;
  /** Cases opened by this run, per responsible county and kind (aggregates only). */
  byCounty: CountyTally[];
  invalidIds: InvalidIdTally[];
  /** The run's lists as open cases, masked (first 1,000 of each). */
  lists: { outOfSchool: ReturnType<typeof maskedCase>[]; dropouts: ReturnType<typeof maskedCase>[]; povertyDropouts: ReturnType<typeof maskedCase>[] };
}

const listCap = 1000;

/**
 * 四查三比对 on the stored registers (the newest snapshot of each kind unless ids are given),
 * then opens a case for every new out-of-school child and dropout, routed by 海东 Art. 16. A
 * county-bound education user runs on its own county's imports only (issue 14): by default the
 * county's newest, and an id of another county's import answers 404 like a missing one.
 */
export function runStoredCrossCheck(db: Db, user: SessionUser, opts: RunCrossCheckBody): Promise<StoredCrossCheck> {
  return educationWrite(db, (tx) => crossCheckStoredRegisters(tx, user, opts));
}

/** The run inside a caller's transaction: the verb above, and demo seeding (which holds its own). */
export async function crossCheckStoredRegisters(tx: Tx, user: SessionUser, opts: RunCrossCheckBody): Promise<StoredCrossCheck> {
  const imports = opts.importIds ? await importsByIds(tx, opts.importIds, analysisCountyOf(user, undefined)) : await latestImports(tx, childScopeOf(user));
  const unreached = (opts.importIds ?? []).filter((id) => !imports.some((i) => i.id === id));
  if (unreached.length > 0) throw notFound({ zh: `名册导入 ${unreached.join(', ')}`, en: `Register import ${unreached.join(', ')}` });
  const byKind = new Map(imports.map((i) => [i.kind, i]));
  const missing = registerKinds.filter((k) => !byKind.has(k));
  if (missing.length > 0 || imports.length !== registerKinds.length) {
    throw conflict('registers_missing', { zh: `缺少名册：${missing.join(', ')}`, en: `Registers missing: ${missing.join(', ')}` }, { missing });
  }
  const rows = {} as Record<RegisterKind, StoredRegisterRow[]>;
  for (const kind of registerKinds) rows[kind] = await registerRows(tx, byKind.get(kind)!.id);

  const input = crossCheckInput(opts.asOf, rows);
  const result = crossCheck(input);
  const known = await childrenByIdNumber(tx, [...result.outOfSchool, ...result.dropouts]);
  const drafts = casesToOpen(input, result, known, await openCaseKeys(tx));
  const importIds = imports.map((i) => i.id).sort((a, b) => a - b);
  const runId = await insertCrossCheckRun(tx, { asOf: opts.asOf, importIds, counts: result.counts, runBy: user.username });
  await insertCases(tx, drafts.map((d) => ({ ...d, crossCheckRunId: runId })));

  await appendAudit(tx, {
    actor: user.username,
    role: user.role,
    action: 'education.cross_check.run',
    objectType: 'edu_cross_check_run',
    objectId: runId,
    result: 'ok',
    detail: { asOf: opts.asOf, importIds, county: childScopeOf(user), casesCreated: drafts.length, counts: result.counts },
  });
  const poverty = new Set(result.povertyDropouts);
  const dropoutCases = await openCasesFor(tx, 'dropout', result.dropouts.slice(0, listCap));
  const lists = {
    outOfSchool: (await openCasesFor(tx, 'out_of_school', result.outOfSchool.slice(0, listCap))).map(maskedCase),
    dropouts: dropoutCases.map(maskedCase),
    povertyDropouts: dropoutCases.filter((c) => poverty.has(c.idNumber)).map(maskedCase),
  };
  return {
    lists,
    runId,
    asOf: opts.asOf,
    imports,
    counts: result.counts,
    casesCreated: drafts.length,
    byCounty: tallyByCounty(drafts),
    invalidIds: tallyInvalidIds(result.invalidIds),
  };
}
