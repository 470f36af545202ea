import { pgTable, text, integer, boolean, index } from 'drizzle-orm/pg-core';
import { geometry, validGeometry } from './geometry';

/** Real county boundaries (data/boundaries, MIT sources; see data/README.md). */
export const counties = pgTable(
  'counties',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    geom: geometry('geom', 'MultiPolygon').notNull(),
  },
  (t) => [index('counties_geom_idx').using('gist', t.geom), validGeometry('counties_geom_valid', t.geom)],
);

/** Township areas: real names and codes, synthetic geometry (recursive bisection by village count). */
export const townships = pgTable(
  'townships',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    countyCode: text('county_code')
      .notNull()
      .references(() => counties.code),
    villageCount: integer('village_count').notNull(),
    synthetic: boolean('synthetic').notNull().default(true),
    geom: geometry('geom', 'MultiPolygon').notNull(),
  },
  (t) => [index('townships_geom_idx').using('gist', t.geom), index('townships_county_idx').on(t.countyCode), validGeometry('townships_geom_valid', t.geom)],
);

/** Villages: real names and codes, synthetic location and population. */
export const villages = pgTable(
  'villages',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    townshipCode: text('township_code')
      .notNull()
      .references(() => townships.code),
    countyCode: text('county_code').notNull(),
    population: integer('population').notNull(),
    synthetic: boolean('synthetic').notNull().default(true),
    geom: geometry('geom', 'Point').notNull(),
  },
  (t) => [index('villages_geom_idx').using('gist', t.geom), index('villages_township_idx').on(t.townshipCode), validGeometry('villages_geom_valid', t.geom)],
);

/**
 * Inspection districts (东政办〔2023〕98号 §二): the six counties plus the industrial park,
 * whose polygon is synthetic (built around its units).
 */
export const districts = pgTable(
  'districts',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    synthetic: boolean('synthetic').notNull(),
    geom: geometry('geom', 'MultiPolygon').notNull(),
  },
  (t) => [index('districts_geom_idx').using('gist', t.geom), validGeometry('districts_geom_valid', t.geom)],
);
