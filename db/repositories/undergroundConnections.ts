import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import { insertChunked } from '../bulk';
import { undergroundConnections } from '../schema/underground';

export type ConnectionRowInput = Omit<typeof undergroundConnections.$inferInsert, 'id'>;

export async function insertConnections(ex: Executor, rows: ConnectionRowInput[]): Promise<void> {
  await insertChunked(ex, undergroundConnections, rows);
}

export interface StoredConnection {
  level: string;
  state: 'reserved' | 'built';
  otherId: number;
  otherCode: string;
  otherName: string;
  /** Code of the parcel that builds the connection (the later builder, Art. 22). */
  builderCode: string;
  reserverCode: string;
}

/** Recorded connections (Art. 22) of one parcel, from its side. */
export async function connectionsOf(ex: Executor, parcelId: number): Promise<StoredConnection[]> {
  return queryRows<StoredConnection>(
    ex,
    sql`select c.level, c.state, o.id as "otherId", o.code as "otherCode", o.name as "otherName",
        bp.code as "builderCode", rp.code as "reserverCode"
      from underground_connections c
      join underground_parcels o on o.id = case when c.parcel_a = ${parcelId} then c.parcel_b else c.parcel_a end
      join underground_parcels bp on bp.id = c.builder
      join underground_parcels rp on rp.id = case when c.builder = c.parcel_a then c.parcel_b else c.parcel_a end
      where c.parcel_a = ${parcelId} or c.parcel_b = ${parcelId}
      order by o.code, c.level`,
  );
}
