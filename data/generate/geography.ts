import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { industrialPark, type IndustrialParkProperties } from './industrialPark';
import { createRng, shuffle } from './random';
import { loadReferenceData, type ReferenceData } from './referenceData';
import { townshipAreas, type TownshipProperties } from './townships';
import { villagePoints, type VillageProperties } from './villages';

export interface CountyProperties {
  code: string;
  name: string;
  /** County boundaries are real (data/README.md); everything finer is synthetic. */
  synthetic: false;
}

export interface Geography {
  counties: FeatureCollection<Polygon | MultiPolygon, CountyProperties>;
  townships: FeatureCollection<Polygon | MultiPolygon, TownshipProperties>;
  villages: FeatureCollection<Point, VillageProperties>;
  park: FeatureCollection<Polygon | MultiPolygon, IndustrialParkProperties>;
}

export interface GeographyOptions {
  seed?: string;
  scale?: number;
  /** Defaults to the shipped files in data/boundaries; tests may pass a loaded copy. */
  reference?: ReferenceData;
}

/** Seeded synthetic geography inside the real county boundaries. Same options → same JSON bytes. */
export function generateGeography(options: GeographyOptions = {}): Geography {
  const { seed = 'haidong', scale = 1 } = options;
  if (!(Number.isFinite(scale) && scale > 0)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  const reference = options.reference ?? loadReferenceData();

  const counties: Feature<Polygon | MultiPolygon, CountyProperties>[] = reference.counties.map((c) => ({
    type: 'Feature',
    properties: { code: c.code, name: c.name, synthetic: false },
    geometry: c.geometry,
  }));
  // The seed decides the township order inside each county, and the order decides the layout.
  const townships = reference.counties.flatMap((c) =>
    townshipAreas(
      c,
      shuffle(
        createRng(`${seed}:townships:${c.code}`),
        reference.townships.filter((t) => t.countyCode === c.code),
      ),
    ),
  );
  const villages = villagePoints(reference.villages, townships, { seed, scale });
  const park = industrialPark(townships, reference.counties);

  return {
    counties: { type: 'FeatureCollection', features: counties },
    townships: { type: 'FeatureCollection', features: townships },
    villages: { type: 'FeatureCollection', features: villages },
    park: { type: 'FeatureCollection', features: [park] },
  };
}
