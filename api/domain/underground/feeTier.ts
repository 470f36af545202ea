// Fee tier of a parcel for map colouring, from its quote. Thresholds are data (yuan), so a
// city can re-band the legend without touching the code. No I/O.
import type { Bilingual } from '../shared/bilingual';

export const feeTierIds = ['free', 'lease', 'low', 'mid', 'high'] as const;
export type FeeTierId = (typeof feeTierIds)[number];

export type FeeTier = {
  readonly id: FeeTierId;
  readonly label: Bilingual;
  /** Upper bound (exclusive, yuan) for banded tiers; null for the special tiers and the top band. */
  readonly below: number | null;
  readonly color: string;
};

// Sequential yellow-orange-brown for money; grey for no fee and blue for rent, which is not a
// transfer fee at all (东政办〔2023〕95号 Art. 15).
export const feeTiers: readonly FeeTier[] = [
  { id: 'free', label: { zh: '免收', en: 'No fee' }, below: null, color: '#bdbdbd' },
  { id: 'lease', label: { zh: '租赁（缴租金）', en: 'Lease (rent)' }, below: null, color: '#6baed6' },
  { id: 'low', label: { zh: '100万元以下', en: 'Under ¥1M' }, below: 1_000_000, color: '#fee391' },
  { id: 'mid', label: { zh: '100万–500万元', en: '¥1M – ¥5M' }, below: 5_000_000, color: '#fe9929' },
  { id: 'high', label: { zh: '500万元及以上', en: '¥5M and above' }, below: null, color: '#cc4c02' },
];

export function feeTier(quote: { readonly total: number; readonly rent: boolean }, tiers: readonly FeeTier[] = feeTiers): FeeTier {
  const find = (id: FeeTierId) => {
    const tier = tiers.find((t) => t.id === id);
    if (!tier) throw new Error(`feeTier: tier '${id}' missing from the tier table`);
    return tier;
  };
  if (!Number.isFinite(quote.total) || quote.total < 0) throw new Error(`feeTier: invalid total ${quote.total}`);
  if (quote.rent) return find('lease');
  if (quote.total === 0) return find('free');
  const banded = tiers.filter((t) => t.below !== null).sort((a, b) => (a.below ?? 0) - (b.below ?? 0));
  return banded.find((t) => quote.total < (t.below ?? Infinity)) ?? find('high');
}
