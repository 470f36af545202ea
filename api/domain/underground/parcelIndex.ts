// Bounding-box index over parcel footprints (flatbush, static R-tree) for candidate pairs.
import Flatbush from 'flatbush';
import { footprintBbox, type ParcelVolume } from './parcelVolume';

/** Padding of a parcel's bbox in degrees [dLon, dLat]. */
export type BboxPad = (p: ParcelVolume) => readonly [number, number];

/** null for no parcels (flatbush needs at least one item). */
export function buildIndex(parcels: readonly ParcelVolume[], pad: BboxPad = () => [0, 0]): Flatbush | null {
  if (parcels.length === 0) return null;
  const index = new Flatbush(parcels.length);
  for (const p of parcels) {
    const [minX, minY, maxX, maxY] = footprintBbox(p.footprint);
    const [dx, dy] = pad(p);
    index.add(minX - dx, minY - dy, maxX + dx, maxY + dy);
  }
  index.finish();
  return index;
}
