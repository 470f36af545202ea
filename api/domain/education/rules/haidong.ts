// 海东市义务教育阶段“零辍学”管理办法 (东政办〔2023〕101号), valid 2023-10-27 … 2026-10-26.
import type { DropoutRuleSet } from '../ruleSetTypes';
import { printedOrderDays, printedOrderFallback, reminderArticle } from './shared';

const doc = '东政办〔2023〕101号';

export const haidong101: DropoutRuleSet = {
  id: 'haidong-2023-101',
  jurisdiction: 'haidong',
  nameZh: '海东市义务教育阶段“零辍学”管理办法',
  document: doc,
  validFrom: '2023-10-27',
  validTo: '2026-10-26',
  validity: { stated: true, text: { zh: '2023-10-27起施行，有效期3年', en: 'From 2023-10-27 for three years' }, article: `${doc} 附则` },
  escalation: [
    {
      action: 'follow_up',
      stage: 'follow_up',
      trigger: { kind: 'absence_days', minDays: 1 },
      deadlineDays: 0,
      marksDropout: false,
      article: `${doc} 第十五条、第十二条(八)`,
      text: { zh: '班主任及时联系、查明原因、核实去向、跟踪记录，及时家访并向校长汇报', en: 'Head teacher contacts the family, finds the reason and whereabouts, records it, visits and informs the principal' },
    },
    {
      action: 'report_to_school',
      stage: 'persuasion',
      trigger: { kind: 'absence_days', minDays: 3 },
      deadlineDays: 0,
      marksDropout: false,
      article: `${doc} 第五条、第十五条`,
      text: { zh: '3天及以上无正当理由未到校，向学校报告；学校核证去向，提交县区教育局和乡镇政府', en: '3+ school days unexcused: reported to the school, which verifies and reports to the county bureau and township' },
    },
    {
      action: 'letter_to_household_county',
      stage: 'persuasion',
      trigger: { kind: 'absence_days', minDays: 3 },
      deadlineDays: null,
      marksDropout: false,
      onlyNonLocal: true,
      article: `${doc} 第十五条`,
      text: { zh: '非本地户籍的学生，由县区教育局向户籍地教育行政部门发函告知辍学情况', en: 'Non-local student: the county bureau writes to the household-registration county' },
    },
    {
      action: 'written_report',
      stage: 'reported',
      trigger: { kind: 'after_event', event: 'home_visit_failed' },
      deadlineDays: 5,
      marksDropout: false,
      article: `${doc} 第十二条(八)`,
      text: { zh: '动员无效时，在5天内向教育主管部门和乡镇（社区）政府递交书面报告', en: 'Home visits failed: written report to the education bureau and township within 5 days' },
    },
    {
      action: 'deadline_notice',
      stage: 'deadline_notice',
      trigger: { kind: 'after_event', event: 'home_visit_failed' },
      deadlineDays: null,
      marksDropout: false,
      article: `${doc} 第十二条(八)`,
      text: { zh: '协助对辍学生家长或监护人发出《限期入学通知书》', en: 'Help issue the deadline-to-enrol notice to the guardian' },
    },
    {
      action: 'township_action',
      stage: 'township_action',
      trigger: { kind: 'time_limit_passed', limit: 'notice' },
      deadlineDays: 0,
      marksDropout: false,
      article: `${doc} 第十二条(八)`,
      text: { zh: '发出通知5天内家长或监护人不送辍学生返校的，由乡镇（社区）政府采取措施敦促其返校', en: 'Child not back within 5 days of the notice: the township takes measures' },
    },
  ],
  noticeDays: { stated: true, value: 5, article: `${doc} 第十二条(八)（发出通知5天内）` },
  orderDays: { stated: false, value: printedOrderDays, fallback: printedOrderFallback },
  legalLadder: {
    stated: true,
    value: {
      steps: [
        { action: 'order_to_correct', issuer: { zh: '乡镇政府（街道办事处）', en: 'Township government' } },
        { action: 'penalty', issuer: { zh: '乡镇政府（街道办事处）', en: 'Township government' } },
        { action: 'reminder', issuer: { zh: '乡镇政府（街道办事处）', en: 'Township government' } },
        { action: 'court', issuer: { zh: '乡镇政府向人民法院申请', en: 'Township applies to the court' } },
      ],
    },
    article: `${doc} 第十六条（四步法）；催告：${reminderArticle}`,
  },
  deferral: {
    stated: true,
    text: { zh: '经县级残疾人教育专家委员会评估认定不具备学习条件的，可办理延缓入学或休学手续', en: 'Children the county expert committee assesses unable to study may defer or suspend' },
    article: `${doc} 第十八条`,
  },
  placementRouting: {
    stated: true,
    text: {
      zh: '人在学籍县区由学籍县区劝返；人不在学籍县区由学籍地函告户籍地，户籍地县区负责劝返；普职融合、集中教育、单独教学、随班就读因人安置',
      en: 'Child in the registration county: that county; otherwise the registration county writes to the household county, which takes the case; placement by need',
    },
    article: `${doc} 第十六条、第十七条`,
  },
  calendarDuties: [
    { id: 'haidong-population-book', level: 'township', timings: [{ kind: 'in_month', month: 2 }, { kind: 'in_month', month: 8 }], text: { zh: '更新0—18周岁人口分户册', en: 'Update the 0–18 population book' }, article: `${doc} 第八条(一)` },
    { id: 'haidong-joint-inspection', level: 'township', timings: [{ kind: 'in_month', month: 3 }, { kind: 'in_month', month: 9 }], text: { zh: '开展联合督查，对未按期入学的发放限期入学通知单', en: 'Joint inspection; notices to children not enrolled' }, article: `${doc} 第八条(三)` },
    { id: 'haidong-loss-report', level: 'school', timings: [{ kind: 'after_term_start', days: 10 }], text: { zh: '开学10天内向教育局统计上报学生流失和辍学情况', en: 'Report losses and dropouts to the bureau within 10 days of term start' }, article: `${doc} 第十二条(四)` },
    { id: 'haidong-plan-march', level: 'county', timings: [{ kind: 'in_month', month: 3 }], text: { zh: '县区政府专题研究部署年度招生入学和控辍保学工作', en: 'County plans the year’s enrolment and dropout control' }, article: `${doc} 第十四条` },
    { id: 'haidong-survey-april', level: 'township', timings: [{ kind: 'in_month', month: 4 }], text: { zh: '以户籍、居住证人口为依据全面排查6周岁及以上适龄儿童入学、失学、辍学情况', en: 'Survey every child aged 6+ by household and residence permit' }, article: `${doc} 第十四条` },
    { id: 'haidong-resources-may', level: 'county', timings: [{ kind: 'in_month', month: 5 }], text: { zh: '统筹配置义务教育资源，制定招生入学、复学、保学工作计划', en: 'Allocate resources; enrolment, return and retention plan' }, article: `${doc} 第十四条` },
    { id: 'haidong-notices-summer', level: 'township', timings: [{ kind: 'in_month', month: 6 }, { kind: 'in_month', month: 7 }, { kind: 'in_month', month: 8 }], text: { zh: '联合县区教育局发放义务教育入学、复学通知书', en: 'Issue enrolment and return notices with the county bureau' }, article: `${doc} 第十四条` },
  ],
  target: { stated: true, text: { zh: '“零辍学”：常态化清零', en: '"Zero dropout": cleared continuously' }, article: `${doc} 第三条、第六条` },
  accountability: null,
};
