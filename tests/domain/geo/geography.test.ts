import { beforeAll, describe, expect, it } from 'vitest';
import { area, booleanPointInPolygon, point } from '@turf/turf';
import { generateGeography, type Geography } from '../../../data/generate/geography';
import { industrialParkUnitCodes } from '../../../data/generate/industrialPark';
import { loadReferenceData, type ReferenceData } from '../../../data/generate/referenceData';
import { representativePoint } from '../../../data/generate/representativePoint';
import { haidongExtent } from '../../../api/domain/geo/haidongExtent';
import { bboxContains } from '../../../api/domain/geo/bbox';

let reference: ReferenceData;
let geo: Geography;
// A hang guard only; the generator's speed goal (scale 1 in under 3 s) is in bench/cases/coverage.ts.
beforeAll(() => {
  reference = loadReferenceData();
  geo = generateGeography();
}, 10_000);

describe('reference data', () => {
  it('loads 6 counties, 98 townships and 1 665 villages (counts from data/README.md)', () => {
    expect(reference.counties.map((c) => c.code)).toEqual(['630202', '630203', '630222', '630223', '630224', '630225']);
    expect(reference.townships).toHaveLength(98);
    expect(reference.villages).toHaveLength(1665);
    expect(reference.townships.reduce((s, t) => s + t.villageCount, 0)).toBe(1665);
  });
});

describe('generateGeography', () => {
  it('is deterministic: same seed → byte-identical JSON, other seed → different', () => {
    const again = generateGeography({ seed: 'haidong', reference });
    expect(JSON.stringify(again)).toBe(JSON.stringify(geo));
    const other = generateGeography({ seed: 'ledu', reference });
    expect(JSON.stringify(other.townships)).not.toBe(JSON.stringify(geo.townships));
    expect(JSON.stringify(other.villages)).not.toBe(JSON.stringify(geo.villages));
    expect(other.counties).toEqual(geo.counties);
  });

  it('labels everything finer than a county synthetic', () => {
    expect(geo.counties.features.every((f) => f.properties.synthetic === false)).toBe(true);
    expect(geo.townships.features.every((f) => f.properties.synthetic === true)).toBe(true);
    expect(geo.villages.features.every((f) => f.properties.synthetic === true)).toBe(true);
    expect(geo.park.features[0].properties).toEqual({ code: 'park', name: '海东工业园区', synthetic: true });
  });

  it('gives every township land, with area share within 2 % of its village share in its county', () => {
    expect(geo.townships.features).toHaveLength(98);
    for (const county of geo.counties.features) {
      const own = geo.townships.features.filter((t) => t.properties.countyCode === county.properties.code);
      const villages = own.reduce((s, t) => s + t.properties.villageCount, 0);
      const countyArea = area(county);
      for (const t of own) {
        const areaShare = area(t) / countyArea;
        const villageShare = t.properties.villageCount / villages;
        expect(areaShare).toBeGreaterThan(0);
        expect(Math.abs(areaShare / villageShare - 1), `${t.properties.code} ${t.properties.name}`).toBeLessThan(0.02);
      }
    }
  });

  it('covers each county with its townships: areas add up to the county area (± 1e-6)', () => {
    for (const county of geo.counties.features) {
      const sum = geo.townships.features
        .filter((t) => t.properties.countyCode === county.properties.code)
        .reduce((s, t) => s + area(t), 0);
      expect(Math.abs(sum / area(county) - 1)).toBeLessThan(1e-6);
    }
  });

  it('puts every village inside its own township', () => {
    const townships = new Map(geo.townships.features.map((t) => [t.properties.code, t]));
    expect(geo.villages.features).toHaveLength(1665);
    for (const v of geo.villages.features) {
      const t = townships.get(v.properties.townshipCode)!;
      expect(booleanPointInPolygon(v, t, { ignoreBoundary: true }), v.properties.code).toBe(true);
      expect(t.properties.countyCode).toBe(v.properties.countyCode);
    }
  });

  it('gives urban committees more people than villages, and scales populations', () => {
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const urban = geo.villages.features.filter((v) => v.properties.settlement === 'urban').map((v) => v.properties.population);
    const rural = geo.villages.features.filter((v) => v.properties.settlement === 'rural').map((v) => v.properties.population);
    // Medians are drawn around 4 500 and 600 (data/README.md).
    expect(median(urban)).toBeGreaterThan(3000);
    expect(median(rural)).toBeLessThan(900);
    expect(geo.villages.features.every((v) => Number.isInteger(v.properties.population) && v.properties.population >= 1)).toBe(true);

    const tenfold = generateGeography({ scale: 10, reference });
    const total = (g: Geography) => g.villages.features.reduce((s, v) => s + v.properties.population, 0);
    // Each population is round(base × scale), so the totals differ by rounding of at most 0.5 × 1 665 per side.
    expect(Math.abs(total(tenfold) - 10 * total(geo))).toBeLessThan(10 * 0.5 * 1665 + 0.5 * 1665);
    expect(tenfold.villages.features.map((v) => v.geometry)).toEqual(geo.villages.features.map((v) => v.geometry));
  });

  it('draws the industrial park around the three park units and keeps it inside Haidong', () => {
    const park = geo.park.features[0];
    for (const code of industrialParkUnitCodes) {
      const unit = geo.townships.features.find((t) => t.properties.code === code)!;
      expect(booleanPointInPolygon(point(representativePoint(unit.geometry)), park), code).toBe(true);
      expect(booleanPointInPolygon(point(representativePoint(unit.geometry)), unit), code).toBe(true);
    }
    const positions = park.geometry.type === 'Polygon' ? park.geometry.coordinates.flat() : park.geometry.coordinates.flat(2);
    expect(positions.every(([x, y]) => bboxContains(haidongExtent, x, y))).toBe(true);
    // Three discs of radius 2.5 km are at most 3 · π · 2.5² ≈ 58.9 km²; clipped to counties, less.
    expect(area(park) / 1e6).toBeLessThan(59);
    expect(area(park) / 1e6).toBeGreaterThan(5);
  });

  it('refuses a scale that is not a positive number', () => {
    expect(() => generateGeography({ scale: 0, reference })).toThrow(/scale/);
    expect(() => generateGeography({ scale: Number.NaN, reference })).toThrow(/scale/);
  });
});

describe('haidongExtent', () => {
  it('is the bbox of the shipped county boundaries', () => {
    const positions = geo.counties.features.flatMap((f) =>
      f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates.flat(2),
    );
    const xs = positions.map((p) => p[0]);
    const ys = positions.map((p) => p[1]);
    expect(haidongExtent).toEqual([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
  });

  it('contains every township vertex and village', () => {
    for (const t of geo.townships.features) {
      const ring = t.geometry.type === 'Polygon' ? t.geometry.coordinates.flat() : t.geometry.coordinates.flat(2);
      expect(ring.every(([x, y]) => bboxContains(haidongExtent, x, y)), t.properties.code).toBe(true);
    }
    for (const v of geo.villages.features) {
      expect(bboxContains(haidongExtent, v.geometry.coordinates[0], v.geometry.coordinates[1])).toBe(true);
    }
  });
});
