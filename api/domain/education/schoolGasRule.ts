// Which schools to mark for gas safety (issue 5, Maps). The gas register does not link its venues
// to edu_schools, so a school is matched by place: a gas venue of type 'school' within the radius
// of the school point. A hazard counts until it is verified (东政办〔2023〕98号 §四(二): a
// rectified hazard stays open until the inspection group has verified it); it is overdue by the
// gas domain's one rule (hazardWorkflow.overdueRule). No I/O.
import { overdueRule } from '../gas/hazardWorkflow';
import { hazardStatuses, type HazardStatus, type VenueType } from '../gas/vocabulary';
import type { Bilingual } from '../shared/bilingual';

export const defaultSchoolGasRadiusMeters = 200;

export interface SchoolGasRule {
  radiusMeters: number;
  venueType: VenueType;
  /** Hazards counted: those not yet verified. */
  statuses: readonly HazardStatus[];
  /** Shown with the answer: the statuses in which a hazard past its deadline is overdue. */
  overdueStatuses: readonly HazardStatus[];
  /** The rule in words, for the answer. */
  text: Bilingual;
}

export function schoolGasRule(radiusMeters = defaultSchoolGasRadiusMeters): SchoolGasRule {
  return {
    radiusMeters,
    venueType: 'school',
    statuses: hazardStatuses.filter((s) => s !== 'verified'),
    overdueStatuses: overdueRule.statuses,
    text: {
      zh: `学校点位 ${radiusMeters} 米范围内、类型为“学校”的燃气检查场所，其尚未验收销号（状态不是“已验收”）的隐患`,
      en: `Hazards not yet verified at gas venues of type 'school' within ${radiusMeters} m of the school point`,
    },
  };
}
