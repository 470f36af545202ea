import type { Db } from '../../../db/client';
import { schoolsWithGasHazards, type SchoolGasRule } from '../../../db/repositories/educationGasHazards';
import { hazardStatuses } from '../../domain/gas/vocabulary';
import type { SchoolGasQuery } from '../../routes/education/schemas';
import { haidongToday } from '../gas/gasActor';

// Which schools to mark for gas safety (issue 5, Maps). The gas register does not link its venues
// to edu_schools, so a school is matched by place: a gas venue of type 'school' within the radius
// of the school point. A hazard counts until it is verified (东政办〔2023〕98号 §四(二): a
// rectified hazard stays open until the inspection group has verified it).
export const defaultSchoolGasRadiusMeters = 200;

export function schoolGasRule(radiusMeters = defaultSchoolGasRadiusMeters): SchoolGasRule {
  return {
    radiusMeters,
    venueType: 'school',
    statuses: hazardStatuses.filter((s) => s !== 'verified'),
    overdueStatuses: ['found', 'rectifying'],
  };
}

/** Schools with open gas hazards, as counts per school, and the rule that matched them. */
export async function schoolGasHazards(db: Db, { radiusMeters, county }: SchoolGasQuery) {
  const rule = schoolGasRule(radiusMeters);
  const today = haidongToday();
  const schools = await schoolsWithGasHazards(db, rule, today, county);
  return {
    today,
    rule: {
      ...rule,
      zh: `学校点位 ${rule.radiusMeters} 米范围内、类型为“学校”的燃气检查场所，其尚未验收销号（状态不是“已验收”）的隐患`,
      en: `Hazards not yet verified at gas venues of type 'school' within ${rule.radiusMeters} m of the school point`,
    },
    schools,
    totals: {
      schools: schools.length,
      openHazards: schools.reduce((a, s) => a + s.openHazards, 0),
      majorHazards: schools.reduce((a, s) => a + s.majorHazards, 0),
    },
  };
}
