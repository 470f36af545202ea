import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { undergroundLayers, undergroundParcels } from '../schema/underground';

/** A parcel with its layers as the fee schedule export needs them (fees are re-quoted in the service). */
type ParcelColumns = typeof undergroundParcels.$inferSelect;
type LayerColumns = typeof undergroundLayers.$inferSelect;
export type ScheduleParcel = Pick<
  ParcelColumns,
  'id' | 'code' | 'name' | 'countyCode' | 'kind' | 'use' | 'supply' | 'surfaceAllocated' | 'surfaceUnitPrice' | 'publicParking' | 'status' | 'termStart' | 'synthetic'
> & {
  countyName: string | null;
  layers: Pick<LayerColumns, 'level' | 'topDepth' | 'bottomDepth' | 'netHeight' | 'projectionArea'>[];
};

export async function scheduleParcels(ex: Executor): Promise<ScheduleParcel[]> {
  const rows = await queryRows<ScheduleParcel & { layers: unknown }>(
    ex,
    sql`select p.id, p.code, p.name, p.county_code as "countyCode", c.name as "countyName", p.kind, p.use, p.supply,
        p.surface_allocated as "surfaceAllocated", p.surface_unit_price as "surfaceUnitPrice", p.public_parking as "publicParking",
        p.status, p.term_start::text as "termStart", p.synthetic,
        (select json_agg(json_build_object('level', l.level, 'topDepth', l.top_depth, 'bottomDepth', l.bottom_depth,
          'netHeight', l.net_height, 'projectionArea', l.projection_area) order by l.top_depth)
         from underground_layers l where l.parcel_id = p.id) as layers
      from underground_parcels p left join counties c on c.code = p.county_code
      order by p.code`,
  );
  return rows.map((r) => ({
    ...r,
    surfaceUnitPrice: Number(r.surfaceUnitPrice),
    layers: (typeof r.layers === 'string' ? JSON.parse(r.layers) : r.layers) ?? [],
  }));
}
