// The fee of a stored parcel: quoted with its own figures on its term-start date, the day the
// transfer contract fixed the price (东政办〔2023〕95号 Art. 15). The parcel detail and the fee
// schedule export both show this quote. No I/O.
import { feePolicies, type FeePolicy } from './feePolicies';
import { feeQuote, type FeeQuote } from './feeQuote';
import type { Level } from './layerLevel';
import type { ParcelUse, SupplyMethod } from './vocabulary';

export interface StoredParcelFees {
  supply: SupplyMethod;
  use: ParcelUse;
  surfaceAllocated: boolean;
  publicParking: boolean;
  surfaceUnitPrice: number;
  termStart: string;
  /** Stored layers carry a checked level code (db/schema/underground.ts). */
  layers: readonly { level: string; topDepth: number; bottomDepth: number; netHeight: number; projectionArea: number }[];
}

export function termStartQuote(p: StoredParcelFees, policies: readonly FeePolicy[] = feePolicies): FeeQuote {
  return feeQuote(
    {
      supply: p.supply,
      use: p.use,
      surfaceAllocated: p.surfaceAllocated,
      publicParking: p.publicParking,
      surfaceUnitPrice: p.surfaceUnitPrice,
      date: p.termStart,
      layers: p.layers.map((l) => ({ level: l.level as Level, topDepth: l.topDepth, bottomDepth: l.bottomDepth, netHeight: l.netHeight, area: l.projectionArea })),
    },
    policies,
    p.termStart,
  );
}
