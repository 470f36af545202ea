// Dropout-control rule sets per jurisdiction, with effective dates (DATA, not code). The
// escalation engine (absenceEscalation.ts) and accountability engine read these; a new city or
// a revised notice is a new entry here. Wording follows the seed documents.

import { EducationRuleError } from './educationError';
import type { EscalationAction, EscalationEvent, EscalationStage } from './vocabulary';

export const jurisdictions = ['haidong', 'shapotou'] as const;
export type Jurisdiction = (typeof jurisdictions)[number];

/** When a step becomes due: after N consecutive unexcused days, or N days after an event. */
export type EscalationTrigger =
  | { kind: 'absence_days'; minDays: number }
  | { kind: 'after_event'; event: EscalationEvent; afterDays: number | null };

export interface EscalationStep {
  action: EscalationAction;
  stage: EscalationStage;
  trigger: EscalationTrigger;
  /** Days after the trigger by which the action must be done; null = no deadline in the source. */
  deadlineDays: number | null;
  marksDropout: boolean;
  article: string;
  textZh: string;
  textEn: string;
}

export interface AccountabilityThresholds {
  /** Annual loss (流失) rate above which county education leaders are accountable. */
  countyLossRateMax: number;
  /** Unreturned dropouts in a school year that give a school the lowest annual rating. */
  lowestRatingDropouts: { primary: number; junior: number };
  /** A township is flagged when some school has MORE than this many unreturned dropouts. */
  townshipDropoutsAbove: number;
  /** Sanction by month since the township condition first held (month 1, 2, 3+). */
  townshipSanctionsByMonth: readonly ['interview', 'public_criticism', 'administrative_sanction'];
  article: string;
}

export interface DropoutRuleSet {
  id: string;
  jurisdiction: Jurisdiction;
  nameZh: string;
  document: string;
  validFrom: string;
  validTo: string;
  escalation: readonly EscalationStep[];
  accountability: AccountabilityThresholds | null;
}

const haidong101 = '东政办〔2023〕101号';
const shapotou4 = '卫沙政办规发〔2023〕4号';

export const dropoutRuleSets: readonly DropoutRuleSet[] = [
  {
    id: 'haidong-2023-101',
    jurisdiction: 'haidong',
    nameZh: '海东市义务教育阶段“零辍学”管理办法',
    document: haidong101,
    validFrom: '2023-10-27',
    validTo: '2026-10-26',
    escalation: [
      {
        action: 'head_teacher_follow_up',
        stage: 'follow_up',
        trigger: { kind: 'absence_days', minDays: 1 },
        deadlineDays: 0,
        marksDropout: false,
        article: `${haidong101} 第十五条、第十二条(八)`,
        textZh: '班主任及时联系、查明原因、核实去向、跟踪记录，及时家访并向校长汇报',
        textEn: 'Head teacher contacts the family, finds the reason and whereabouts, records it, visits and informs the principal',
      },
      {
        action: 'report_to_school',
        stage: 'persuasion',
        trigger: { kind: 'absence_days', minDays: 3 },
        deadlineDays: 0,
        marksDropout: false,
        article: `${haidong101} 第五条、第十五条`,
        textZh: '3天及以上无正当理由未到校，向学校报告；学校核证去向，提交县区教育局和乡镇政府（跟踪报告制度）',
        textEn: '3+ days unexcused: reported to the school; the school verifies and reports to the county education bureau and township',
      },
      {
        action: 'written_report_to_bureau_and_township',
        stage: 'reported',
        trigger: { kind: 'after_event', event: 'home_visit_failed', afterDays: 0 },
        deadlineDays: 5,
        marksDropout: false,
        article: `${haidong101} 第十二条(八)`,
        textZh: '动员无效时，在5天内向教育主管部门和乡镇（社区）政府递交书面报告',
        textEn: 'Home visits failed: written report to the education bureau and township within 5 days',
      },
      {
        action: 'deadline_notice',
        stage: 'deadline_notice',
        trigger: { kind: 'after_event', event: 'home_visit_failed', afterDays: 0 },
        deadlineDays: null,
        marksDropout: false,
        article: `${haidong101} 第十二条(八)`,
        textZh: '协助对辍学生家长或监护人发出《限期入学通知书》',
        textEn: 'Help issue the deadline-to-enrol notice (《限期入学通知书》) to the guardian',
      },
      {
        action: 'township_enforcement',
        stage: 'township_action',
        trigger: { kind: 'after_event', event: 'notice_issued', afterDays: 5 },
        deadlineDays: 0,
        marksDropout: false,
        article: `${haidong101} 第十二条(八)`,
        textZh: '发出通知5天内家长或监护人不送辍学生返校的，由乡镇（社区）政府采取措施敦促其返校',
        textEn: 'Child not back 5 days after the notice: the township takes measures',
      },
    ],
    accountability: null,
  },
  {
    id: 'shapotou-2023-4',
    jurisdiction: 'shapotou',
    nameZh: '沙坡头区义务教育控辍保学管理办法',
    document: shapotou4,
    validFrom: '2023-12-16',
    validTo: '2028-12-15',
    escalation: [
      {
        action: 'phone_and_home_visit',
        stage: 'follow_up',
        trigger: { kind: 'absence_days', minDays: 1 },
        deadlineDays: 0,
        marksDropout: false,
        article: `${shapotou4} 第七条`,
        textZh: '班主任第一时间电话询问情况，及时家访，摸清情况，进行劝返',
        textEn: 'Head teacher phones at once, visits the home and persuades',
      },
      {
        action: 'school_persuasion',
        stage: 'persuasion',
        trigger: { kind: 'absence_days', minDays: 3 },
        deadlineDays: 0,
        marksDropout: false,
        article: `${shapotou4} 第七条`,
        textZh: '3天内未返校的，由学校组织力量劝返',
        textEn: 'Not back within 3 days: the school organizes persuasion',
      },
      {
        action: 'mark_dropout_and_report',
        stage: 'dropout_marked',
        trigger: { kind: 'absence_days', minDays: 7 },
        deadlineDays: 0,
        marksDropout: true,
        article: `${shapotou4} 第七条`,
        textZh: '7天仍未返校的，在学籍系统中做辍学标注并保留学籍，上报教育主管部门和乡镇人民政府',
        textEn: '7 days: mark dropout in the student register (keep the registration), report to the education bureau and township',
      },
      {
        action: 'deadline_notice',
        stage: 'deadline_notice',
        trigger: { kind: 'absence_days', minDays: 16 },
        deadlineDays: 0,
        marksDropout: true,
        article: `${shapotou4} 第七条`,
        textZh: '超过15日仍未送子女复学的，由教育行政部门联合属地乡镇下发《限期入学通知书》',
        textEn: 'More than 15 days: education bureau and township issue the deadline-to-enrol notice',
      },
      {
        action: 'order_to_correct',
        stage: 'township_action',
        trigger: { kind: 'after_event', event: 'notice_issued', afterDays: null },
        deadlineDays: null,
        marksDropout: true,
        article: `${shapotou4} 第七条`,
        textZh: '限期内仍不能按期入学的，对监护人批评教育，并责令限期改正',
        textEn: 'Not enrolled by the notice deadline: criticize the guardian and order correction',
      },
    ],
    accountability: {
      countyLossRateMax: 0.01,
      lowestRatingDropouts: { primary: 1, junior: 2 },
      townshipDropoutsAbove: 2,
      townshipSanctionsByMonth: ['interview', 'public_criticism', 'administrative_sanction'],
      article: `${shapotou4} 第八条`,
    },
  },
];

/** Consolidation-rate (巩固率) targets; 1 stands for 海东's "零辍学" goal (reading: no loss). */
export interface ConsolidationTarget {
  jurisdiction: string;
  countyPrefixes: readonly string[];
  target: number;
  /** Year the target applies from. */
  fromYear: number;
  source: string;
}

export const consolidationTargets: readonly ConsolidationTarget[] = [
  { jurisdiction: 'haidong', countyPrefixes: ['6302'], target: 1, fromYear: 2023, source: `${haidong101} 第三条、第六条（“零辍学”）` },
  { jurisdiction: 'qiaocheng', countyPrefixes: ['341602'], target: 0.99, fromYear: 2025, source: '谯政办秘〔2024〕5号（到2025年巩固率不低于99%）' },
  { jurisdiction: 'lincang', countyPrefixes: ['5309'], target: 0.95, fromYear: 2020, source: '临政办发〔2020〕14号（2020年巩固率达95%以上）' },
];

/** County-code prefix → jurisdiction; longest prefix wins. Configurable per deployment. */
export interface JurisdictionMapping {
  prefix: string;
  jurisdiction: Jurisdiction;
}

export const defaultJurisdictionMappings: readonly JurisdictionMapping[] = [
  { prefix: '6302', jurisdiction: 'haidong' },
  { prefix: '640502', jurisdiction: 'shapotou' },
];

export interface RuleSetChoice {
  ruleSet: DropoutRuleSet;
  /** Set when `date` is outside every rule set's validity: the latest one is applied. */
  warning: { code: 'outside_validity'; message: string; messageEn: string } | null;
}

function longestPrefix<T extends { prefix: string }>(code: string, entries: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const entry of entries) {
    if (code.startsWith(entry.prefix) && (!best || entry.prefix.length > best.prefix.length)) best = entry;
  }
  return best;
}

export function ruleSetFor(
  countyCode: string,
  date: string,
  mappings: readonly JurisdictionMapping[] = defaultJurisdictionMappings,
  ruleSets: readonly DropoutRuleSet[] = dropoutRuleSets,
): RuleSetChoice {
  const mapping = longestPrefix(countyCode, mappings);
  const candidates = mapping ? ruleSets.filter((r) => r.jurisdiction === mapping.jurisdiction) : [];
  if (candidates.length === 0) {
    throw new EducationRuleError('no_rule_set_for_county', {
      zh: `县区 ${countyCode} 没有配置控辍保学规则`,
      en: `No dropout-control rule set is configured for county ${countyCode}`,
    });
  }
  // ISO dates compare correctly as strings.
  const valid = candidates.find((r) => r.validFrom <= date && date <= r.validTo);
  if (valid) return { ruleSet: valid, warning: null };
  const latest = [...candidates].sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
  return {
    ruleSet: latest,
    warning: {
      code: 'outside_validity',
      message: `${date} 不在${latest.document}有效期（${latest.validFrom}至${latest.validTo}）内，按最新规则计算`,
      messageEn: `${date} is outside the validity of ${latest.document} (${latest.validFrom} to ${latest.validTo}); the latest rule set is applied`,
    },
  };
}

export function consolidationTargetFor(
  countyCode: string,
  year: number,
  targets: readonly ConsolidationTarget[] = consolidationTargets,
): ConsolidationTarget | null {
  let best: ConsolidationTarget | null = null;
  let bestLength = -1;
  for (const t of targets) {
    if (t.fromYear > year) continue;
    for (const prefix of t.countyPrefixes) {
      if (countyCode.startsWith(prefix) && prefix.length > bestLength) {
        best = t;
        bestLength = prefix.length;
      }
    }
  }
  return best;
}
