import { sql } from 'drizzle-orm';
import type { MultiPolygon, Polygon } from 'geojson';
import { queryRows, type Executor } from '../client';
import type { FoundPlace } from '../../api/domain/geo/footprintPlace';

/**
 * What the reference polygons say about each footprint (api/domain/geo/footprintPlace.ts decides
 * from it): the county holding the largest part, that county's township holding the largest part,
 * the share inside the six counties, and the stored name of a township code given with it. One
 * statement for any number of footprints (the footprints travel as one JSON parameter, so an
 * import of thousands stays far below PGlite's bind-parameter limit, db/bulk.ts).
 */
export async function footprintPlaces(ex: Executor, items: readonly { footprint: Polygon | MultiPolygon; townshipCode?: string | null }[]): Promise<FoundPlace[]> {
  if (items.length === 0) return [];
  const json = JSON.stringify(items.map((x) => ({ g: x.footprint, t: x.townshipCode ?? null })));
  const rows = await queryRows<{
    i: number; county_code: string | null; county_name: string | null; township_code: string | null; township_name: string | null;
    share: number | string | null; given_code: string | null; given_name: string | null;
  }>(
    ex,
    sql`with f as (
          select (e.ord - 1)::int as i, ST_SetSRID(ST_GeomFromGeoJSON(e.value->>'g'), 4326) as g, e.value->>'t' as given_t
          from json_array_elements(${json}::json) with ordinality as e(value, ord)
        ),
        c as (
          select f.i, c.code, c.name, ST_Area(ST_Intersection(c.geom, f.g)) as a
          from f join counties c on c.geom && f.g and ST_Intersects(c.geom, f.g)
        ),
        best_c as (select distinct on (i) i, code, name from c order by i, a desc, code),
        inside as (select i, sum(a) as a from c group by i),
        t as (
          select f.i, t.code, t.name, ST_Area(ST_Intersection(t.geom, f.g)) as a
          from f join best_c b on b.i = f.i join townships t on t.county_code = b.code and t.geom && f.g and ST_Intersects(t.geom, f.g)
        ),
        best_t as (select distinct on (i) i, code, name from t order by i, a desc, code)
        select f.i, bc.code as county_code, bc.name as county_name, bt.code as township_code, bt.name as township_name,
               coalesce(ins.a, 0) / nullif(ST_Area(f.g), 0) as share, gt.code as given_code, gt.name as given_name
        from f left join best_c bc using (i) left join best_t bt using (i) left join inside ins using (i)
             left join townships gt on gt.code = f.given_t
        order by f.i`,
  );
  return rows.map((r) => ({
    county: r.county_code ? { code: r.county_code, name: r.county_name ?? r.county_code } : null,
    township: r.township_code ? { code: r.township_code, name: r.township_name ?? r.township_code } : null,
    insideShare: Math.min(1, Number(r.share ?? 0)),
    givenTownship: r.given_code ? { code: r.given_code, name: r.given_name ?? r.given_code } : null,
  }));
}
