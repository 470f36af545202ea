// Home-to-school distance flag. The thresholds are a PRODUCT SETTING, not a rule from the seeds:
// 谯政办秘〔2024〕5号 (十一) and 临政办发〔2020〕14号 §七(三) only require avoiding dropouts caused by
// long journeys (上学远). Great-circle distance by haversine. No I/O.

import type { SchoolStage } from './vocabulary';

/** Mean Earth radius (IUGG), the value Turf uses. */
export const earthRadiusMeters = 6_371_008.8;

export type DistanceThresholds = Record<SchoolStage, number>;

/** Product defaults: 3 km primary, 5 km junior (configurable per deployment). */
export const defaultDistanceThresholds: DistanceThresholds = { primary: 3000, junior: 5000 };

export type LonLat = readonly [number, number];

export function haversineMeters(a: LonLat, b: LonLat): number {
  const toRad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * toRad;
  const dLon = (b[0] - a[0]) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * toRad) * Math.cos(b[1] * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusMeters * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface DistanceFlag {
  /** Rounded to whole metres. */
  distanceMeters: number;
  thresholdMeters: number;
  exceeds: boolean;
}

export function distanceFlag(
  input: { home: LonLat; school: LonLat; level: SchoolStage },
  thresholds: DistanceThresholds = defaultDistanceThresholds,
): DistanceFlag {
  const meters = haversineMeters(input.home, input.school);
  const thresholdMeters = thresholds[input.level];
  return { distanceMeters: Math.round(meters), thresholdMeters, exceeds: meters > thresholdMeters };
}
