// The shipped CRS list (issue 12; definitions and why in crs.ts), without proj4 so the web's CRS
// select can import it.

export interface Crs {
  epsg: number;
  name: string;
  /** Chinese name for the import dialog's CRS select. */
  zh: string;
  proj4: string;
  geographic: boolean;
}

const gk = (epsg: number, name: string, zh: string, lon0: number, x0: number): Crs => ({
  epsg,
  name,
  zh,
  geographic: false,
  proj4: `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`,
});

function table(): Map<number, Crs> {
  const m = new Map<number, Crs>();
  m.set(4326, { epsg: 4326, name: 'WGS 84', zh: 'WGS 84 经纬度', geographic: true, proj4: '+proj=longlat +datum=WGS84 +no_defs' });
  m.set(4490, { epsg: 4490, name: 'China Geodetic Coordinate System 2000', zh: 'CGCS2000 经纬度', geographic: true, proj4: '+proj=longlat +ellps=GRS80 +no_defs' });
  for (let zone = 25; zone <= 45; zone++) m.set(4513 + zone - 25, gk(4513 + zone - 25, `CGCS2000 / 3-degree Gauss-Kruger zone ${zone}`, `CGCS2000 3度带 第${zone}带（带号）`, 3 * zone, zone * 1e6 + 500000));
  for (let i = 0; i <= 20; i++) m.set(4534 + i, gk(4534 + i, `CGCS2000 / 3-degree Gauss-Kruger CM ${75 + 3 * i}E`, `CGCS2000 3度带 中央经线 ${75 + 3 * i}°E（无带号）`, 75 + 3 * i, 500000));
  for (let zone = 13; zone <= 23; zone++) m.set(4491 + zone - 13, gk(4491 + zone - 13, `CGCS2000 / Gauss-Kruger zone ${zone}`, `CGCS2000 6度带 第${zone}带（带号）`, 6 * zone - 3, zone * 1e6 + 500000));
  for (let i = 0; i <= 10; i++) m.set(4502 + i, gk(4502 + i, `CGCS2000 / Gauss-Kruger CM ${75 + 6 * i}E`, `CGCS2000 6度带 中央经线 ${75 + 6 * i}°E（无带号）`, 75 + 6 * i, 500000));
  return m;
}

export const supportedCrs: ReadonlyMap<number, Crs> = table();

/**
 * The zones a Haidong file is drawn in (≈101.7–103.1°E, FACTS.md "CGCS2000"): 3° CM 102E (zone 34,
 * 100.5–103.5°E), and 6° CM 99E / CM 105E (zones 17 / 18: the city straddles 102°E); each with and
 * without zone prefix; plus the two geographic systems. Shown first in the import dialog.
 */
export const haidongCrs: readonly number[] = [4543, 4522, 4490, 4506, 4495, 4507, 4496, 4326];
