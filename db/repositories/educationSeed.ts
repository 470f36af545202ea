import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { queryRows } from '../client';

// Bulk loaders for the 控辍保学 demo data: one multi-row INSERT per chunk with literal values
// (generated data only, never user input) and ST_MakePoint, which PGlite parses far faster than
// per-row GeoJSON parameters.

const lit = (v: string | number | boolean | null): string =>
  v === null ? 'null' : typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v);

async function insertValues(ex: Executor, head: string, rows: readonly string[], chunk = 4000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    await ex.execute(sql.raw(`${head} values ${rows.slice(i, i + chunk).join(',')}`));
  }
}

const point = (lon: number, lat: number) => `ST_SetSRID(ST_MakePoint(${lon},${lat}),4326)`;

export interface SchoolSeedRow {
  code: string;
  name: string;
  level: string;
  capacity: number;
  countyCode: string;
  townshipCode: string;
  lon: number;
  lat: number;
}

/** Inserts schools and returns their ids in input order. */
export async function insertSchools(ex: Executor, schools: readonly SchoolSeedRow[]): Promise<number[]> {
  await insertValues(
    ex,
    'insert into edu_schools (code, name, level, capacity, county_code, township_code, geom)',
    schools.map((s) => `(${lit(s.code)},${lit(s.name)},${lit(s.level)},${s.capacity},${lit(s.countyCode)},${lit(s.townshipCode)},${point(s.lon, s.lat)})`),
  );
  const rows = await queryRows<{ id: number; code: string }>(ex, sql`select id, code from edu_schools`);
  const ids = new Map(rows.map((r) => [r.code, Number(r.id)]));
  return schools.map((s) => ids.get(s.code)!);
}

/**
 * Catchments: Voronoi cells of the schools offering a level, per county, clipped to the county
 * and to a radius around the school (remote areas stay outside every catchment, as in reality).
 * A county with a single school of the level gets the county ∩ radius.
 */
export async function buildCatchments(ex: Executor, radiusMeters: { primary: number; junior: number }): Promise<void> {
  for (const level of ['primary', 'junior'] as const) {
    const offering = sql.raw(level === 'primary' ? `('primary','nine_year')` : `('junior','nine_year')`);
    const share = sql.raw(level === 'primary' ? `case when s.level = 'nine_year' then 2.0/3 else 1 end` : `case when s.level = 'nine_year' then 1.0/3 else 1 end`);
    const clip = (cell: SQL) =>
      sql`ST_Multi(ST_CollectionExtract(ST_Intersection(ST_Intersection(${cell}, co.geom), ST_Buffer(s.geom::geography, ${radiusMeters[level]})::geometry), 3))`;
    await ex.execute(sql`
      with cells as (
        select county_code, (ST_Dump(ST_VoronoiPolygons(ST_Collect(geom)))).geom as cell
        from edu_schools where level in ${offering} group by county_code having count(*) > 1
      ), clipped as (
        select distinct on (s.id) s.id, round(s.capacity * ${share})::int as capacity, ${clip(sql`c.cell`)} as geom
        from cells c
        join edu_schools s on s.county_code = c.county_code and s.level in ${offering} and ST_Intersects(c.cell, s.geom)
        join counties co on co.code = s.county_code
        order by s.id
      )
      insert into edu_catchments (school_id, level, capacity, geom)
      select id, ${level}, capacity, geom from clipped where not ST_IsEmpty(geom)`);
    await ex.execute(sql`
      insert into edu_catchments (school_id, level, capacity, geom)
      select s.id, ${level}, round(s.capacity * ${share})::int, ${clip(sql`co.geom`)}
      from edu_schools s join counties co on co.code = s.county_code
      where s.level in ${offering}
        and not exists (select 1 from edu_catchments e where e.school_id = s.id and e.level = ${level})`);
  }
}

export interface ChildSeedRow {
  idNumber: string;
  name: string;
  sex: number;
  birthDate: string;
  countyCode: string;
  townshipCode: string;
  villageCode: string;
  residentCountyCode: string;
  lon: number;
  lat: number;
  schoolId: number | null;
  povertyAlleviated: boolean;
  disabled: boolean;
  leftBehind: boolean;
  migrant: boolean;
}

export async function insertChildren(ex: Executor, children: readonly ChildSeedRow[]): Promise<void> {
  await insertValues(
    ex,
    'insert into edu_children (id_number, name, sex, birth_date, county_code, township_code, village_code, resident_county_code, home, school_id, poverty_alleviated, disabled, left_behind, migrant)',
    children.map(
      (c) =>
        `(${lit(c.idNumber)},${lit(c.name)},${c.sex},${lit(c.birthDate)},${lit(c.countyCode)},${lit(c.townshipCode)},${lit(c.villageCode)},${lit(c.residentCountyCode)},${point(c.lon, c.lat)},${lit(c.schoolId)},${c.povertyAlleviated},${c.disabled},${c.leftBehind},${c.migrant})`,
    ),
  );
}

/** The four registers as of `asOf`, derived from the children in SQL; returns the import ids. */
export async function seedRegisters(ex: Executor, asOf: string, notAttending: readonly string[]): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  const absent = sql.raw(`array[${notAttending.map(lit).join(',') || "''"}]::text[]`);
  const sources: [string, SQL][] = [
    ['household', sql`select id_number, name, birth_date::text, county_code, null from edu_children`],
    ['students', sql`select c.id_number, null, null, s.county_code, s.code from edu_children c join edu_schools s on s.id = c.school_id`],
    ['in_school', sql`select id_number, null, null, null, null from edu_children where school_id is not null and not (id_number = any(${absent}))`],
    ['poverty', sql`select id_number, null, null, county_code, null from edu_children where poverty_alleviated`],
  ];
  for (const [kind, select] of sources) {
    const [row] = await queryRows<{ id: number }>(
      ex,
      sql`insert into edu_register_imports (kind, as_of, row_count, source, imported_by) values (${kind}, ${asOf}, 0, 'demo', 'demo') returning id`,
    );
    const importId = Number(row!.id);
    ids[kind] = importId;
    await ex.execute(sql`insert into edu_register_rows (import_id, id_number, name, birth_date, county_code, school_code)
      select ${importId}, q.* from (${select}) q`);
    await ex.execute(sql`update edu_register_imports set row_count = (select count(*) from edu_register_rows where import_id = ${importId}) where id = ${importId}`);
  }
  return ids;
}

/** Deliberate household-register errors: [id number as stored, replacement id, replacement birth date]. */
export async function corruptHouseholdRows(ex: Executor, importId: number, changes: readonly [string, string, string][]): Promise<void> {
  if (changes.length === 0) return;
  const values = changes.map(([from, to, birth]) => `(${lit(from)},${lit(to)},${lit(birth)})`).join(',');
  await ex.execute(
    sql.raw(`update edu_register_rows r set id_number = v.to_id, birth_date = v.birth
      from (values ${values}) as v(from_id, to_id, birth) where r.import_id = ${importId} and r.id_number = v.from_id`),
  );
}

export async function insertAbsences(ex: Executor, rows: readonly { idNumber: string; date: string }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 4000) {
    const values = rows.slice(i, i + 4000).map((r) => `(${lit(r.idNumber)},${lit(r.date)})`).join(',');
    await ex.execute(
      sql.raw(`insert into edu_absences (child_id, school_id, date)
        select c.id, c.school_id, v.d::date from (values ${values}) as v(id_number, d)
        join edu_children c on c.id_number = v.id_number where c.school_id is not null`),
    );
  }
}

export async function insertCohortStats(
  ex: Executor,
  rows: readonly { townshipCode: string; countyCode: string; schoolYear: number; grade1: number; grade9: number; atStart: number; lost: number }[],
): Promise<void> {
  await insertValues(
    ex,
    'insert into edu_cohort_stats (county_code, township_code, school_year, grade1_enrolment, grade9_graduates, students_at_year_start, students_lost)',
    rows.map((r) => `(${lit(r.countyCode)},${lit(r.townshipCode)},${r.schoolYear},${r.grade1},${r.grade9},${r.atStart},${r.lost})`),
  );
}
