// On-site check (location proof) of a visit: whether the device stood at the venue. A product rule
// of the field-inspection feature (issue 10), kept as versioned data with effective dates so a
// later notice can change the distance without a code change. It only flags for review, never
// refuses: §一(三) "四不两直" visits are unannounced and must still be recordable. No I/O.
import type { Bilingual } from '../shared/bilingual';
import type { IsoDate } from '../shared/calendarDate';

export interface OnSiteRule {
  readonly id: string;
  readonly effectiveFrom: IsoDate;
  /** Last day in force; null = open-ended. */
  readonly effectiveTo: IsoDate | null;
  /** A visit recorded farther than this from its venue is flagged. */
  readonly maxDistanceM: number;
  /** A position less precise than this proves nothing either way: flagged too. */
  readonly maxAccuracyM: number;
  readonly basis: Bilingual;
}

export const onSiteRules: readonly OnSiteRule[] = [
  {
    id: 'haidong-field-2026',
    effectiveFrom: '2023-10-13',
    effectiveTo: null,
    maxDistanceM: 200,
    maxAccuracyM: 200,
    basis: {
      zh: '现场核验（本系统规则，落实东政办〔2023〕98号 §一(三)「四不两直」直奔现场）：走访位置距场所超过 200 米、定位精度差于 200 米或无定位的，提交复核，不拦截',
      en: 'On-site check (a rule of this system, for the on-site visits of Directive 98 (2023) §1(3)): a visit over 200 m from its venue, with a fix worse than 200 m, or without a position goes to review; never refused',
    },
  },
];

/** The rule in force on `day` (the visit's date); the earliest rule for days before every rule. */
export function onSiteRuleOn(day: IsoDate, rules: readonly OnSiteRule[] = onSiteRules): OnSiteRule {
  const inForce = rules.filter((r) => r.effectiveFrom <= day && (r.effectiveTo === null || day <= r.effectiveTo));
  return inForce.at(-1) ?? rules[0]!;
}

export interface DevicePosition {
  readonly lon: number;
  readonly lat: number;
  /** Radius of the 68 % circle reported by the device, metres (W3C Geolocation `accuracy`). */
  readonly accuracy: number;
}

/** Great-circle distance in metres (haversine on the WGS84 mean radius 6 371 008.8 m). */
export function distanceM(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface OnSiteVerdict {
  /** true on site; false too far or too imprecise; null without a position. */
  readonly onSite: boolean | null;
  readonly distanceM: number | null;
  readonly rule: string;
}

export function judgeOnSite(venue: { lon: number; lat: number }, position: DevicePosition | undefined, rule: OnSiteRule): OnSiteVerdict {
  if (!position) return { onSite: null, distanceM: null, rule: rule.id };
  const d = distanceM(venue, position);
  return { onSite: d <= rule.maxDistanceM && position.accuracy <= rule.maxAccuracyM, distanceM: Math.round(d * 10) / 10, rule: rule.id };
}

/** Mainland China's extent (WGS84), generous at the borders: positions outside it are typing errors. */
export const chinaExtent = { minLon: 73.4, minLat: 18.1, maxLon: 135.1, maxLat: 53.6 } as const;

export const inChina = (p: { lon: number; lat: number }): boolean =>
  p.lon >= chinaExtent.minLon && p.lon <= chinaExtent.maxLon && p.lat >= chinaExtent.minLat && p.lat <= chinaExtent.maxLat;
