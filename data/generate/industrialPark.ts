import { buffer, featureCollection, intersect, point, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { representativePoint } from './representativePoint';
import type { County } from './referenceData';
import type { TownshipArea } from './townships';

// 海东工业园区 is district 'park' of the gas domain, but it has no boundary in any shipped
// package. Its units appear among the townships (codes ending 400, DOMAIN.md "Geography"); the
// park is drawn as small discs around each unit's synthetic township area.

export const industrialParkUnitCodes = ['630202400', '630203400', '630223400'] as const;

export interface IndustrialParkProperties {
  code: 'park';
  name: '海东工业园区';
  synthetic: true;
}

export type IndustrialPark = Feature<Polygon | MultiPolygon, IndustrialParkProperties>;

export interface IndustrialParkOptions {
  radiusKm?: number;
}

function rounded(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(([x, y]) => [r(x), r(y)])) }
    : {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((rings) => rings.map((ring) => ring.map(([x, y]) => [r(x), r(y)]))),
      };
}

/**
 * Union of discs (default radius 2.5 km) around the representative point of each park unit,
 * each disc cut to the unit's county so the park never leaves Haidong.
 */
export function industrialPark(
  townships: readonly TownshipArea[],
  counties: readonly County[],
  options: IndustrialParkOptions = {},
): IndustrialPark {
  const { radiusKm = 2.5 } = options;
  const discs = industrialParkUnitCodes.map((code) => {
    const unit = townships.find((t) => t.properties.code === code);
    if (!unit) throw new Error(`industrial-park unit ${code} is missing from the township areas`);
    const disc = buffer(point(representativePoint(unit.geometry)), radiusKm, { units: 'kilometers', steps: 16 });
    const county = counties.find((c) => c.code === unit.properties.countyCode);
    if (!disc || !county) throw new Error(`could not place industrial-park unit ${code}`);
    const countyFeature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: county.geometry };
    const inside = intersect(featureCollection([disc as Feature<Polygon>, countyFeature]));
    if (!inside) throw new Error(`industrial-park unit ${code} lies outside its county`);
    return inside;
  });
  const merged = union(featureCollection(discs));
  if (!merged) throw new Error('industrial-park discs have an empty union');
  return {
    type: 'Feature',
    properties: { code: 'park', name: '海东工业园区', synthetic: true },
    geometry: rounded(merged.geometry),
  };
}
