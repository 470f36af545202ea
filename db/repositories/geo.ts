import { sql } from 'drizzle-orm';
import type { Geometry } from 'geojson';
import { queryRows, type Executor } from '../client';
import { featureCollectionQuery } from '../geojson';

type FC = { type: 'FeatureCollection'; features: unknown[] };

async function collection(ex: Executor, q: ReturnType<typeof featureCollectionQuery>): Promise<FC> {
  const [row] = await queryRows<{ features: unknown[] | string }>(ex, q);
  const features = typeof row?.features === 'string' ? JSON.parse(row.features) : (row?.features ?? []);
  return { type: 'FeatureCollection', features };
}

export const countyCollection = (ex: Executor) =>
  collection(
    ex,
    featureCollectionQuery({
      from: sql`counties`,
      geom: sql`geom`,
      properties: sql`json_build_object('code', code, 'name', name, 'synthetic', false)`,
      orderBy: sql`code`,
    }),
  );

export const townshipCollection = (ex: Executor) =>
  collection(
    ex,
    featureCollectionQuery({
      from: sql`townships`,
      geom: sql`geom`,
      properties: sql`json_build_object('code', code, 'name', name, 'countyCode', county_code, 'villageCount', village_count, 'synthetic', synthetic)`,
      orderBy: sql`code`,
    }),
  );

export const villageCollection = (ex: Executor, countyCode?: string) =>
  collection(
    ex,
    featureCollectionQuery({
      from: sql`villages`,
      geom: sql`geom`,
      properties: sql`json_build_object('code', code, 'name', name, 'townshipCode', township_code, 'countyCode', county_code, 'population', population, 'synthetic', synthetic)`,
      where: countyCode ? sql`county_code = ${countyCode}` : undefined,
      orderBy: sql`code`,
    }),
  );

export const districtCollection = (ex: Executor) =>
  collection(
    ex,
    featureCollectionQuery({
      from: sql`districts`,
      geom: sql`geom`,
      properties: sql`json_build_object('code', code, 'name', name, 'synthetic', synthetic)`,
      orderBy: sql`code`,
    }),
  );

export async function countyBboxes(ex: Executor) {
  return queryRows<{ code: string; name: string; minx: number; miny: number; maxx: number; maxy: number }>(
    ex,
    sql`select code, name, ST_XMin(geom) as minx, ST_YMin(geom) as miny, ST_XMax(geom) as maxx, ST_YMax(geom) as maxy from counties order by code`,
  );
}

export async function countCounties(ex: Executor): Promise<number> {
  const [row] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from counties`);
  return Number(row?.n ?? 0);
}

/**
 * One label point per county and township: a point on the surface of the largest part, so a
 * multi-part county (民和县) is named once, not once per part.
 */
export const labelPointCollection = (ex: Executor) =>
  collection(
    ex,
    featureCollectionQuery({
      from: sql`(
        select 'county' as kind, code, name, (
          select ST_PointOnSurface(d.geom) from ST_Dump(c.geom) d order by ST_Area(d.geom) desc limit 1
        ) as pt from counties c
        union all
        select 'township', code, name, (
          select ST_PointOnSurface(d.geom) from ST_Dump(t.geom) d order by ST_Area(d.geom) desc limit 1
        ) from townships t
      ) l`,
      geom: sql`pt`,
      properties: sql`json_build_object('kind', kind, 'code', code, 'name', name)`,
      orderBy: sql`kind, code`,
    }),
  );

/**
 * A reference polygon as written at load: `ST_MakeValid` keeping only its polygons
 * (`ST_CollectionExtract(…, 3)`), as a MultiPolygon. The shipped county outlines self-touch
 * (data/README.md); the repair moves their area by ≤ 0.01 km² (FACTS.md) and lets the
 * `ST_IsValid` checks hold. Typed as the column's GeoJSON so it can stand in an insert row.
 */
export const repairedPolygon = (g: Geometry): Geometry =>
  sql`ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(g)}), 4326)), 3))` as unknown as Geometry;
