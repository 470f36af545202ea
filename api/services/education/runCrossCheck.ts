import type { Executor } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { insertCases, insertCrossCheckRun, openCaseKeys, openCasesFor, type NewCase } from '../../../db/repositories/educationCases';
import {
  childrenByIdNumber,
  importsByIds,
  latestImports,
  registerRows,
  type RegisterImportRow,
  type RegisterRow,
} from '../../../db/repositories/educationRegisters';
import { registerKinds } from '../../domain/education/vocabulary';
import { routeCase } from '../../domain/education/caseRouting';
import { crossCheck, type CrossCheckResult } from '../../domain/education/crossCheck';
import { conflict } from '../../domain/shared/domainError';
import { maskedCase } from './listMaskedCases';
import { ruleSetIdFor } from './ruleSetOf';
import { invalidateEducationAnalyses } from './storedCoverage';

export interface Actor {
  username: string;
  role: string;
}

export interface StoredCrossCheck {
  runId: number;
  asOf: string;
  imports: RegisterImportRow[];
  counts: CrossCheckResult['counts'];
  casesCreated: number;
  /** Cases opened by this run, per responsible county and kind (aggregates only). */
  byCounty: { countyCode: string; outOfSchool: number; dropouts: number; povertyDropouts: number }[];
  invalidIds: { source: string; reason: string; count: number }[];
  /** The run's lists as open cases, masked (first 1,000 of each). */
  lists: { outOfSchool: ReturnType<typeof maskedCase>[]; dropouts: ReturnType<typeof maskedCase>[]; povertyDropouts: ReturnType<typeof maskedCase>[] };
}

const listCap = 1000;

/**
 * 四查三比对 on the stored registers (the newest snapshot of each kind unless ids are given),
 * then opens a case for every new out-of-school child and dropout, routed by 海东 Art. 16.
 */
export async function runStoredCrossCheck(tx: Executor, actor: Actor, opts: { asOf: string; importIds?: number[] }): Promise<StoredCrossCheck> {
  const imports = opts.importIds ? await importsByIds(tx, opts.importIds) : await latestImports(tx);
  const byKind = new Map(imports.map((i) => [i.kind, i]));
  const missing = registerKinds.filter((k) => !byKind.has(k));
  if (missing.length > 0 || imports.length !== registerKinds.length) {
    throw conflict('registers_missing', { zh: `缺少名册：${missing.join(', ')}`, en: `Registers missing: ${missing.join(', ')}` }, { missing });
  }
  const rows = new Map<string, RegisterRow[]>();
  for (const kind of registerKinds) rows.set(kind, await registerRows(tx, byKind.get(kind)!.id));

  const household = rows.get('household')!.map((r) => ({ id: r.idNumber, name: r.name ?? '', birthDate: r.birthDate ?? '', countyCode: r.countyCode ?? '' }));
  const students = rows.get('students')!.map((r) => ({ id: r.idNumber, schoolCode: r.schoolCode ?? '', countyCode: r.countyCode ?? '' }));
  const result = crossCheck({
    asOf: opts.asOf,
    household,
    students,
    inSchool: rows.get('in_school')!.map((r) => ({ id: r.idNumber })),
    poverty: rows.get('poverty')!.map((r) => ({ id: r.idNumber })),
  });

  const householdById = new Map<string, (typeof household)[number]>();
  for (const h of household) if (!householdById.has(h.id)) householdById.set(h.id, h);
  const studentById = new Map(students.map((s) => [s.id, s]));
  const poverty = new Set(result.povertyDropouts);
  const known = await childrenByIdNumber(tx, [...result.outOfSchool, ...result.dropouts]);
  const open = await openCaseKeys(tx);
  const importIds = imports.map((i) => i.id).sort((a, b) => a - b);
  const runId = await insertCrossCheckRun(tx, { asOf: opts.asOf, importIds, counts: result.counts, runBy: actor.username });

  const cases: NewCase[] = [];
  const add = (kind: 'out_of_school' | 'dropout', id: string) => {
    if (open.has(`${kind}:${id}`)) return;
    const h = householdById.get(id);
    const s = studentById.get(id);
    const child = known.get(id);
    const householdCountyCode = h?.countyCode || s?.countyCode || '';
    const routing = routeCase({ studentCountyCode: kind === 'dropout' ? s?.countyCode : undefined, householdCountyCode, residentCountyCode: child?.residentCountyCode });
    cases.push({
      kind,
      childId: child?.id ?? null,
      idNumber: id,
      name: h?.name || child?.name || '',
      birthDate: h?.birthDate || child?.birthDate || null,
      poverty: kind === 'dropout' && poverty.has(id),
      householdCountyCode,
      studentCountyCode: s?.countyCode ?? null,
      schoolCode: s?.schoolCode ?? null,
      responsibleCountyCode: routing.responsibleCounty,
      notifyCountyCode: routing.notifyCounty,
      routingRule: routing.rule,
      ruleSetId: ruleSetIdFor(routing.responsibleCounty, opts.asOf),
      crossCheckRunId: runId,
      openedOn: opts.asOf,
    });
  };
  for (const id of result.outOfSchool) add('out_of_school', id);
  for (const id of result.dropouts) add('dropout', id);
  await insertCases(tx, cases);

  const counties = new Map<string, StoredCrossCheck['byCounty'][number]>();
  for (const c of cases) {
    const e = counties.get(c.responsibleCountyCode) ?? { countyCode: c.responsibleCountyCode, outOfSchool: 0, dropouts: 0, povertyDropouts: 0 };
    if (c.kind === 'out_of_school') e.outOfSchool++;
    else e.dropouts++;
    if (c.poverty) e.povertyDropouts++;
    counties.set(c.responsibleCountyCode, e);
  }
  const invalid = new Map<string, number>();
  for (const r of result.invalidIds) invalid.set(`${r.source}|${r.reason}`, (invalid.get(`${r.source}|${r.reason}`) ?? 0) + 1);

  await appendAudit(tx, {
    actor: actor.username,
    role: actor.role,
    action: 'education.cross_check.run',
    objectType: 'edu_cross_check_run',
    objectId: runId,
    result: 'ok',
    detail: { asOf: opts.asOf, importIds, casesCreated: cases.length, counts: result.counts },
  });
  const dropoutCases = await openCasesFor(tx, 'dropout', result.dropouts.slice(0, listCap));
  const lists = {
    outOfSchool: (await openCasesFor(tx, 'out_of_school', result.outOfSchool.slice(0, listCap))).map(maskedCase),
    dropouts: dropoutCases.map(maskedCase),
    povertyDropouts: dropoutCases.filter((c) => poverty.has(c.idNumber)).map(maskedCase),
  };
  invalidateEducationAnalyses();
  return {
    lists,
    runId,
    asOf: opts.asOf,
    imports,
    counts: result.counts,
    casesCreated: cases.length,
    byCounty: [...counties.values()].sort((a, b) => (a.countyCode < b.countyCode ? -1 : 1)),
    invalidIds: [...invalid].map(([k, count]) => ({ source: k.split('|')[0]!, reason: k.split('|')[1]!, count })),
  };
}
