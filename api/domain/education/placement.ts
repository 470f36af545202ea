// Placement of returned children (东政办〔2023〕101号 Art. 17, 18; 临政办发〔2020〕14号 §三): checks a
// proposed placement against the conditions the documents set. No I/O.

import { defaultSchoolAgeOptions, type SchoolAgeOptions } from './schoolAge';
import type { PlacementKind } from './vocabulary';

export interface PlacementChild {
  /** Full years on the school-year reference day (schoolAge.ts). */
  age: number;
  disabled?: boolean;
  /** Severe disability confirmed by the county expert committee for disabled children's education. */
  severelyDisabled?: boolean;
  /** Assessed by the county expert committee as not able to study (海东 Art. 18). */
  assessedUnableToStudy?: boolean;
  /** The guardian applied (临沧 §三(四) 普职融合 "经监护人申请"). */
  guardianApplied?: boolean;
}

export interface Placement {
  kind: PlacementKind;
  /** 普职融合: teaching and practice weeks per school year. */
  teachingWeeksPerYear?: number;
  /** 送教上门: visits per week. */
  visitsPerWeek?: number;
}

export const placementIssueCodes = [
  'age_outside_school_age',
  'vocational_weeks_below_minimum',
  'vocational_needs_guardian_application',
  'vocational_junior_only',
  'home_teaching_needs_severe_disability',
  'home_teaching_visits_below_minimum',
  'special_school_needs_disability',
  'deferral_needs_assessment',
] as const;
export type PlacementIssueCode = (typeof placementIssueCodes)[number];

export interface PlacementIssue {
  code: PlacementIssueCode;
  message: string;
  messageEn: string;
  article: string;
}

export interface PlacementRules {
  minVocationalWeeksPerYear: number;
  minHomeTeachingVisitsPerWeek: number;
}

export const defaultPlacementRules: PlacementRules = {
  minVocationalWeeksPerYear: 35, // 临政办发〔2020〕14号 §三(四) 每学年教学、实践时间不少于35周
  minHomeTeachingVisitsPerWeek: 1, // 临政办发〔2020〕14号 §三(一) 原则上每周送教不少于一次
};

export function validatePlacement(
  child: PlacementChild,
  placement: Placement,
  rules: PlacementRules = defaultPlacementRules,
  ageOptions: SchoolAgeOptions = defaultSchoolAgeOptions,
): { ok: boolean; issues: PlacementIssue[] } {
  const issues: PlacementIssue[] = [];
  const add = (code: PlacementIssueCode, message: string, messageEn: string, article: string) =>
    issues.push({ code, message, messageEn, article });

  // Deferral is exactly for children who cannot attend, so school age is not required of it.
  if (placement.kind !== 'deferred' && (child.age < ageOptions.minAge || child.age > ageOptions.maxAge)) {
    add('age_outside_school_age', `${child.age}岁不在义务教育适龄范围`, `Age ${child.age} is outside compulsory-school age`, '义务教育法第十一条');
  }

  switch (placement.kind) {
    case 'vocational_integration':
      if ((placement.teachingWeeksPerYear ?? 0) < rules.minVocationalWeeksPerYear) {
        add('vocational_weeks_below_minimum', `普职融合班每学年教学、实践时间不少于${rules.minVocationalWeeksPerYear}周`, `A general-vocational class needs at least ${rules.minVocationalWeeksPerYear} teaching weeks a year`, '临政办发〔2020〕14号 §三(四)');
      }
      if (child.guardianApplied !== true) {
        add('vocational_needs_guardian_application', '普职融合安置须经监护人申请', 'General-vocational placement needs the guardian\'s application', '临政办发〔2020〕14号 §三(四)');
      }
      // Reading: 普职融合 is a junior-middle arrangement (谯政办秘〔2024〕5号 (十二) 农村初中普职教育融合).
      if (child.age <= ageOptions.primaryMaxAge) {
        add('vocational_junior_only', '普职融合仅适用于初中学段', 'General-vocational classes are for junior-middle ages only', '谯政办秘〔2024〕5号 (十二)');
      }
      break;
    case 'home_teaching':
      if (child.severelyDisabled !== true) {
        add('home_teaching_needs_severe_disability', '送教上门仅适用于经鉴定的重度残疾儿童少年', 'Home teaching is only for children assessed as severely disabled', '临政办发〔2020〕14号 §三(五)；东政办〔2023〕101号 第十八条');
      }
      if ((placement.visitsPerWeek ?? 0) < rules.minHomeTeachingVisitsPerWeek) {
        add('home_teaching_visits_below_minimum', `送教上门原则上每周不少于${rules.minHomeTeachingVisitsPerWeek}次`, `Home teaching needs at least ${rules.minHomeTeachingVisitsPerWeek} visit(s) a week`, '临政办发〔2020〕14号 §三(一)');
      }
      break;
    case 'special_school':
      if (child.disabled !== true && child.severelyDisabled !== true) {
        add('special_school_needs_disability', '特殊教育学校安置适用于残疾儿童少年', 'Special-school placement is for disabled children', '东政办〔2023〕101号 第十八条');
      }
      break;
    case 'deferred':
      if (child.assessedUnableToStudy !== true) {
        add('deferral_needs_assessment', '须经县级残疾人教育专家委员会评估认定不具备学习条件方可延缓入学或休学', 'Deferral needs the county expert committee\'s assessment that the child cannot study', '东政办〔2023〕101号 第十八条');
      }
      break;
    case 'regular_class':
    case 'separate_class':
      break;
  }
  return { ok: issues.length === 0, issues };
}
