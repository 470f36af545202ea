// Synthetic gas-using venues and enterprises for the demo (东政办〔2023〕98号 §一(二) lists the
// kinds). Deterministic: same geography, seed and scale → same venues in the same order.
import type { Geography } from './geography';
import { addDays } from '../../api/domain/shared/calendarDate';
import { districtNames, type DistrictCode } from '../../api/domain/geo/vocabulary';
import { venueTypeLabels, type PipelineUserKind, type VenueType } from '../../api/domain/gas/vocabulary';
import { createRng, int, pick, randomPointInPolygon, uniform, weightedPick, type Rng } from './random';

export interface GeneratedVenue {
  name: string;
  venueType: VenueType;
  pipelineUserKind: PipelineUserKind;
  lastSafetyCheckOn: string | null;
  address: string | null;
  lon: number;
  lat: number;
}

/** Venues at scale 1 (issue 4: "about 10,000 synthetic venues"). */
export const venuesAtScale1 = 10_000;

// Share of venues per district; the park is small and industrial.
const districtShares: readonly [DistrictCode, number][] = [
  ['630202', 0.22],
  ['630203', 0.17],
  ['630222', 0.2],
  ['630223', 0.17],
  ['630224', 0.1],
  ['630225', 0.09],
  ['park', 0.05],
];

// Restaurants are by far the most common gas users; enterprises are few.
const typeWeights: Record<VenueType, number> = {
  restaurant: 48,
  shop_mall: 12,
  market: 5,
  tourist_site: 3,
  hospital: 3,
  school: 7,
  elderly_care: 2,
  temple: 4,
  gas_operator: 2,
  hazchem_transport: 1,
  special_equipment_inspection: 0.5,
  appliance_seller: 3,
};
const parkTypeWeights: Record<VenueType, number> = {
  ...typeWeights,
  restaurant: 20,
  gas_operator: 8,
  hazchem_transport: 8,
  special_equipment_inspection: 2,
  appliance_seller: 6,
  temple: 0,
  tourist_site: 0,
};

const nameStems = ['兴旺', '福源', '和顺', '老马', '河湟', '金城', '雪域', '青海湖', '东湖', '丰泽', '清真', '聚福', '安康', '顺达'];

function pipelineKind(rng: Rng, type: VenueType): PipelineUserKind {
  if (type === 'hazchem_transport' || type === 'special_equipment_inspection') return 'none';
  if (type === 'market' || type === 'temple' || type === 'tourist_site') {
    return weightedPick(rng, ['non_residential', 'residential', 'none'] as const, [3, 2, 5]);
  }
  return weightedPick(rng, ['non_residential', 'residential', 'none'] as const, [6, 1, 3]);
}

export function generateGasVenues(geography: Geography, opts: { seed: string; scale: number; today: string }): GeneratedVenue[] {
  const rng = createRng(`${opts.seed}:gas:venues`);
  const total = Math.max(14, Math.round(venuesAtScale1 * opts.scale));
  const villagesByCounty = new Map<string, [number, number][]>();
  for (const v of geography.villages.features) {
    const list = villagesByCounty.get(v.properties.countyCode) ?? [];
    list.push(v.geometry.coordinates as [number, number]);
    villagesByCounty.set(v.properties.countyCode, list);
  }
  const park = geography.park.features[0]!.geometry;
  const venues: GeneratedVenue[] = [];
  const types = Object.keys(typeWeights) as VenueType[];
  for (const [district, share] of districtShares) {
    const n = Math.max(2, Math.round(total * share));
    const weights = types.map((t) => (district === 'park' ? parkTypeWeights : typeWeights)[t]);
    const villages = villagesByCounty.get(district) ?? [];
    for (let i = 0; i < n; i++) {
      const venueType = weightedPick(rng, types, weights);
      let lon: number;
      let lat: number;
      if (district === 'park' || villages.length === 0) {
        [lon, lat] = randomPointInPolygon(rng, park, { decimals: 6 });
      } else {
        // Venues sit in settlements: around a village point, within about 1 km.
        const [vx, vy] = pick(rng, villages);
        lon = Math.round((vx + uniform(rng, -0.01, 0.01)) * 1e6) / 1e6;
        lat = Math.round((vy + uniform(rng, -0.008, 0.008)) * 1e6) / 1e6;
      }
      const pipelineUserKind = pipelineKind(rng, venueType);
      const lastSafetyCheckOn =
        pipelineUserKind === 'none' || rng() < 0.06 ? null : addDays(opts.today, -int(rng, 10, 1000));
      const place = districtNames[district as keyof typeof districtNames].zh;
      venues.push({
        name: `${place}${pick(rng, nameStems)}${venueTypeLabels[venueType].zh}${i + 1}号`,
        venueType,
        pipelineUserKind,
        lastSafetyCheckOn,
        address: null,
        lon,
        lat,
      });
    }
  }
  return venues;
}
