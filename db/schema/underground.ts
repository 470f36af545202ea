import { pgTable, serial, integer, text, boolean, doublePrecision, date, timestamp, index, uniqueIndex, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { geometry, validGeometry } from './geometry';
import {
  connectionStates,
  parcelKinds,
  parcelStatuses,
  parcelUses,
  publicLandTypes,
  supplyMethods,
} from '../../api/domain/underground/vocabulary';
import { feeTierIds } from '../../api/domain/underground/feeTier';

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

/**
 * Underground-space parcels (东政办〔2023〕95号 Art. 3, 10, 11): the footprint is the horizontal
 * projection of the right. fee_total / fee_tier cache the engine's quote at the last write so the
 * map can colour thousands of parcels without re-quoting each one.
 */
export const undergroundParcels = pgTable(
  'underground_parcels',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: parcelKinds }).notNull(),
    publicLand: text('public_land', { enum: publicLandTypes }),
    countyCode: text('county_code').notNull(),
    townshipCode: text('township_code'),
    use: text('use', { enum: parcelUses }).notNull(),
    supply: text('supply', { enum: supplyMethods }).notNull(),
    surfaceAllocated: boolean('surface_allocated').notNull(),
    surfaceUnitPrice: doublePrecision('surface_unit_price').notNull(),
    publicParking: boolean('public_parking').notNull(),
    civilAirDefence: boolean('civil_air_defence').notNull().default(false),
    wartimeUse: text('wartime_use'),
    peacetimeUse: text('peacetime_use'),
    status: text('status', { enum: parcelStatuses }).notNull(),
    termStart: date('term_start', { mode: 'string' }).notNull(),
    // Art. 18: a 结建 parcel's term follows the surface right.
    surfaceUse: text('surface_use', { enum: parcelUses }),
    surfaceTermYears: integer('surface_term_years'),
    footprint: geometry('footprint', 'MultiPolygon').notNull(),
    feeTotal: doublePrecision('fee_total').notNull().default(0),
    feeTier: text('fee_tier', { enum: feeTierIds }).notNull().default('free'),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('underground_parcels_code_idx').on(t.code),
    index('underground_parcels_footprint_idx').using('gist', t.footprint),
    validGeometry('underground_parcels_footprint_valid', t.footprint),
    index('underground_parcels_county_idx').on(t.countyCode),
    check('underground_parcels_kind_check', inList('kind', parcelKinds)),
    check('underground_parcels_use_check', inList('use', parcelUses)),
    check('underground_parcels_supply_check', inList('supply', supplyMethods)),
    check('underground_parcels_status_check', inList('status', parcelStatuses)),
    check('underground_parcels_price_check', sql`surface_unit_price >= 0`),
  ],
);

/** Layers of a parcel, top down (Art. 8, 10): depths in metres below outdoor ground. */
export const undergroundLayers = pgTable(
  'underground_layers',
  {
    id: serial('id').primaryKey(),
    parcelId: integer('parcel_id')
      .notNull()
      .references(() => undergroundParcels.id, { onDelete: 'cascade' }),
    ord: integer('ord').notNull(),
    level: text('level').notNull(),
    topDepth: doublePrecision('top_depth').notNull(),
    bottomDepth: doublePrecision('bottom_depth').notNull(),
    netHeight: doublePrecision('net_height').notNull(),
    projectionArea: doublePrecision('projection_area').notNull(),
    floorArea: doublePrecision('floor_area'),
    use: text('use', { enum: parcelUses }).notNull(),
  },
  (t) => [
    index('underground_layers_parcel_idx').on(t.parcelId),
    uniqueIndex('underground_layers_parcel_level_idx').on(t.parcelId, t.level),
    check('underground_layers_depth_check', sql`top_depth < bottom_depth`),
    check('underground_layers_area_check', sql`projection_area >= 0 and net_height > 0`),
  ],
);

/** Art. 22: the earlier builder reserves the interface, the later builder builds the connection. */
export const undergroundConnections = pgTable(
  'underground_connections',
  {
    id: serial('id').primaryKey(),
    parcelA: integer('parcel_a')
      .notNull()
      .references(() => undergroundParcels.id, { onDelete: 'cascade' }),
    parcelB: integer('parcel_b')
      .notNull()
      .references(() => undergroundParcels.id, { onDelete: 'cascade' }),
    level: text('level').notNull(),
    state: text('state', { enum: connectionStates }).notNull(),
    /** The parcel that builds the connection (the later builder). */
    builder: integer('builder').notNull(),
  },
  (t) => [
    uniqueIndex('underground_connections_pair_idx').on(t.parcelA, t.parcelB, t.level),
    index('underground_connections_b_idx').on(t.parcelB),
    check('underground_connections_state_check', inList('state', connectionStates)),
  ],
);
