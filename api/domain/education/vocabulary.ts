// Words of 控辍保学 (海东 东政办〔2023〕101号; 临沧 临政办发〔2020〕14号; 沙坡头 卫沙政办规发〔2023〕4号)
// as `as const` tuples shared by DB checks, zod schemas and the UI, with zh-CN and en labels for
// those a user reads. Rule data (thresholds, articles, wording per rule set) stays in ruleSets.ts.
// No I/O.
import type { Bilingual } from '../shared/bilingual';

export const schoolLevels = ['primary', 'junior', 'nine_year'] as const;
export type SchoolLevel = (typeof schoolLevels)[number];

/** Stages of compulsory schooling (六三学制); a catchment serves one stage. */
export const schoolStages = ['primary', 'junior'] as const;
export type SchoolStage = (typeof schoolStages)[number];

// 海东 Art. 16 "四查": the four registers compared by 四查三比对.
export const registerKinds = ['household', 'students', 'in_school', 'poverty'] as const;
export type RegisterKind = (typeof registerKinds)[number];

export const registerKindLabels: Record<RegisterKind, Bilingual> = {
  household: { zh: '户籍名册', en: 'Household register' },
  students: { zh: '学籍名册', en: 'Student register' },
  in_school: { zh: '在校名册', en: 'In-school register' },
  poverty: { zh: '脱贫户名册', en: 'Poverty register' },
};

/** The fields a register row may carry; which ones each register needs is in importRegister. */
export const registerFields = ['idNumber', 'name', 'birthDate', 'countyCode', 'schoolCode'] as const;
export type RegisterField = (typeof registerFields)[number];

// 海东 Art. 16 "三比对": 户籍 vs 学籍 → 失学 (never enrolled), 学籍 vs 在校 → 辍学.
export const caseKinds = ['out_of_school', 'dropout'] as const;
export type CaseKind = (typeof caseKinds)[number];

export const caseKindLabels: Record<CaseKind, Bilingual> = {
  out_of_school: { zh: '失学', en: 'Out of school' },
  dropout: { zh: '辍学', en: 'Dropout' },
};

export const caseStatuses = ['open', 'returned', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const caseStatusLabels: Record<CaseStatus, Bilingual> = {
  open: { zh: '在办', en: 'Open' },
  returned: { zh: '已返校', en: 'Returned' },
  closed: { zh: '已结案', en: 'Closed' },
};

/** What a case step records: an escalation action done, an event, or one of the legal acts. */
export const caseStepKinds = ['escalation', 'event', 'legal'] as const;
export type CaseStepKind = (typeof caseStepKinds)[number];

// Absence escalation (沙坡头 Art. 7; 海东 Art. 5, 12(八), 15; 白银 §一(二); 谯城 (二), (五); 临沧 §二, §四):
// the action words of the escalation contract (issue 13), shared by every jurisdiction's rule set.
// Which action is due when is rule data (ruleSets.ts and rules/*.ts).
export const escalationActions = [
  'follow_up',
  'persuasion',
  'report_to_school',
  'written_report',
  'dropout_mark',
  'deadline_notice',
  'township_action',
  'order_to_correct',
  'penalty',
  'reminder',
  'court',
  'letter_to_household_county',
  'judicial_document',
] as const;
export type EscalationAction = (typeof escalationActions)[number];

export const escalationActionLabels: Record<EscalationAction, Bilingual> = {
  follow_up: { zh: '班主任跟踪家访', en: 'Head-teacher follow-up' },
  persuasion: { zh: '学校组织劝返', en: 'School persuasion' },
  report_to_school: { zh: '向学校报告', en: 'Report to the school' },
  written_report: { zh: '书面报告教育部门和乡镇', en: 'Written report to bureau and township' },
  dropout_mark: { zh: '学籍系统辍学标注', en: 'Dropout mark in the register' },
  deadline_notice: { zh: '发出限期入学通知书', en: 'Deadline-to-enrol notice' },
  township_action: { zh: '乡镇政府督促返校', en: 'Township action' },
  order_to_correct: { zh: '责令限期改正', en: 'Order to correct' },
  penalty: { zh: '行政处罚', en: 'Administrative penalty' },
  reminder: { zh: '催告履行', en: 'Reminder to comply' },
  court: { zh: '申请强制执行或提起诉讼', en: 'Court' },
  letter_to_household_county: { zh: '函告户籍地教育行政部门', en: 'Letter to the household-registration county' },
  judicial_document: { zh: '司法部门发送司法文书', en: 'Judicial document' },
};

/** In order: a later stage is further along (absenceEscalation.ts compares indexes). */
export const escalationStages = [
  'none',
  'follow_up',
  'persuasion',
  'dropout_marked',
  'reported',
  'deadline_notice',
  'township_action',
  'order_to_correct',
  'sanction',
] as const;
export type EscalationStage = (typeof escalationStages)[number];

export const escalationStageLabels: Record<EscalationStage, Bilingual> = {
  none: { zh: '无', en: 'None' },
  follow_up: { zh: '跟踪家访', en: 'Follow-up' },
  persuasion: { zh: '劝返', en: 'Persuasion' },
  dropout_marked: { zh: '标注辍学', en: 'Dropout marked' },
  reported: { zh: '书面报告', en: 'Reported' },
  deadline_notice: { zh: '限期入学通知', en: 'Deadline notice' },
  township_action: { zh: '乡镇督促', en: 'Township action' },
  order_to_correct: { zh: '责令限期改正', en: 'Order to correct' },
  sanction: { zh: '处罚或司法程序', en: 'Penalty or judicial step' },
};

/** Recorded events that start event-based steps; `order_issued` comes from the legal step ②. */
export const escalationEvents = ['home_visit_failed', 'notice_issued'] as const;
export type EscalationEvent = (typeof escalationEvents)[number];

// 四步法 (海东 Art. 16; 临沧 §四): ① 宣传教育 → ② 责令改正 → ③ 行政处罚 → ④ 申请强制执行或提起诉讼.
export const legalSteps = ['education', 'order_to_correct', 'administrative_penalty', 'court'] as const;
export type LegalStep = (typeof legalSteps)[number];

/**
 * Recorded acts, in the only order allowed. The reminder (催告) belongs to step ③ and is required
 * before ④: 临沧 §四(四) "经催告仍然拒不履行", and 行政强制法 Art. 54 (催告 before applying to court).
 */
export const legalActs = ['education', 'order_to_correct', 'administrative_penalty', 'performance_reminder', 'court'] as const;
export type LegalAct = (typeof legalActs)[number];

export const legalActLabels: Record<LegalAct, Bilingual> = {
  education: { zh: '宣传教育', en: 'Education and persuasion' },
  order_to_correct: { zh: '责令改正', en: 'Order to correct' },
  administrative_penalty: { zh: '行政处罚', en: 'Administrative penalty' },
  performance_reminder: { zh: '催告履行', en: 'Reminder to carry out the decision' },
  court: { zh: '申请强制执行或提起诉讼', en: 'Apply to court for enforcement or sue' },
};

// Placement of a returned child (海东 Art. 17, 18; 临沧 §三).
export const placementKinds = [
  'regular_class',
  'separate_class',
  'vocational_integration',
  'home_teaching',
  'special_school',
  'deferred',
] as const;
export type PlacementKind = (typeof placementKinds)[number];

export const placementKindLabels: Record<PlacementKind, Bilingual> = {
  regular_class: { zh: '随班就读', en: 'Regular class' },
  separate_class: { zh: '单独编班/集中教育', en: 'Separate class' },
  vocational_integration: { zh: '普职融合', en: 'General-vocational class' },
  home_teaching: { zh: '送教上门', en: 'Home teaching' },
  special_school: { zh: '特殊教育学校', en: 'Special-education school' },
  deferred: { zh: '延缓入学或休学', en: 'Deferred' },
};

/** Why a case is closed; a case leaves the open list only for one of these. */
export const closureReasons = ['returned_and_stable', 'moved_away_confirmed', 'over_school_age', 'deceased', 'duplicate'] as const;
export type ClosureReason = (typeof closureReasons)[number];

export const closureReasonLabels: Record<ClosureReason, Bilingual> = {
  returned_and_stable: { zh: '已返校并稳定就读', en: 'Returned and stable' },
  moved_away_confirmed: { zh: '确认已迁出', en: 'Moved away (confirmed)' },
  over_school_age: { zh: '超出义务教育年龄', en: 'Over school age' },
  deceased: { zh: '死亡', en: 'Deceased' },
  duplicate: { zh: '重复案件', en: 'Duplicate' },
};

// The notices the product prints (海东 Art. 12(八) 限期入学通知书; Art. 16 四步法 step ②).
export const noticeKinds = ['deadline_notice', 'order_to_correct'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export const noticeKindLabels: Record<NoticeKind, Bilingual> = {
  deadline_notice: { zh: '限期入学通知书', en: 'Notice to enrol by a deadline' },
  order_to_correct: { zh: '责令送被监护人接受义务教育通知书', en: 'Order to send the ward to compulsory education' },
};
