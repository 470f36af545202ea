// 1,000,000 synthetic gas hazards generated INSIDE the database (generate_series + hashint4), so
// PostgreSQL and PGlite get byte-identical rows from the same statements. Venues are spread over
// each district's extent; hazards inherit their venue's district, type and position.
import { hazardCategories, hazardStatuses, venueTypes } from '../../api/domain/gas/vocabulary';
import type postgres from 'postgres';
import type { DistrictCode } from '../../api/domain/geo/vocabulary';

export interface DistrictBox {
  district: DistrictCode;
  county: string;
  groupNo: number;
  box: [number, number, number, number];
}

const arr = (items: readonly string[]) => `array[${items.map((s) => `'${s}'`).join(',')}]`;
/** Uniform [0, 1) from an integer key (deterministic: hashint4 is stable across PostgreSQL builds). */
const u = (key: string) => `((hashint4(${key}) & 2147483647)::float8 / 2147483648.0)`;

function districtValues(districts: readonly DistrictBox[]): string {
  return districts
    .map((d, k) => `(${k}, '${d.district}', '${d.county}', ${d.groupNo}, ${d.box.join(', ')})`)
    .join(',\n');
}

export function venueInsertSql(districts: readonly DistrictBox[], count: number): string {
  return `
    insert into gas_venues (name, venue_type, pipeline_user_kind, county_code, district_code, geom)
    select 'bench venue ' || i, (${arr(venueTypes)})[1 + floor(${u('i * 8 + 1')} * ${venueTypes.length})::int],
      'non_residential', d.county, d.district,
      ST_SetSRID(ST_MakePoint(round((d.x0 + (d.x1 - d.x0) * ${u('i * 8 + 2')})::numeric, 6)::float8,
                              round((d.y0 + (d.y1 - d.y0) * ${u('i * 8 + 3')})::numeric, 6)::float8), 4326)
    from generate_series(1, ${count}) i
    join (values ${districtValues(districts)}) d(k, district, county, grp, x0, y0, x1, y1) on d.k = i % ${districts.length}`;
}

export function hazardInsertSql(districts: readonly DistrictBox[], count: number): string {
  // found 15 %, rectifying 15 %, rectified 20 %, verified 50 %; major 10 %.
  const statusOf = `(case when r < 0.15 then '${hazardStatuses[0]}' when r < 0.30 then '${hazardStatuses[1]}' when r < 0.50 then '${hazardStatuses[2]}' else '${hazardStatuses[3]}' end)`;
  return `
    with bv as (
      select v.id, v.venue_type, v.county_code, v.district_code, v.geom, row_number() over (order by v.id) - 1 as rn
      from gas_venues v where v.name like 'bench venue %'
    ), n as (select count(*) as c from bv),
    g as (select d.district, d.grp from (values ${districtValues(districts)}) d(k, district, county, grp, x0, y0, x1, y1))
    insert into gas_hazards (venue_id, district_code, county_code, venue_type, group_no, category, description, severity, status,
      responsible_unit, responsible_person, measures, found_on, deadline, geom)
    select bv.id, bv.district_code, bv.county_code, bv.venue_type, g.grp,
      (${arr(hazardCategories)})[1 + floor(${u('i * 8 + 5')} * ${hazardCategories.length})::int],
      '示例隐患 bench hazard', case when ${u('i * 8 + 6')} < 0.1 then 'major' else 'general' end, ${statusOf},
      '示例单位', '示例负责人', '限期整改',
      date '2025-01-01' + floor(${u('i * 8 + 7')} * 600)::int,
      date '2025-01-01' + floor(${u('i * 8 + 7')} * 600)::int + 30,
      bv.geom
    from (select i, ${u('i * 8 + 4')} as r from generate_series(1, ${count}) i) s
    cross join n
    join bv on bv.rn = (s.i::bigint * 7919) % n.c
    join g on g.district = bv.district_code`;
}

/** Each gas district's venue extent in a seeded database: where the generated rows go. */
export async function districtBoxes(sql: postgres.Sql): Promise<DistrictBox[]> {
  const rows = await sql<{ district: DistrictCode; county: string; no: number; x0: number; y0: number; x1: number; y1: number }[]>`
    select g.district_code as district, min(v.county_code) as county, g.no,
      ST_XMin(ST_Extent(v.geom)) as x0, ST_YMin(ST_Extent(v.geom)) as y0, ST_XMax(ST_Extent(v.geom)) as x1, ST_YMax(ST_Extent(v.geom)) as y1
    from gas_groups g join gas_venues v on v.district_code = g.district_code
    where g.district_code is not null group by g.district_code, g.no order by g.no`;
  if (rows.length === 0) throw new Error('no seeded venues per district: the demo seeder did not run');
  return rows.map((r) => ({ district: r.district, county: r.county, groupNo: r.no, box: [r.x0, r.y0, r.x1, r.y1] }));
}
