import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { StoredRegisterRow } from '../../api/domain/education/crossCheckCases';
import type { RegisterKind } from '../../api/domain/education/vocabulary';

export interface RegisterImportRow {
  id: number;
  kind: RegisterKind;
  asOf: string;
  rowCount: number;
  source: string;
  importedAt: string;
  /** The county of a county-bound import; null = city-wide. */
  countyCode: string | null;
}

const importColumns = sql`id, kind, as_of::text as "asOf", row_count as "rowCount", source, imported_at::text as "importedAt", county_code as "countyCode"`;

/**
 * Which imports a caller reaches (issue 14): a county-bound education user its county's only; a
 * city-wide user every import (`undefined`).
 */
const inCounty = (county: string | undefined) => (county === undefined ? sql`true` : sql`county_code = ${county}`);

export async function createRegisterImport(
  ex: Executor,
  v: { kind: RegisterKind; asOf: string; source: string; importedBy: string; countyCode: string | null },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    ex,
    sql`insert into edu_register_imports (kind, as_of, row_count, source, imported_by, county_code)
        values (${v.kind}, ${v.asOf}, 0, ${v.source}, ${v.importedBy}, ${v.countyCode}) returning id`,
  );
  return Number(row!.id);
}

/** Inserts rows in chunks (5 parameters a row) and sets the import's row count. */
export async function insertRegisterRows(
  ex: Executor,
  importId: number,
  rows: readonly StoredRegisterRow[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    onProgress?.(i, rows.length);
    const chunk = rows.slice(i, i + 5000);
    await ex.execute(sql`insert into edu_register_rows (import_id, id_number, name, birth_date, county_code, school_code) values ${sql.join(
      chunk.map((r) => sql`(${importId}, ${r.idNumber}, ${r.name}, ${r.birthDate}, ${r.countyCode}, ${r.schoolCode})`),
      sql`, `,
    )}`);
  }
  await ex.execute(sql`update edu_register_imports set row_count = ${rows.length} where id = ${importId}`);
}

/**
 * The newest snapshot of each register kind of one scope: a county's own imports, or (null) the
 * city-wide ones — a county's partial register never stands in for the city's, nor the reverse.
 */
export async function latestImports(ex: Executor, county: string | null = null): Promise<RegisterImportRow[]> {
  return queryRows<RegisterImportRow>(
    ex,
    sql`select distinct on (kind) ${importColumns}
        from edu_register_imports where county_code is not distinct from ${county} order by kind, as_of desc, id desc`,
  );
}

export async function listImports(ex: Executor, county?: string, limit = 50): Promise<RegisterImportRow[]> {
  return queryRows<RegisterImportRow>(ex, sql`select ${importColumns} from edu_register_imports where ${inCounty(county)} order by id desc limit ${limit}`);
}

/** The imports with these ids that the caller reaches; a missing one and another county's look alike. */
export async function importsByIds(ex: Executor, ids: readonly number[], county?: string): Promise<RegisterImportRow[]> {
  if (ids.length === 0) return [];
  return queryRows<RegisterImportRow>(ex, sql`select ${importColumns} from edu_register_imports where id in ${ids} and ${inCounty(county)}`);
}

export async function registerRows(ex: Executor, importId: number): Promise<StoredRegisterRow[]> {
  return queryRows<StoredRegisterRow>(
    ex,
    sql`select id_number as "idNumber", name, birth_date as "birthDate", county_code as "countyCode", school_code as "schoolCode"
        from edu_register_rows where import_id = ${importId}`,
  );
}

/** Children of the model by ID number: where they live (for case routing) and their row id. */
export async function childrenByIdNumber(
  ex: Executor,
  idNumbers: readonly string[],
): Promise<Map<string, { id: number; residentCountyCode: string; name: string; birthDate: string }>> {
  const out = new Map<string, { id: number; residentCountyCode: string; name: string; birthDate: string }>();
  for (let i = 0; i < idNumbers.length; i += 5000) {
    const rows = await queryRows<{ id: number; idNumber: string; residentCountyCode: string; name: string; birthDate: string }>(
      ex,
      sql`select id, id_number as "idNumber", resident_county_code as "residentCountyCode", name, birth_date::text as "birthDate"
          from edu_children where id_number in ${idNumbers.slice(i, i + 5000)}`,
    );
    for (const r of rows) out.set(r.idNumber, { ...r, id: Number(r.id) });
  }
  return out;
}

/** As-of date of the newest household register, the data's "today" for analyses. */
export async function latestRegisterDate(ex: Executor): Promise<string | null> {
  const [row] = await queryRows<{ d: string | null }>(ex, sql`select max(as_of)::text as d from edu_register_imports`);
  return row?.d ?? null;
}
