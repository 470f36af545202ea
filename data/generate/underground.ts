// Synthetic underground-space parcels in the urban cores of 乐都区 and 平安区 (东政办〔2023〕95号
// Art. 2: central city). Deterministic for a seed; counts proportional to scale. Every parcel is
// labelled synthetic. No I/O.
import type { Polygon } from 'geojson';
import type { TownshipArea } from './townships';
import { createRng, int, pick, pointInPolygon, shuffle, uniform, weightedPick, type Rng } from './random';
import { representativePoint } from './representativePoint';
import { isCentralCity } from '../../api/domain/underground/policyScope';

export type DemoUse = 'commercial' | 'residential' | 'office' | 'public_service' | 'infrastructure' | 'civil_air_defence' | 'parking' | 'transport';
export type DemoSupply = 'agreement' | 'tender' | 'auction' | 'listing' | 'allocation' | 'lease';

export interface DemoLayer {
  topDepth: number;
  bottomDepth: number;
  netHeight: number;
}

export interface DemoParcel {
  code: string;
  name: string;
  kind: 'combined' | 'standalone';
  publicLand: 'road' | 'green' | 'square' | null;
  countyCode: string;
  townshipCode: string;
  use: DemoUse;
  supply: DemoSupply;
  surfaceAllocated: boolean;
  surfaceUnitPrice: number;
  publicParking: boolean;
  civilAirDefence: boolean;
  wartimeUse: string | null;
  peacetimeUse: string | null;
  status: 'planned' | 'approved' | 'registered';
  termStart: string;
  surfaceUse: DemoUse | null;
  surfaceTermYears: number | null;
  footprint: Polygon;
  layers: DemoLayer[];
}

export interface DemoConnection {
  a: string;
  b: string;
  level: string;
  state: 'reserved' | 'built';
  builder: string;
}

/** Parcels per core at scale 1 (≈2,000 in total); the two old town centres get the most. */
const coreWeights: Record<string, number> = { 碾伯街道: 0.36, 平安街道: 0.34, 岗沟街道: 0.16, 小峡街道: 0.14 };
const cellM = 130;
const mPerDegLat = 111_320;

type Archetype = {
  id: string;
  weight: number;
  kind: 'combined' | 'standalone';
  publicLand: DemoParcel['publicLand'];
  use: DemoUse;
  supplies: DemoSupply[];
  price: [number, number];
  names: string[];
};

// A realistic mix: mostly 结建 housing and shops with 1–3 basements, 单建 under roads and squares.
const archetypes: Archetype[] = [
  { id: 'res', weight: 40, kind: 'combined', publicLand: null, use: 'residential', supplies: ['agreement'], price: [1600, 3200], names: ['花园小区地下室', '家园地下车库', '小区地下空间'] },
  { id: 'com', weight: 24, kind: 'combined', publicLand: null, use: 'commercial', supplies: ['agreement', 'listing', 'auction'], price: [2400, 5200], names: ['商业综合体地下商场', '购物中心地下层', '商厦地下空间'] },
  { id: 'off', weight: 8, kind: 'combined', publicLand: null, use: 'office', supplies: ['agreement'], price: [2000, 3600], names: ['办公楼地下室', '大厦地下车库'] },
  { id: 'park', weight: 10, kind: 'standalone', publicLand: 'road', use: 'parking', supplies: ['agreement', 'tender'], price: [1200, 2400], names: ['路地下公共停车场', '路下停车库'] },
  { id: 'cad', weight: 8, kind: 'standalone', publicLand: 'square', use: 'civil_air_defence', supplies: ['allocation', 'lease'], price: [900, 1600], names: ['广场人防工程', '人防地下空间'] },
  { id: 'trans', weight: 5, kind: 'standalone', publicLand: 'road', use: 'transport', supplies: ['agreement'], price: [1000, 2000], names: ['路地下通道', '地下人行过街通道'] },
  { id: 'infra', weight: 5, kind: 'standalone', publicLand: 'green', use: 'infrastructure', supplies: ['allocation'], price: [800, 1400], names: ['公园地下综合管廊', '绿地地下泵站'] },
];
const streets = ['滨河', '湟水', '古城', '新城', '朝阳', '文化', '建设', '康宁', '振兴', '柳湾', '平安', '碾伯', '东大', '西关'];

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

function isoDay(rng: Rng, from: string, to: string): string {
  const a = Date.parse(from);
  const b = Date.parse(to);
  return new Date(a + Math.floor(rng() * ((b - a) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
}

/** A rectangle w × h metres centred at (lon, lat), counter-clockwise (RFC 7946). */
function rectangle(lon: number, lat: number, w: number, h: number): Polygon {
  const dx = w / 2 / (mPerDegLat * Math.cos((lat * Math.PI) / 180));
  const dy = h / 2 / mPerDegLat;
  const p = (x: number, y: number) => [round(x, 7), round(y, 7)];
  return { type: 'Polygon', coordinates: [[p(lon - dx, lat - dy), p(lon + dx, lat - dy), p(lon + dx, lat + dy), p(lon - dx, lat + dy), p(lon - dx, lat - dy)]] };
}

/** Basement stack: optional semi-basement, then 1–3 storeys of 3.6–4.5 m, sometimes a low plant room. */
function layerStack(rng: Rng, floors: number, semi: boolean, lowPlant: boolean): DemoLayer[] {
  const out: DemoLayer[] = [];
  let depth = 0;
  if (semi) {
    // GB 50352-2019: floor 1.5 m below ground with 3.6 m net height → 1/3 < 1.5/3.6 ≤ 1/2: 半地下.
    out.push({ topDepth: -2.1, bottomDepth: 1.5, netHeight: 3.3 });
    depth = 1.5;
  }
  for (let i = 0; i < floors; i++) {
    const storey = round(uniform(rng, 3.6, 4.5), 1);
    out.push({ topDepth: round(depth, 1), bottomDepth: round(depth + storey, 1), netHeight: round(storey - 0.5, 1) });
    depth += storey;
  }
  if (lowPlant) {
    // Art. 3: net height ≤ 2.2 m creates no land-use right — kept so the engine's warning shows.
    const h = round(uniform(rng, 2.5, 2.7), 1);
    out.push({ topDepth: round(depth, 1), bottomDepth: round(depth + h, 1), netHeight: round(h - 0.5, 1) });
  }
  return out;
}

/** Cell centres of a square grid spiralling out from the core's centre, kept inside the township. */
function coreCells(area: TownshipArea, needed: number): [number, number][] {
  const [cx, cy] = representativePoint(area.geometry);
  const dLat = cellM / mPerDegLat;
  const dLon = cellM / (mPerDegLat * Math.cos((cy * Math.PI) / 180));
  const cells: [number, number][] = [];
  for (let r = 0; cells.length < needed && r < 400; r++) {
    for (let i = -r; i <= r; i++) {
      for (let j = -r; j <= r; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== r) continue;
        const x = cx + i * dLon;
        const y = cy + j * dLat;
        if (pointInPolygon(x, y, area.geometry)) cells.push([x, y]);
      }
    }
  }
  return cells.slice(0, needed);
}

export interface UndergroundDemoOptions {
  seed: string;
  scale: number;
  townships: readonly TownshipArea[];
  today: string;
}

export function generateUndergroundParcels(opts: UndergroundDemoOptions): { parcels: DemoParcel[]; connections: DemoConnection[] } {
  const rng = createRng(`${opts.seed}:underground`);
  const total = Math.max(24, Math.round(2000 * opts.scale));
  const cores = opts.townships.filter((t) => coreWeights[t.properties.name] !== undefined && isCentralCity(t.properties.countyCode));
  const parcels: DemoParcel[] = [];
  const connections: DemoConnection[] = [];
  let serial = 0;
  const nextCode = (county: string) => `DXKJ-${county}-${String(++serial).padStart(5, '0')}`;

  const make = (t: TownshipArea, a: Archetype, lon: number, lat: number, w: number, h: number): DemoParcel => {
    const supply = pick(rng, a.supplies);
    const status = weightedPick(rng, ['registered', 'approved', 'planned'] as const, [45, 35, 20]);
    const termStart = status === 'planned' ? isoDay(rng, '2025-01-01', opts.today) : isoDay(rng, '2023-10-07', '2025-10-06');
    const floors = a.kind === 'combined' ? weightedPick(rng, [1, 2, 3], [40, 40, 20]) : weightedPick(rng, [1, 2], [60, 40]);
    const semi = a.kind === 'combined' && rng() < 0.12;
    const cad = a.use === 'civil_air_defence';
    const surfaceUse = a.kind === 'combined' ? (a.use === 'office' && rng() < 0.3 ? 'commercial' : a.use) : null;
    return {
      code: nextCode(t.properties.countyCode),
      name: `${t.properties.name}${pick(rng, streets)}${pick(rng, a.names)}`,
      kind: a.kind,
      publicLand: a.publicLand,
      countyCode: t.properties.countyCode,
      townshipCode: t.properties.code,
      use: a.use,
      supply,
      surfaceAllocated: a.id === 'infra' || (cad && supply === 'allocation'),
      surfaceUnitPrice: Math.round(uniform(rng, a.price[0], a.price[1]) / 10) * 10,
      publicParking: a.use === 'parking' || (a.id === 'com' && rng() < 0.15),
      civilAirDefence: cad,
      wartimeUse: cad ? '人员掩蔽' : null,
      peacetimeUse: cad ? (supply === 'lease' ? '地下商业（平战结合）' : '停车库') : null,
      status,
      termStart,
      surfaceUse,
      surfaceTermYears: surfaceUse === 'residential' ? 70 : surfaceUse === 'commercial' ? 40 : surfaceUse ? 50 : null,
      footprint: rectangle(lon, lat, w, h),
      layers: layerStack(rng, floors, semi, rng() < 0.07),
    };
  };

  for (const t of cores) {
    const share = Math.round(total * coreWeights[t.properties.name]!);
    // Pair cells hold two parcels 3 m apart (Art. 22 connection candidates), so fewer cells suffice.
    const cells = shuffle(rng, coreCells(t, share));
    let made = 0;
    for (const [x, y] of cells) {
      if (made >= share) break;
      const a = weightedPick(rng, archetypes, archetypes.map((k) => k.weight));
      if (made + 2 <= share && rng() < 0.1) {
        // Two neighbours on the same B1 level with a 3 m gap: the earlier reserves, the later builds.
        const w = int(rng, 40, 55);
        const h = int(rng, 50, 90);
        const offset = (w + 3) / 2 / (mPerDegLat * Math.cos((y * Math.PI) / 180));
        const left = make(t, a, x - offset, y, w, h);
        const right = make(t, weightedPick(rng, archetypes.slice(0, 4), [40, 24, 8, 10]), x + offset, y, w, h);
        parcels.push(left, right);
        const second = left.termStart <= right.termStart ? right : left;
        connections.push({ a: left.code, b: right.code, level: 'B1', state: rng() < 0.4 ? 'built' : 'reserved', builder: second.code });
        made += 2;
        continue;
      }
      const road = a.publicLand === 'road';
      const w = road ? int(rng, 14, 24) : int(rng, 45, 105);
      const h = road ? int(rng, 80, 115) : int(rng, 40, 100);
      parcels.push(make(t, a, x, y, w, h));
      made++;
    }
  }

  // A handful of deliberate 3D conflicts: a planned parcel drawn over an existing one's volume.
  const conflicts = Math.max(3, Math.round(8 * opts.scale));
  const hosts = shuffle(rng, parcels.filter((p) => p.kind === 'combined')).slice(0, conflicts);
  for (const host of hosts) {
    const ring = host.footprint.coordinates[0]!;
    const [x, y] = [(ring[0]![0]! + ring[2]![0]!) / 2, (ring[0]![1]! + ring[2]![1]!) / 2];
    const t = cores.find((c) => c.properties.code === host.townshipCode)!;
    const clash = make(t, archetypes[3]!, x + 20 / (mPerDegLat * Math.cos((y * Math.PI) / 180)), y, 18, 90);
    clash.name = `${clash.name}（规划冲突示例）`;
    clash.status = 'planned';
    parcels.push(clash);
  }
  return { parcels, connections };
}
