import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import type { CatchmentLoadRow } from './educationAnalyses';

// The raw inputs of the in-memory coverage engine: every child's home point and birth date, and
// every catchment's rings with full double precision. Read by the analyses cache only; nothing
// here leaves the server (the analyses return counts).

export interface CoverageChildren {
  xs: Float64Array;
  ys: Float64Array;
  /** Birth date as yyyymmdd, for full-years-of-age arithmetic without Date objects. */
  birth: Uint32Array;
  /** Index into `townships` of the household township and its county. */
  township: Uint32Array;
  townships: { townshipCode: string; countyCode: string }[];
}

export async function coverageChildren(ex: Executor): Promise<CoverageChildren> {
  const rows = await queryRows<{ x: number | string; y: number | string; b: string; t: string; c: string }>(
    ex,
    sql`select ST_X(home) as x, ST_Y(home) as y, birth_date::text as b, township_code as t, county_code as c from edu_children order by id`,
  );
  const n = rows.length;
  const out: CoverageChildren = { xs: new Float64Array(n), ys: new Float64Array(n), birth: new Uint32Array(n), township: new Uint32Array(n), townships: [] };
  const seen = new Map<string, number>();
  rows.forEach((r, k) => {
    out.xs[k] = Number(r.x);
    out.ys[k] = Number(r.y);
    out.birth[k] = Number(r.b.slice(0, 4)) * 10_000 + Number(r.b.slice(5, 7)) * 100 + Number(r.b.slice(8, 10));
    const key = `${r.t}|${r.c}`;
    let at = seen.get(key);
    if (at === undefined) {
      at = out.townships.length;
      seen.set(key, at);
      out.townships.push({ townshipCode: r.t, countyCode: r.c });
    }
    out.township[k] = at;
  });
  return out;
}

export interface CoverageCatchment extends Omit<CatchmentLoadRow, 'children'> {
  /** Polygons → rings → [x, y] positions, decoded from WKB so no digit is lost. */
  polygons: number[][][][];
}

/** Catchments in the order of the SQL summary (school code, then level). */
export async function coverageCatchments(ex: Executor): Promise<CoverageCatchment[]> {
  const rows = await queryRows<Omit<CatchmentLoadRow, 'children'> & { wkb: string }>(
    ex,
    sql`select ct.id as "catchmentId", s.code as "schoolCode", s.name as "schoolName", s.county_code as "countyCode",
          s.township_code as "townshipCode", ct.level, ct.capacity, encode(ST_AsBinary(ct.geom), 'base64') as wkb
        from edu_catchments ct join edu_schools s on s.id = ct.school_id
        order by s.code, ct.level`,
  );
  return rows.map(({ wkb, ...r }) => ({ ...r, catchmentId: Number(r.catchmentId), capacity: Number(r.capacity), polygons: polygonsOfWkb(Buffer.from(wkb.replace(/\s/g, ''), 'base64')) }));
}

/** Polygon (type 3) or MultiPolygon (type 6) in OGC WKB, either byte order, 2D. */
export function polygonsOfWkb(buf: Uint8Array): number[][][][] {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let at = 0;
  const header = () => {
    const little = view.getUint8(at) === 1;
    const type = view.getUint32(at + 1, little);
    at += 5;
    return { little, type };
  };
  const polygon = (little: boolean) => {
    const rings: number[][][] = [];
    const ringCount = view.getUint32(at, little);
    at += 4;
    for (let r = 0; r < ringCount; r++) {
      const n = view.getUint32(at, little);
      at += 4;
      const ring: number[][] = new Array(n);
      for (let i = 0; i < n; i++) {
        ring[i] = [view.getFloat64(at, little), view.getFloat64(at + 8, little)];
        at += 16;
      }
      rings.push(ring);
    }
    return rings;
  };
  const { little, type } = header();
  if (type === 3) return [polygon(little)];
  if (type !== 6) throw new TypeError(`catchment WKB type ${type} is not a (Multi)Polygon`);
  const count = view.getUint32(at, little);
  at += 4;
  const out: number[][][][] = [];
  for (let p = 0; p < count; p++) {
    const part = header();
    if (part.type !== 3) throw new TypeError(`catchment WKB part type ${part.type} is not a Polygon`);
    out.push(polygon(part.little));
  }
  return out;
}
