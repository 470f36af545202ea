// 临沧市关于进一步加强义务教育阶段控辍保学工作的实施意见 (临政办发〔2020〕14号), issued 2020-03-05, no end date.
import type { DropoutRuleSet } from '../ruleSetTypes';
import { dayCountFallback, noEndOfValidity, printedNoticeDays, printedOrderDays, printedOrderFallback, reminderArticle } from './shared';

const doc = '临政办发〔2020〕14号';
const township = { zh: '乡镇人民政府（街道办事处）', en: 'Township government' };

export const lincang14: DropoutRuleSet = {
  id: 'lincang-2020-14',
  jurisdiction: 'lincang',
  nameZh: '临沧市进一步加强义务教育阶段控辍保学工作的实施意见',
  document: doc,
  validFrom: '2020-03-05',
  validTo: null,
  validity: { stated: false, fallback: noEndOfValidity },
  escalation: [
    {
      action: 'follow_up',
      stage: 'follow_up',
      trigger: { kind: 'absence_days', minDays: 1 },
      deadlineDays: 0,
      marksDropout: false,
      article: `${doc} 二`,
      text: { zh: '学期中日常考勤，及时查清未到校学生去向', en: 'Daily attendance; find out where an absent pupil is' },
      fallback: { zh: '文件未规定缺课天数，按第1个教学日跟进', en: 'No day count in the document; follow-up from the 1st school day' },
    },
    {
      action: 'written_report',
      stage: 'reported',
      trigger: { kind: 'absence_days', minDays: 3 },
      deadlineDays: 0,
      marksDropout: false,
      article: `${doc} 二`,
      text: { zh: '按控辍保学报告制度，及时向县级教育体育部门和乡镇人民政府报告', en: 'Report to the county education bureau and the township' },
      fallback: dayCountFallback(3),
    },
    {
      action: 'township_action',
      stage: 'township_action',
      trigger: { kind: 'absence_days', minDays: 3 },
      deadlineDays: 0,
      marksDropout: false,
      article: `${doc} 二`,
      text: { zh: '乡镇人民政府立即组织力量进行查找和劝返', en: 'The township searches and persuades at once' },
      fallback: dayCountFallback(3),
    },
  ],
  noticeDays: { stated: false, value: printedNoticeDays, fallback: { zh: '文件未规定限期入学通知书', en: 'The document has no deadline-to-enrol notice' } },
  orderDays: { stated: false, value: printedOrderDays, fallback: printedOrderFallback },
  legalLadder: {
    stated: true,
    value: {
      steps: [
        { action: 'order_to_correct', issuer: township },
        { action: 'penalty', issuer: township },
        { action: 'reminder', issuer: township },
        { action: 'court', issuer: { zh: '乡镇政府向人民法院申请', en: 'Township applies to the court' } },
      ],
    },
    article: `${doc} 四；催告：${reminderArticle}`,
  },
  deferral: {
    stated: true,
    text: { zh: '因身体状况确需延缓入学的，由监护人提出申请，乡镇人民政府或县级教育体育部门批准', en: 'Deferral for health: the guardian applies; the township or county bureau approves' },
    article: `${doc} 三(二)`,
  },
  placementRouting: {
    stated: true,
    text: {
      zh: '免试就近入学；送教上门须县（区）教育体育部门提前审批、每周不少于一次；普职融合经监护人申请、每学年不少于35周；小升初整班移交，流失由移交、接收学校配合劝返',
      en: 'Nearest school; home teaching pre-approved by the county, weekly; vocational class on application, ≥ 35 weeks; whole-class grade 6→7 transfer',
    },
    article: `${doc} 三(一)(二)(三)(四)`,
  },
  calendarDuties: [
    { id: 'lincang-unregistered-list', level: 'school', timings: [{ kind: 'after_term_start', days: 7 }], text: { zh: '开学后清点报到，列出未注册报到学生清单报县级教育体育部门和乡镇', en: 'After term start: list pupils not registered, report to the county bureau and township' }, article: `${doc} 二` },
    { id: 'lincang-grade7-transfer', level: 'school', timings: [{ kind: 'in_month', month: 9 }], text: { zh: '核查“小升初”整班移交中的流失或辍学学生', en: 'Check losses in the grade 6→7 whole-class transfer' }, article: `${doc} 三(三)` },
  ],
  target: { stated: true, text: { zh: '2020年全市义务教育巩固率达95%以上', en: 'Consolidation rate ≥ 95 % in 2020' }, article: `${doc} 序言` },
  accountability: null,
};
