import proj4 from 'proj4';
import { supportedCrs, type Crs } from './crsList';
import type { Geometry, Position } from 'geojson';
import { invalid } from '../shared/domainError';

// Coordinate reference systems an import may arrive in (issue 12; FACTS.md "CGCS2000"). Only
// these are reprojected, with definitions shipped here (proj4 has no EPSG database of its own):
// WGS84 EPSG:4326, CGCS2000 geographic EPSG:4490 (≈ WGS84 to sub-metre, taken as equal), and the
// CGCS2000 Gauss-Krüger zones — 3° with zone prefix 4513–4533 (zones 25–45, CM 75°E–135°E),
// 3° without 4534–4554, 6° with prefix 4491–4501 (zones 13–23, CM 75°E–135°E), 6° without 4502–4512.
// Xi'an 1980 and Beijing 1954 need the surveyor's seven parameters, which no file carries: refused.

export { supportedCrs, type Crs } from './crsList';

// A declared CRS always wins over the user's pick (a pick cannot turn Xi'an 1980 into CGCS2000: that
// needs the surveyor's seven parameters), so a refused declaration says to reproject; only a file that
// declares nothing is told to pick (the import dialog's CRS select, `crs` field, settleCrs below).
const reproject = {
  zh: '请用测绘单位提供的转换参数先转换为 CGCS2000（EPSG:4490/4543 等）',
  en: 'reproject to CGCS2000 (EPSG:4490, 4543, …) with the surveyor’s parameters first',
};
const pick = {
  zh: '请在导入界面选择坐标系（如 EPSG:4543）后重试，或在 GIS 软件中定义投影后再导出',
  en: 'pick the CRS in the import dialog (e.g. EPSG:4543) and try again, or define the projection in a GIS and export again',
};

/** A file's CRS that cannot be used: names what was found and what to do. */
export const crsRefused = (found: string) =>
  invalid('crs_unsupported', { zh: `不支持的坐标系：${found}；${reproject.zh}`, en: `Unsupported coordinate system: ${found}; ${reproject.en}` }, 'crs');

/** A file that declares no CRS and whose numbers are not degrees (or a Shapefile without .prj): the user picks one. */
export const crsMissing = (zh: string, en: string) => invalid('crs_missing', { zh: `${zh}；${pick.zh}`, en: `${en}; ${pick.en}` }, 'crs');

const label = (c: Crs) => `EPSG:${c.epsg} ${c.name}`;

/**
 * The CRS a file is read in: the file's own declaration wins; the user's pick is used only when the
 * file declares none (then it also wins over the degrees-or-refuse guess); a pick that disagrees with
 * the declaration is refused naming both. WGS 84 and CGCS2000 geographic count as the same
 * (FACTS.md: equal to sub-metre).
 */
export function settleCrs(declared: Crs | undefined, picked: Crs | undefined, undeclared: () => Crs): Crs {
  if (!declared) return picked ?? undeclared();
  if (picked && picked.epsg !== declared.epsg && !(picked.geographic && declared.geographic)) {
    throw invalid(
      'crs_conflict',
      {
        zh: `文件声明的坐标系为 ${label(declared)}，与所选的 ${label(picked)} 不一致；以文件为准，请不选或选 ${label(declared)}`,
        en: `The file declares ${label(declared)}, which differs from the picked ${label(picked)}; the file's own CRS is used, so pick none or ${label(declared)}`,
      },
      'crs',
    );
  }
  return declared;
}

const legacy = /xi'?an[\s_]*1980|西安\s*1980|beijing[\s_]*1954|北京\s*1954|\b2380\b|\b2401\b|\b2433\b|\b4610\b|\b4214\b/i;

/** EPSG code from a GeoJSON `crs` member name (urn:ogc:def:crs:EPSG::4543, EPSG:4543, OGC CRS84). */
export function crsFromName(name: string): Crs {
  if (/CRS84$/i.test(name)) return supportedCrs.get(4326)!;
  const code = /EPSG:{1,2}(?:[\d.]*:)?(\d{4,5})$/i.exec(name.trim())?.[1];
  const crs = code === undefined ? undefined : supportedCrs.get(Number(code));
  if (!crs) throw crsRefused(legacy.test(name) ? `${name}（西安1980/北京1954 / Xi'an 1980 / Beijing 1954）` : name);
  return crs;
}

const param = (wkt: string, name: string) => {
  const v = new RegExp(`PARAMETER\\["${name}",\\s*(-?[\\d.]+)`, 'i').exec(wkt)?.[1];
  return v === undefined ? undefined : Number(v);
};

/**
 * The CRS of a Shapefile's .prj (ESRI WKT) or any OGC WKT: an EPSG authority if present, else
 * CGCS2000 geographic, or CGCS2000 transverse Mercator matched by central meridian and false easting.
 */
export function crsFromWkt(wkt: string): Crs {
  const name = /^(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\["([^"]+)"/i.exec(wkt.trim())?.[1] ?? wkt.slice(0, 60);
  if (legacy.test(wkt)) throw crsRefused(`${name}（西安1980/北京1954 / Xi'an 1980 / Beijing 1954）`);
  const authorities = [...wkt.matchAll(/(?:AUTHORITY|ID)\["EPSG",\s*"?(\d+)"?\]/gi)].map((m) => Number(m[1]));
  const top = authorities.at(-1);
  if (top !== undefined && supportedCrs.has(top)) return supportedCrs.get(top)!;
  const cgcs = /CGCS[\s_]*2000|China[\s_]Geodetic[\s_]Coordinate[\s_]System[\s_]2000/i.test(wkt);
  const projected = /^\s*PROJ(CS|CRS)\[/i.test(wkt);
  if (!projected) {
    if (cgcs) return supportedCrs.get(4490)!;
    if (/WGS[\s_]*(19)?84/i.test(wkt)) return supportedCrs.get(4326)!;
    throw crsRefused(name);
  }
  const lon0 = param(wkt, 'central_meridian');
  const x0 = param(wkt, 'false_easting');
  const k = param(wkt, 'scale_factor') ?? 1;
  const lat0 = param(wkt, 'latitude_of_origin') ?? 0;
  if (cgcs && /Transverse_Mercator|Gauss_Kruger/i.test(wkt) && lon0 !== undefined && x0 !== undefined && k === 1 && lat0 === 0) {
    for (const crs of supportedCrs.values()) {
      if (!crs.geographic && crs.proj4.includes(`+lon_0=${lon0} `) && crs.proj4.includes(`+x_0=${x0} `)) return crs;
    }
  }
  throw crsRefused(name);
}

/** A file without any CRS: WGS84 if its numbers are degrees; numbers that look projected are refused. */
export function crsWithoutDeclaration(sample: readonly Position[]): Crs {
  const projected = sample.some(([x, y]) => Math.abs(x!) > 180 || Math.abs(y!) > 90);
  if (projected) {
    throw crsMissing(
      `文件未声明坐标系，坐标（如 ${sample[0]!.join(', ')}）像投影坐标`,
      `The file declares no coordinate system and its numbers (e.g. ${sample[0]!.join(', ')}) look projected`,
    );
  }
  return supportedCrs.get(4326)!;
}

/** Every well-formed position of a geometry, for sampling the numbers of a file. */
export function positionsOf(g: Geometry): Position[] {
  // The geometry comes from a user's file: any nesting, number or shape may be wrong. Only
  // well-formed positions are sampled; the row's own validation names what is malformed.
  const out: Position[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (!Array.isArray(v) || depth > 4) return;
    if (v.length >= 2 && v.every((n) => typeof n === 'number')) {
      if (v.every((n) => Number.isFinite(n))) out.push(v as Position);
      return;
    }
    for (const x of v) walk(x, depth + 1);
  };
  const collection = (g as { geometries?: unknown }).geometries;
  if (g.type === 'GeometryCollection' && Array.isArray(collection)) {
    for (const part of collection) if (part && typeof part === 'object') out.push(...positionsOf(part as Geometry));
  } else walk((g as { coordinates?: unknown }).coordinates, 0);
  return out;
}

const mapCoords = (g: Geometry, f: (p: Position) => Position): Geometry => {
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: f(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...g, coordinates: g.coordinates.map(f) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map((r) => r.map(f)) } as Geometry;
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((x) => mapCoords(x, f)) };
  }
};

/** The geometry in WGS84 lon/lat (CGCS2000 taken as WGS84, FACTS.md). */
export function toWgs84(g: Geometry, crs: Crs): Geometry {
  if (crs.geographic) return g;
  const t = proj4(crs.proj4, '+proj=longlat +ellps=GRS80 +no_defs');
  return mapCoords(g, ([x, y]) => t.forward([x!, y!]));
}
