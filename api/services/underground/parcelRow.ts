import type { LayerRowInput, ParcelRowInput } from '../../../db/repositories/underground';
import type { PlacedParcel } from './placeParcels';

/** The stored row of a prepared parcel, with the quote cached for map colouring. */
export function parcelRow(p: PlacedParcel, synthetic = false): { row: ParcelRowInput; layers: LayerRowInput[] } {
  const i = p.input;
  return {
    row: {
      code: i.code,
      name: i.name,
      kind: i.kind,
      publicLand: i.publicLand ?? null,
      countyCode: p.place.countyCode,
      townshipCode: p.place.townshipCode,
      use: i.use,
      supply: i.supply,
      surfaceAllocated: i.surfaceAllocated,
      surfaceUnitPrice: i.surfaceUnitPrice,
      publicParking: i.publicParking,
      civilAirDefence: i.civilAirDefence,
      wartimeUse: i.wartimeUse ?? null,
      peacetimeUse: i.peacetimeUse ?? null,
      status: i.status,
      termStart: i.termStart,
      surfaceUse: i.surfaceUse ?? null,
      surfaceTermYears: i.surfaceTermYears ?? null,
      footprint: i.footprint,
      feeTotal: p.quote.total,
      feeTier: p.tier as ParcelRowInput['feeTier'],
      synthetic,
    },
    layers: p.layers.map((l) => ({ ...l })),
  };
}
