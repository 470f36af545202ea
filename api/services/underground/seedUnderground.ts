import { sql } from 'drizzle-orm';
import { insertChunked } from '../../../db/bulk';
import { queryRows } from '../../../db/client';
import { insertConnections } from '../../../db/repositories/undergroundConnections';
import { undergroundLayers, undergroundParcels } from '../../../db/schema/underground';
import { generateUndergroundParcels } from '../../../data/generate/underground';
import type { DemoSeeder } from '../demo/seeders';
import { parcelInputSchema } from '../../routes/underground/schemas';
import { parcelRow } from './parcelRow';
import { prepareParcel } from './prepareParcel';

/**
 * Demo underground parcels (≈2,000 × scale, synthetic) through the same validation and fee
 * engine as the API; the deliberate conflicts are inserted as they are, which is the point.
 */
export const undergroundSeeder: DemoSeeder = {
  name: 'underground',
  table: 'underground_parcels',
  async run(tx, ctx) {
    const { parcels, connections } = generateUndergroundParcels({ seed: ctx.seed, scale: ctx.scale, townships: ctx.geography.townships.features, today: ctx.today });
    // The generator places each parcel inside its township's synthetic area, so its codes are the
    // ones the footprint rule (api/domain/geo/footprintPlace.ts) would derive.
    const prepared = parcels.map((p) => {
      const body = parcelInputSchema.parse(p);
      return parcelRow({ ...prepareParcel(body), place: { countyCode: body.countyCode!, townshipCode: body.townshipCode ?? null } }, true);
    });
    await insertChunked(tx, undergroundParcels, prepared.map((p) => p.row));
    const ids = new Map(
      (await queryRows<{ id: number; code: string }>(tx, sql`select id, code from underground_parcels where synthetic`)).map((r) => [r.code, r.id]),
    );
    await insertChunked(tx, undergroundLayers, prepared.flatMap((p) => p.layers.map((l) => ({ ...l, parcelId: ids.get(p.row.code)! }))));
    await insertConnections(
      tx,
      connections.map((c) => ({ parcelA: ids.get(c.a)!, parcelB: ids.get(c.b)!, level: c.level, state: c.state, builder: ids.get(c.builder)! })),
    );
    ctx.log(`  underground: ${parcels.length} parcels, ${connections.length} connections (synthetic)`);
  },
};
