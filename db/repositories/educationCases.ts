import { insertChunked } from '../bulk';
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import { openCaseKey } from '../../api/domain/education/crossCheckCases';
import type { CaseKind, CaseStatus, CaseStepKind } from '../../api/domain/education/vocabulary';
import { eduCases, eduCaseSteps } from '../schema/education';

export type CaseRow = typeof eduCases.$inferSelect;
export type NewCase = typeof eduCases.$inferInsert;
export type CaseStepRow = typeof eduCaseSteps.$inferSelect;

export async function openCaseKeys(ex: Executor): Promise<Set<string>> {
  const rows = await ex.select({ kind: eduCases.kind, idNumber: eduCases.idNumber }).from(eduCases).where(eq(eduCases.status, 'open'));
  return new Set(rows.map((r) => openCaseKey(r.kind, r.idNumber)));
}

export async function insertCases(ex: Executor, rows: readonly NewCase[]): Promise<number> {
  await insertChunked(ex, eduCases, rows, Object.keys(eduCases).length);
  return rows.length;
}

export async function insertCrossCheckRun(ex: Executor, v: { asOf: string; importIds: number[]; counts: unknown; runBy: string }): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    ex,
    sql`insert into edu_cross_check_runs (as_of, import_ids, counts, run_by) values (${v.asOf}, ${JSON.stringify(v.importIds)}::jsonb, ${JSON.stringify(v.counts)}::jsonb, ${v.runBy}) returning id`,
  );
  return Number(row!.id);
}

export interface CaseFilter {
  countyCode?: string;
  kind?: CaseKind;
  status?: CaseStatus;
  poverty?: boolean;
  runId?: number;
  limit: number;
  offset: number;
}

/** The WHERE of a filtered case query. */
export function caseWhere(f: Omit<CaseFilter, 'limit' | 'offset'>): SQL | undefined {
  const parts: SQL[] = [];
  if (f.countyCode) parts.push(eq(eduCases.responsibleCountyCode, f.countyCode));
  if (f.kind) parts.push(eq(eduCases.kind, f.kind));
  if (f.status) parts.push(eq(eduCases.status, f.status));
  if (f.poverty !== undefined) parts.push(eq(eduCases.poverty, f.poverty));
  if (f.runId !== undefined) parts.push(eq(eduCases.crossCheckRunId, f.runId));
  return parts.length ? and(...parts) : undefined;
}

export async function listCases(ex: Executor, f: CaseFilter): Promise<{ total: number; rows: CaseRow[] }> {
  const cond = caseWhere(f);
  const [{ total }] = (await ex.select({ total: count() }).from(eduCases).where(cond)) as [{ total: number }];
  const rows = await ex.select().from(eduCases).where(cond).orderBy(asc(eduCases.id)).limit(f.limit).offset(f.offset);
  return { total: Number(total), rows };
}

export async function allCases(ex: Executor, f: Omit<CaseFilter, 'limit' | 'offset'>): Promise<CaseRow[]> {
  return ex.select().from(eduCases).where(caseWhere(f)).orderBy(asc(eduCases.id)).limit(50_000);
}

export async function findCase(ex: Executor, id: number, forUpdate = false): Promise<CaseRow | undefined> {
  const q = ex.select().from(eduCases).where(eq(eduCases.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function caseSteps(ex: Executor, caseId: number): Promise<CaseStepRow[]> {
  return ex.select().from(eduCaseSteps).where(eq(eduCaseSteps.caseId, caseId)).orderBy(asc(eduCaseSteps.date), asc(eduCaseSteps.id));
}

export async function insertCaseStep(
  ex: Executor,
  v: { caseId: number; stepKind: CaseStepKind; action: string; document: string | null; date: string; recordedBy: string },
): Promise<CaseStepRow> {
  const [row] = await ex.insert(eduCaseSteps).values(v).returning();
  return row!;
}

export async function updateCase(ex: Executor, id: number, patch: Partial<NewCase>): Promise<void> {
  await ex.update(eduCases).set(patch).where(eq(eduCases.id, id));
}

/** Unexcused absence dates of a child, ascending. */
export async function absenceDates(ex: Executor, childId: number): Promise<string[]> {
  const rows = await queryRows<{ d: string }>(ex, sql`select date::text as d from edu_absences where child_id = ${childId} and not excused order by date`);
  return rows.map((r) => r.d);
}

export async function childRecord(ex: Executor, childId: number) {
  const [row] = await queryRows<{
    id: number;
    idNumber: string;
    name: string;
    sex: number;
    birthDate: string;
    countyCode: string;
    townshipCode: string;
    villageCode: string;
    residentCountyCode: string;
    schoolCode: string | null;
    schoolName: string | null;
    povertyAlleviated: boolean;
    disabled: boolean;
    leftBehind: boolean;
    migrant: boolean;
  }>(
    ex,
    sql`select c.id, c.id_number as "idNumber", c.name, c.sex, c.birth_date::text as "birthDate", c.county_code as "countyCode",
        c.township_code as "townshipCode", c.village_code as "villageCode", c.resident_county_code as "residentCountyCode",
        s.code as "schoolCode", s.name as "schoolName", c.poverty_alleviated as "povertyAlleviated", c.disabled,
        c.left_behind as "leftBehind", c.migrant
        from edu_children c left join edu_schools s on s.id = c.school_id where c.id = ${childId}`,
  );
  return row;
}

/** Open cases of a kind for these ID numbers (the lists a cross-check run returns). */
export async function openCasesFor(ex: Executor, kind: CaseKind, idNumbers: readonly string[]): Promise<CaseRow[]> {
  const out: CaseRow[] = [];
  for (let i = 0; i < idNumbers.length; i += 1000) {
    const chunk = idNumbers.slice(i, i + 1000);
    out.push(...(await ex.select().from(eduCases).where(and(eq(eduCases.kind, kind), eq(eduCases.status, 'open'), inArray(eduCases.idNumber, chunk)))));
  }
  return out.sort((a, b) => (a.idNumber < b.idNumber ? -1 : a.idNumber > b.idNumber ? 1 : 0));
}

/**
 * The places a notice names (限期入学通知书, 责令通知书): the child's township by name, and the school
 * to attend — the child's own school, else the case's school, else the first school of the child's
 * township, else the first school of the responsible county.
 */
export async function noticePlaces(ex: Executor, c: { childId: number | null; schoolCode: string | null; responsibleCountyCode: string }) {
  const [row] = await queryRows<{ township: string | null; school: string | null }>(
    ex,
    sql`with ch as (select township_code, school_id from edu_children where id = ${c.childId})
        select (select t.name from townships t where t.code = (select township_code from ch)) as township,
          coalesce(
            (select s.name from edu_schools s where s.id = (select school_id from ch)),
            (select s.name from edu_schools s where s.code = ${c.schoolCode}),
            (select s.name from edu_schools s where s.township_code = (select township_code from ch) order by s.code limit 1),
            (select s.name from edu_schools s where s.county_code = ${c.responsibleCountyCode} order by s.code limit 1)
          ) as school`,
  );
  return { township: row?.township ?? null, school: row?.school ?? null };
}
