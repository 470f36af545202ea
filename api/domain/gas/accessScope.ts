// Who may see and record venues, visits and hazards in which district (东政办〔2023〕98号 §二(一)).
// No I/O.
//
// Reading chosen by the product:
// - an area-group inspector (groups 1–7) reads and writes only the district the group is assigned;
// - comprehensive and covert inspectors (groups 8, 9) read and write everywhere, because those
//   groups pick counties and units at random (§二(一)1 "随机开展综合督查", 3 "随机抽查部分县区");
//   they may record their own visits and hazards in any district, while moving a hazard through
//   the workflow stays with the group that owns it (hazardWorkflow.transition);
// - officials and admins read and write everywhere; officials also verify major hazards;
// - planners and education staff see no venue, visit or hazard at all.
import { areaGroups, groupByNo, type AreaGroup } from './inspectionGroups';
import {
  districtCodes,
  isCountyCode,
  parkDistrictCode,
  type DistrictCode,
} from '../geo/vocabulary';
import type { Actor } from './vocabulary';

export interface VenueLocation {
  /** GB/T 2260 county code of the county the venue lies in. */
  readonly countyCode: string;
  /** True when the venue lies inside the 海东工业园区 (e.g. its township is a park unit). */
  readonly inPark: boolean;
}

/**
 * The inspection district of a venue: the park when it lies in the park, else its county.
 * §二(一)2 gives the park its own group (7), so a park venue belongs to group 7 only, never to the
 * county group around it.
 */
export function districtOf(location: VenueLocation): DistrictCode {
  if (location.inPark) return parkDistrictCode;
  if (!isCountyCode(location.countyCode)) {
    throw new RangeError(`not a Haidong county code: ${JSON.stringify(location.countyCode)}`);
  }
  return location.countyCode;
}

/** The area group assigned to a district (§二(一)2); every district has exactly one. */
export function groupForDistrict(district: DistrictCode): AreaGroup {
  const group = areaGroups.find((g) => g.districtCode === district);
  if (!group) throw new RangeError(`no area group for district ${district}`);
  return group;
}

export type Scope =
  | { readonly all: true }
  | { readonly districts: readonly DistrictCode[] }
  | { readonly none: true };

/** The districts an actor may list; the same rule as canRead, shaped for a query filter. */
export function scopeFilter(actor: Actor): Scope {
  switch (actor.role) {
    case 'official':
    case 'admin':
      return { all: true };
    case 'planner':
    case 'education':
      return { none: true };
    case 'inspector': {
      const group = actor.groupNo == null ? undefined : groupByNo(actor.groupNo);
      if (!group) return { none: true };
      if (group.kind === 'area') return { districts: [group.districtCode] };
      return { all: true };
    }
  }
}

export function canRead(actor: Actor, district: DistrictCode): boolean {
  return inScope(scopeFilter(actor), district);
}

/** Recording visits and hazards: the same districts as reading (see the reading above). */
export function canWrite(actor: Actor, district: DistrictCode): boolean {
  return inScope(scopeFilter(actor), district);
}

function inScope(scope: Scope, district: DistrictCode): boolean {
  if (!(districtCodes as readonly string[]).includes(district)) return false;
  if ('all' in scope) return true;
  if ('none' in scope) return false;
  return scope.districts.includes(district);
}
