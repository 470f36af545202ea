import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import { geoJsonText } from '../geojson';
import { casesFrom } from './educationCasesAsOf';

// Aggregates over the stored 控辍保学 data. Nothing here returns a child's identity: counts by
// catchment, township, county or grid cell only.

export interface AgeBands {
  refYear: number;
  minAge: number;
  primaryMaxAge: number;
  maxAge: number;
  refMonthDay: string;
}

/** Children with their school level ('primary' | 'junior' | null) on the reference day. */
function leveledChildren(b: AgeBands, county?: string): SQL {
  return sql`(select c.*, a.age, case
      when a.age between ${b.minAge} and ${b.primaryMaxAge} then 'primary'
      when a.age between ${b.primaryMaxAge + 1} and ${b.maxAge} then 'junior' end as level
    from edu_children c,
    lateral (select ${b.refYear}::int - extract(year from c.birth_date)::int
      - case when to_char(c.birth_date, 'MM-DD') > ${b.refMonthDay} then 1 else 0 end as age) a
    ${county ? sql`where c.county_code = ${county}` : sql``})`;
}

/**
 * Children inside some catchment of their level, as a CTE. A join driven by the GiST index and
 * a hashed NOT IN is far faster than a correlated NOT EXISTS, which the planner runs as a
 * nested anti-join scanning every catchment per child.
 */
function covered(b: AgeBands, county?: string): SQL {
  return sql`covered as materialized (
    select distinct k.id from ${leveledChildren(b, county)} k
    join edu_catchments ct on ct.level = k.level and ST_Covers(ct.geom, k.home))`;
}

export interface CatchmentLoadRow {
  catchmentId: number;
  schoolCode: string;
  schoolName: string;
  countyCode: string;
  townshipCode: string;
  level: 'primary' | 'junior';
  capacity: number;
  children: number;
}

/**
 * PostGIS reference for the catchment loads. The API computes them in memory
 * (api/services/education/storedCoverage.ts); tests hold the two equal.
 */
export async function catchmentLoads(ex: Executor, b: AgeBands, county?: string): Promise<CatchmentLoadRow[]> {
  const rows = await queryRows<CatchmentLoadRow>(
    ex,
    sql`select ct.id as "catchmentId", s.code as "schoolCode", s.name as "schoolName", s.county_code as "countyCode",
          s.township_code as "townshipCode", ct.level, ct.capacity, count(k.id)::int as children
        from edu_catchments ct join edu_schools s on s.id = ct.school_id
        left join ${leveledChildren(b)} k on k.level = ct.level and ST_Covers(ct.geom, k.home)
        ${county ? sql`where s.county_code = ${county}` : sql``}
        group by ct.id, s.code, s.name, s.county_code, s.township_code, ct.level, ct.capacity
        order by s.code, ct.level`,
  );
  return rows.map((r) => ({ ...r, catchmentId: Number(r.catchmentId), capacity: Number(r.capacity), children: Number(r.children) }));
}

export async function catchmentGeometries(ex: Executor, county?: string): Promise<{ catchmentId: number; geometry: string }[]> {
  return queryRows(
    ex,
    sql`select ct.id as "catchmentId", ${geoJsonText(sql`ct.geom`)} as geometry
        from edu_catchments ct join edu_schools s on s.id = ct.school_id
        ${county ? sql`where s.county_code = ${county}` : sql``}`,
  );
}

export interface TownshipCoverageRow {
  townshipCode: string;
  countyCode: string;
  schoolAge: number;
  uncovered: number;
}

/**
 * School-age children per township of household and how many live in no catchment of their level.
 * PostGIS reference of the in-memory computation, as `catchmentLoads`.
 */
export async function townshipCoverage(ex: Executor, b: AgeBands, county?: string): Promise<TownshipCoverageRow[]> {
  const rows = await queryRows<TownshipCoverageRow>(
    ex,
    sql`with ${covered(b, county)}
        select k.township_code as "townshipCode", k.county_code as "countyCode", count(*)::int as "schoolAge",
          count(*) filter (where k.id not in (select id from covered))::int as uncovered
        from ${leveledChildren(b, county)} k where k.level is not null
        group by k.township_code, k.county_code order by 1`,
  );
  return rows.map((r) => ({ ...r, schoolAge: Number(r.schoolAge), uncovered: Number(r.uncovered) }));
}

/** Uncovered children counted per square grid cell (lower-left corner); PostGIS reference, as `catchmentLoads`. */
export async function uncoveredGrid(ex: Executor, b: AgeBands, cell: number, county?: string): Promise<{ x: number; y: number; count: number }[]> {
  const rows = await queryRows<{ x: number; y: number; count: number }>(
    ex,
    sql`with ${covered(b, county)}
        select floor(ST_X(k.home) / ${cell}) * ${cell} as x, floor(ST_Y(k.home) / ${cell}) * ${cell} as y, count(*)::int as count
        from ${leveledChildren(b, county)} k
        where k.level is not null and k.id not in (select id from covered)
        group by 1, 2 order by 1, 2`,
  );
  return rows.map((r) => ({ x: Number(r.x), y: Number(r.y), count: Number(r.count) }));
}

export interface DistanceRow {
  schoolCode: string;
  schoolName: string;
  townshipCode: string;
  countyCode: string;
  lon: number;
  lat: number;
  children: number;
  flagged: number;
  meanMeters: number;
}

/** Enrolled school-age children per school: how many live farther than the threshold of their level. */
export async function distanceBySchool(ex: Executor, b: AgeBands, t: { primary: number; junior: number }, county?: string): Promise<DistanceRow[]> {
  const rows = await queryRows<DistanceRow>(
    ex,
    sql`select s.code as "schoolCode", s.name as "schoolName", s.township_code as "townshipCode", s.county_code as "countyCode",
          ST_X(s.geom) as lon, ST_Y(s.geom) as lat, count(*)::int as children,
          count(*) filter (where d.m > case when k.level = 'primary' then ${t.primary}::float8 else ${t.junior}::float8 end)::int as flagged,
          round(avg(d.m))::int as "meanMeters"
        from ${leveledChildren(b, county)} k join edu_schools s on s.id = k.school_id,
        lateral (select ST_DistanceSphere(k.home, s.geom) as m) d
        where k.level is not null
        group by s.code, s.name, s.township_code, s.county_code, s.geom order by s.code`,
  );
  return rows.map((r) => ({ ...r, lon: Number(r.lon), lat: Number(r.lat), children: Number(r.children), flagged: Number(r.flagged), meanMeters: Number(r.meanMeters) }));
}

export interface TownshipCaseRow {
  townshipCode: string;
  countyCode: string;
  schoolAge: number;
  dropouts: number;
  outOfSchool: number;
  povertyDropouts: number;
}

/** Open cases per township of the child's household, beside the township's school-age children. */
/** School-age children and open cases per township; with `asOf`, the cases open on that day (casesFrom). */
export async function casesByTownship(ex: Executor, b: AgeBands, county?: string, asOf?: string): Promise<TownshipCaseRow[]> {
  const rows = await queryRows<TownshipCaseRow>(
    ex,
    sql`with kids as (select township_code, county_code, count(*)::int as n from ${leveledChildren(b, county)} k
          where k.level is not null group by 1, 2),
        open as (select c.township_code, edu_cases.kind, edu_cases.poverty from ${casesFrom(asOf)}
          join edu_children c on c.id = edu_cases.child_id where edu_cases.status = 'open')
        select kids.township_code as "townshipCode", kids.county_code as "countyCode", kids.n as "schoolAge",
          (select count(*) from open o where o.township_code = kids.township_code and o.kind = 'dropout')::int as dropouts,
          (select count(*) from open o where o.township_code = kids.township_code and o.kind = 'out_of_school')::int as "outOfSchool",
          (select count(*) from open o where o.township_code = kids.township_code and o.kind = 'dropout' and o.poverty)::int as "povertyDropouts"
        from kids order by 1`,
  );
  return rows.map((r) => ({ ...r, schoolAge: Number(r.schoolAge), dropouts: Number(r.dropouts), outOfSchool: Number(r.outOfSchool), povertyDropouts: Number(r.povertyDropouts) }));
}

export interface CohortRowDb {
  countyCode: string;
  townshipCode: string;
  schoolYear: number;
  grade1Enrolment: number;
  grade9Graduates: number;
  studentsAtYearStart: number;
  studentsLost: number;
}

export async function cohortStats(ex: Executor, county?: string): Promise<CohortRowDb[]> {
  const rows = await queryRows<CohortRowDb>(
    ex,
    sql`select county_code as "countyCode", township_code as "townshipCode", school_year as "schoolYear",
          grade1_enrolment as "grade1Enrolment", grade9_graduates as "grade9Graduates",
          students_at_year_start as "studentsAtYearStart", students_lost as "studentsLost"
        from edu_cohort_stats ${county ? sql`where county_code = ${county}` : sql``} order by township_code, school_year`,
  );
  return rows.map((r) => ({
    ...r,
    schoolYear: Number(r.schoolYear),
    grade1Enrolment: Number(r.grade1Enrolment),
    grade9Graduates: Number(r.grade9Graduates),
    studentsAtYearStart: Number(r.studentsAtYearStart),
    studentsLost: Number(r.studentsLost),
  }));
}

export interface SchoolDropoutRow {
  schoolCode: string;
  schoolLevel: 'primary' | 'junior' | 'nine_year';
  townshipCode: string;
  countyCode: string;
  unreturnedDropouts: number;
  firstOpenedOn: string | null;
}

/** Unreturned (open) dropouts per school, every school listed. */
export async function dropoutsBySchool(ex: Executor, county?: string): Promise<SchoolDropoutRow[]> {
  const rows = await queryRows<SchoolDropoutRow>(
    ex,
    sql`select s.code as "schoolCode", s.level as "schoolLevel", s.township_code as "townshipCode", s.county_code as "countyCode",
          count(e.id)::int as "unreturnedDropouts", min(e.opened_on)::text as "firstOpenedOn"
        from edu_schools s left join edu_cases e on e.school_code = s.code and e.kind = 'dropout' and e.status = 'open'
        ${county ? sql`where s.county_code = ${county}` : sql``}
        group by s.code, s.level, s.township_code, s.county_code order by s.code`,
  );
  return rows.map((r) => ({ ...r, unreturnedDropouts: Number(r.unreturnedDropouts) }));
}

export async function schoolCollection(ex: Executor, county?: string): Promise<unknown> {
  const [row] = await queryRows<{ fc: unknown }>(
    ex,
    sql`select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
          'type', 'Feature', 'geometry', ${geoJsonText(sql`geom`)}::json,
          'properties', json_build_object('code', code, 'name', name, 'level', level, 'capacity', capacity, 'townshipCode', township_code, 'countyCode', county_code)
        ) order by code), '[]'::json)) as fc
        from edu_schools ${county ? sql`where county_code = ${county}` : sql``}`,
  );
  return row?.fc;
}

/** Open dropout cases per responsible county (海东 "零辍学" read as none open). */
/** Open dropout cases per responsible county; with `asOf`, those open on that day (casesFrom). */
export async function openDropoutsByCounty(ex: Executor, county?: string, asOf?: string): Promise<Map<string, number>> {
  const rows = await queryRows<{ countyCode: string; n: number }>(
    ex,
    sql`select responsible_county_code as "countyCode", count(*)::int as n from ${casesFrom(asOf)}
        where kind = 'dropout' and status = 'open' ${county ? sql`and responsible_county_code = ${county}` : sql``}
        group by 1`,
  );
  return new Map(rows.map((r) => [r.countyCode, Number(r.n)]));
}

export interface RiskChildRow {
  id: number;
  idNumber: string;
  name: string;
  countyCode: string;
  townshipCode: string;
  age: number;
  povertyAlleviated: boolean;
  disabled: boolean;
  leftBehind: boolean;
  migrant: boolean;
  absences: number;
  meters: number | null;
}

/** School-age children of a county with what the risk index reads: flags, unexcused absences in (from, asOf], distance to the 学籍 school. */
export async function riskInputs(ex: Executor, b: AgeBands, county: string, from: string, asOf: string): Promise<RiskChildRow[]> {
  const rows = await queryRows<RiskChildRow>(
    ex,
    sql`select k.id, k.id_number as "idNumber", k.name, k.county_code as "countyCode", k.township_code as "townshipCode", k.age,
          k.poverty_alleviated as "povertyAlleviated", k.disabled, k.left_behind as "leftBehind", k.migrant,
          (select count(*) from edu_absences ab where ab.child_id = k.id and not ab.excused and ab.date > ${from}::date and ab.date <= ${asOf}::date)::int as absences,
          case when s.id is null then null else ST_DistanceSphere(k.home, s.geom) end as meters
        from ${leveledChildren(b, county)} k left join edu_schools s on s.id = k.school_id
        where k.level is not null order by k.id`,
  );
  return rows.map((r) => ({ ...r, age: Number(r.age), absences: Number(r.absences), meters: r.meters === null ? null : Number(r.meters) }));
}
