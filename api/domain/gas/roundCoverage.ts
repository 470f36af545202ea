// How much of a district's venues each group has visited in each round: 东政办〔2023〕98号 §一(三)
// asks every group for "被督查县区全覆盖" (full coverage of the district it inspects). No I/O.
import { districtCodes, type DistrictCode } from '../geo/vocabulary';
import { areaGroups, groupByNo } from './inspectionGroups';

export interface CoverageVenue {
  readonly id: string;
  readonly district: DistrictCode;
}

export interface CoverageVisit {
  readonly venueId: string;
  readonly groupNo: number;
  readonly roundNo: number;
}

export interface CoverageRow {
  readonly groupNo: number;
  readonly roundNo: number;
  readonly district: DistrictCode;
  /** Venues in the district. */
  readonly venues: number;
  /** Distinct venues of the district the group visited in the round (repeat visits count once). */
  readonly visited: number;
  /** visited ÷ venues; null when the district has no venue. */
  readonly share: number | null;
}

/**
 * Rows, sorted by group, round, district:
 * - each area group (1–7) gets a row for its own district in every round of `rounds`, visited or
 *   not, so a group that has not started shows 0; its visits outside its district are not counted;
 * - the city-wide groups (8, 9) visit at random (§二(一)1, 3), so they get a row for each district
 *   in which they visited at least one venue in that round.
 */
export function roundCoverage(input: {
  readonly venues: readonly CoverageVenue[];
  readonly visits: readonly CoverageVisit[];
  readonly rounds: readonly number[];
}): CoverageRow[] {
  const districtOfVenue = new Map<string, DistrictCode>();
  const venuesPerDistrict = new Map<DistrictCode, number>();
  for (const v of input.venues) {
    if (!(districtCodes as readonly string[]).includes(v.district)) {
      throw new RangeError(`venue ${v.id} has an unknown district ${JSON.stringify(v.district)}`);
    }
    if (districtOfVenue.has(v.id)) throw new RangeError(`venue ${v.id} is listed twice`);
    districtOfVenue.set(v.id, v.district);
    venuesPerDistrict.set(v.district, (venuesPerDistrict.get(v.district) ?? 0) + 1);
  }

  // key "group|round|district" → distinct venue ids
  const visitedBy = new Map<string, Set<string>>();
  for (const visit of input.visits) {
    const district = districtOfVenue.get(visit.venueId);
    if (district === undefined) throw new RangeError(`visit to unknown venue ${visit.venueId}`);
    if (!groupByNo(visit.groupNo)) throw new RangeError(`visit by unknown group ${visit.groupNo}`);
    const key = `${visit.groupNo}|${visit.roundNo}|${district}`;
    const set = visitedBy.get(key) ?? new Set<string>();
    set.add(visit.venueId);
    visitedBy.set(key, set);
  }

  const row = (groupNo: number, roundNo: number, district: DistrictCode): CoverageRow => {
    const venues = venuesPerDistrict.get(district) ?? 0;
    const visited = visitedBy.get(`${groupNo}|${roundNo}|${district}`)?.size ?? 0;
    return { groupNo, roundNo, district, venues, visited, share: venues === 0 ? null : visited / venues };
  };

  const rows: CoverageRow[] = [];
  for (const roundNo of input.rounds) {
    for (const g of areaGroups) rows.push(row(g.no, roundNo, g.districtCode));
    for (const groupNo of [8, 9]) {
      for (const district of districtCodes) {
        if (visitedBy.has(`${groupNo}|${roundNo}|${district}`)) rows.push(row(groupNo, roundNo, district));
      }
    }
  }
  const districtIndex = (d: DistrictCode) => (districtCodes as readonly string[]).indexOf(d);
  return rows.sort(
    (a, b) => a.groupNo - b.groupNo || a.roundNo - b.roundNo || districtIndex(a.district) - districtIndex(b.district),
  );
}
