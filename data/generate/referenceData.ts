import { parseCsvRows } from '../../api/domain/shared/csv';
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

// The data loader: the only module under data/generate that touches the file system.
// Files and their provenance: data/README.md.

export interface County {
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

export interface Township {
  code: string;
  name: string;
  countyCode: string;
  /** Number of villages/communities listed for this township in haidong-villages.csv. */
  villageCount: number;
}

export interface Village {
  code: string;
  name: string;
  townshipCode: string;
  countyCode: string;
}

export interface ReferenceData {
  counties: County[];
  townships: Township[];
  villages: Village[];
}

/** CSV text → one record per data row, keyed by the header (data/boundaries files). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows = parseCsvRows(text);
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r) => {
    if (r.length !== header.length) {
      throw new Error(`CSV row has ${r.length} fields, header has ${header.length}: ${r.join(',')}`);
    }
    return Object.fromEntries(header.map((h, k) => [h, r[k]]));
  });
}

function readBoundaryFile(name: string): string {
  return readFileSync(new URL(`../boundaries/${name}`, import.meta.url), 'utf8');
}

function required(row: Record<string, string>, key: string): string {
  const value = row[key];
  if (value === undefined || value === '') throw new Error(`CSV row lacks ${key}: ${JSON.stringify(row)}`);
  return value;
}

/** Reads data/boundaries/* afresh on every call (nothing is cached). */
export function loadReferenceData(): ReferenceData {
  const countyNames = new Map(
    parseCsv(readBoundaryFile('haidong-counties.csv')).map((r) => [required(r, 'code'), required(r, 'name')]),
  );
  const shapes = JSON.parse(readBoundaryFile('haidong-counties.geojson')) as FeatureCollection<
    Polygon | MultiPolygon,
    { code: string; name: string }
  >;
  const counties: County[] = shapes.features
    .map((f: Feature<Polygon | MultiPolygon, { code: string; name: string }>) => ({
      code: String(f.properties.code),
      name: countyNames.get(String(f.properties.code)) ?? f.properties.name,
      geometry: f.geometry,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));

  const villages: Village[] = parseCsv(readBoundaryFile('haidong-villages.csv')).map((r) => ({
    code: required(r, 'code'),
    name: required(r, 'name'),
    townshipCode: required(r, 'streetCode'),
    countyCode: required(r, 'areaCode'),
  }));
  const villageCounts = new Map<string, number>();
  for (const v of villages) villageCounts.set(v.townshipCode, (villageCounts.get(v.townshipCode) ?? 0) + 1);

  const townships: Township[] = parseCsv(readBoundaryFile('haidong-townships.csv')).map((r) => ({
    code: required(r, 'code'),
    name: required(r, 'name'),
    countyCode: required(r, 'areaCode'),
    villageCount: villageCounts.get(required(r, 'code')) ?? 0,
  }));

  const countyCodes = new Set(counties.map((c) => c.code));
  for (const t of townships) {
    if (!countyCodes.has(t.countyCode)) throw new Error(`township ${t.code} names unknown county ${t.countyCode}`);
  }
  return { counties, townships, villages };
}
