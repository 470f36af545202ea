import Supercluster from 'supercluster';
import type { Db } from '../../../db/client';
import { hazardFlags, hazardPoints, type HazardPoints } from '../../../db/repositories/gasHazardPoints';
import type { HazardFilter } from '../../../db/repositories/gasHazards';
import type { HazardClusterQuery } from '../../routes/gas/schemas';
import type { Scope } from '../../domain/gas/accessScope';
import { hazardStatuses, type HazardStatus, type Severity } from '../../domain/gas/vocabulary';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { cachedIndex } from './clusterCache';
import { haidongToday, readScope } from './gasActor';
import { judgedOn } from '../../domain/gas/statusAsOf';

/** Counts carried by every cluster, so the map colours a cluster without its leaves. */
export interface HazardCounts {
  general: number;
  major: number;
  found: number;
  rectifying: number;
  rectified: number;
  verified: number;
  overdue: number;
}

export type HazardClusterFeature =
  | {
      type: 'Feature';
      id: number;
      geometry: { type: 'Point'; coordinates: [number, number] };
      properties: HazardCounts & { cluster: true; cluster_id: number; point_count: number; point_count_abbreviated: string | number };
    }
  | {
      type: 'Feature';
      id: number;
      geometry: { type: 'Point'; coordinates: [number, number] };
      properties: { id: number; severity: Severity; status: HazardStatus; overdue: boolean; outsideRound: boolean };
    };

interface Built {
  points: HazardPoints;
  index: Supercluster<never, HazardCounts>;
}

// Beyond this zoom supercluster hands back single hazards (leaves); below it, clusters.
const MAX_CLUSTER_ZOOM = 15;
// A cap on one answer: a view that would hold more features is answered one zoom level coarser.
export const MAX_FEATURES = 3000;

function countsOf(flags: number): HazardCounts {
  const status = hazardFlags.status(flags);
  const major = hazardFlags.major(flags) ? 1 : 0;
  const c: HazardCounts = { general: 1 - major, major, found: 0, rectifying: 0, rectified: 0, verified: 0, overdue: hazardFlags.overdue(flags) ? 1 : 0 };
  c[status] = 1;
  return c;
}

async function build(db: Db, scope: Scope, filter: HazardFilter, today: string): Promise<Built> {
  const points = await hazardPoints(db, scope, filter, today);
  const index = new Supercluster<never, HazardCounts>({
    radius: 60,
    maxZoom: MAX_CLUSTER_ZOOM,
    // A point's "properties" is its row in the packed arrays (no object per hazard beyond the position).
    map: (i) => countsOf(points.flags[i as unknown as number]!),
    reduce: (acc, p) => {
      acc.general += p.general;
      acc.major += p.major;
      acc.overdue += p.overdue;
      for (const s of hazardStatuses) acc[s] += p[s];
    },
  });
  const stubs = new Array(points.ids.length);
  for (let i = 0; i < stubs.length; i++) stubs[i] = { type: 'Feature', properties: i, geometry: { type: 'Point', coordinates: [points.lon[i], points.lat[i]] } };
  index.load(stubs);
  return { points, index };
}

function keyOf(scope: Scope, f: HazardFilter, today: string): string {
  const s = 'all' in scope ? 'all' : 'districts' in scope ? scope.districts.join(',') : 'none';
  const filter = Object.entries(f)
    .filter(([k, v]) => k !== 'bbox' && v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('&');
  // Overdue changes at midnight, so the day is part of the key.
  return `${s}|${today}|${filter}`;
}

/**
 * The user's hazards in a bbox at a zoom, clustered on the server (supercluster) with counts by
 * severity and status: the city-wide map of 1,000,000 hazards stays a few thousand features.
 */
export async function hazardClusters(db: Db, user: SessionUser, { bbox, zoom: asked, ...filter }: HazardClusterQuery) {
  const scope = readScope(user);
  const today = judgedOn(filter.asOf, haidongToday());
  const { points, index } = await cachedIndex(db, 'hazards', keyOf(scope, filter, today), () => build(db, scope, filter, today));
  let zoom = Math.floor(asked);
  let raw = index.getClusters(bbox, zoom);
  while (raw.length > MAX_FEATURES && zoom > 0) raw = index.getClusters(bbox, --zoom);
  const features = raw.map((c): HazardClusterFeature => {
    const coordinates = c.geometry.coordinates as [number, number];
    // A leaf comes back as the stub it was loaded as: its properties are its row number.
    if (typeof c.properties !== 'number') {
      const p = c.properties as HazardCounts & { cluster: true; cluster_id: number; point_count: number; point_count_abbreviated: string | number };
      return { type: 'Feature', id: -p.cluster_id, geometry: { type: 'Point', coordinates }, properties: p };
    }
    const i: number = c.properties;
    const f = points.flags[i]!;
    const id = points.ids[i]!;
    return { type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties: { id, severity: hazardFlags.severity(f), status: hazardFlags.status(f), overdue: hazardFlags.overdue(f), outsideRound: hazardFlags.outsideRound(f) } };
  });
  return { type: 'FeatureCollection' as const, zoom, total: points.ids.length, features };
}
