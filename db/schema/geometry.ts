import type { Geometry } from 'geojson';
import { check, customType, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * A PostGIS geometry column in SRID 4326 (WGS84 lon/lat, as RFC 7946 GeoJSON).
 * drizzle-orm only types points natively; polygons travel as GeoJSON objects and are
 * converted in SQL so the stored value is a real geometry that QGIS/GeoServer open as is.
 * Reads go through `ST_AsGeoJSON` in the repositories (see db/geojson.ts).
 */
export const geometry = (name: string, type: 'Point' | 'Polygon' | 'MultiPolygon' | 'Geometry') =>
  customType<{ data: Geometry; driverData: string }>({
    dataType() {
      return `geometry(${type},4326)`;
    },
    toDriver(value) {
      const g = sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(value)}), 4326)`;
      // A Polygon stored in a MultiPolygon column is promoted, so inputs may be either.
      return (type === 'MultiPolygon' ? sql`ST_Multi(${g})` : g) as unknown as string;
    },
  })(name);

/**
 * `CHECK (ST_IsValid(col))` (issue 12: every stored geometry is valid, so spatial joins never
 * throw a GEOS TopologyException). Reference polygons are repaired before they are written
 * (db/repositories/geo.ts `repairedPolygons`); user input is refused by the domain's checks first.
 */
export const validGeometry = (name: string, column: AnyPgColumn) => check(name, sql`ST_IsValid(${column})`);
