import type { Executor } from '../../../db/client';
import { footprintPlaces } from '../../../db/repositories/footprintPlaces';
import { footprintPlace, type Place } from '../../domain/geo/footprintPlace';
import { DomainError } from '../../domain/shared/domainError';
import type { PreparedParcel } from './prepareParcel';

export type PlacedParcel = PreparedParcel & { place: Place };

/**
 * County and township of each prepared parcel from its footprint (issue 12): one query for all,
 * one rule (api/domain/geo/footprintPlace.ts). A parcel the rule refuses gets its error in its
 * slot, so an import reports it on its row; create and update throw it (`placeParcel`).
 */
export async function placeParcels(ex: Executor, prepared: readonly PreparedParcel[]): Promise<(PlacedParcel | DomainError)[]> {
  const found = await footprintPlaces(ex, prepared.map((p) => ({ footprint: p.input.footprint, townshipCode: p.input.townshipCode })));
  return prepared.map((p, i) => {
    try {
      return { ...p, place: footprintPlace(p.input, found[i]!) };
    } catch (err) {
      if (err instanceof DomainError) return err;
      throw err;
    }
  });
}

export async function placeParcel(ex: Executor, prepared: PreparedParcel): Promise<PlacedParcel> {
  const [placed] = await placeParcels(ex, [prepared]);
  if (placed instanceof DomainError) throw placed;
  return placed!;
}
