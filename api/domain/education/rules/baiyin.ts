// 白银区义务教育控辍保学联控联保工作方案 (白政办发〔2020〕28号), issued 2020-04-23, no end date.
// Its flow charts (附件5, 附件6) are named but not in the text, so the day counts of the first
// steps are fallbacks and say so.
import type { DropoutRuleSet } from '../ruleSetTypes';
import { dayCountFallback, noEndOfValidity, printedNoticeDays, printedOrderDays, printedOrderFallback } from './shared';

const doc = '白政办发〔2020〕28号';
const flowChartMissing = {
  zh: '文件所附《义务教育控辍流程图（辍学）》（附件6）未见正文，',
  en: 'The dropout flow chart (annex 6) is not in the text; ',
};

export const baiyin28: DropoutRuleSet = {
  id: 'baiyin-2020-28',
  jurisdiction: 'baiyin',
  nameZh: '白银区义务教育控辍保学联控联保工作方案',
  document: doc,
  validFrom: '2020-04-23',
  validTo: null,
  validity: { stated: false, fallback: noEndOfValidity },
  escalation: [
    {
      action: 'follow_up',
      stage: 'follow_up',
      trigger: { kind: 'absence_days', minDays: 1 },
      deadlineDays: 0,
      marksDropout: false,
      article: `${doc} 二(三)`,
      text: { zh: '学校和乡镇（街道）专人随时关注就学状况，动态监控', en: 'School and township staff monitor attendance' },
      fallback: { zh: `${flowChartMissing.zh}按第1个教学日跟进`, en: `${flowChartMissing.en}follow-up from the 1st school day` },
    },
    {
      action: 'persuasion',
      stage: 'persuasion',
      trigger: { kind: 'absence_days', minDays: 3 },
      deadlineDays: 0,
      marksDropout: false,
      article: `${doc} 二(四)`,
      text: { zh: '发现疑似辍学儿童，乡镇街道立即按流程图进行劝返', en: 'Suspected dropout: the township persuades at once' },
      fallback: { zh: `${flowChartMissing.zh}${dayCountFallback(3).zh}`, en: `${flowChartMissing.en}${dayCountFallback(3).en}` },
    },
    {
      action: 'order_to_correct',
      stage: 'order_to_correct',
      trigger: { kind: 'after_event', event: 'home_visit_failed' },
      deadlineDays: null,
      marksDropout: false,
      article: `${doc} 一(二)`,
      text: { zh: '无正当理由未送入学或造成辍学的，经教育部门责令限期改正', en: 'The education bureau orders the guardian to correct within a time limit' },
      fallback: { zh: '文件未规定何时责令改正，按劝返无效之日', en: 'The document does not say when; the day persuasion failed is used' },
    },
  ],
  noticeDays: { stated: false, value: printedNoticeDays, fallback: { zh: '文件未规定限期入学通知书', en: 'The document has no deadline-to-enrol notice' } },
  orderDays: { stated: false, value: printedOrderDays, fallback: printedOrderFallback },
  legalLadder: {
    stated: true,
    value: {
      steps: [
        { action: 'order_to_correct', issuer: { zh: '区教育局', en: 'District education bureau' } },
        { action: 'judicial_document', issuer: { zh: '区司法局', en: 'District judicial bureau' } },
      ],
    },
    article: `${doc} 一(二)`,
  },
  deferral: {
    stated: true,
    text: { zh: '乡镇（街道）督促因身体状况需要延缓入学的适龄儿童监护人办理延缓入学手续', en: 'The township has guardians of children unfit for school apply for deferral' },
    article: `${doc} 一(二)`,
  },
  placementRouting: {
    stated: true,
    text: {
      zh: '失学儿童劝返后由区教育局统一安置；疑似辍学儿童劝返后原则上安置到原就读学校；残疾儿童经评估明确特教学校、随班就读、送教上门的安置建议',
      en: 'Out-of-school children are placed by the bureau; dropouts return to their original school; disabled children get a placement recommendation',
    },
    article: `${doc} 二(四)、四(三)`,
  },
  calendarDuties: [
    { id: 'baiyin-survey', level: 'township', timings: [{ kind: 'by_date', month: 6, day: 30 }], text: { zh: '摸底登记新增适龄人口（8月31日满6周岁）并下达《义务教育入学通知书》', en: 'Survey new school-age children (6 by 08-31) and issue admission notices' }, article: `${doc} 二(一)` },
    { id: 'baiyin-roster', level: 'township', timings: [{ kind: 'by_date', month: 7, day: 31 }], text: { zh: '报送6周岁人口花名册和建档立卡贫困户子女信息', en: 'Send the age-6 roster and poverty-household children to the bureau' }, article: `${doc} 二(一)` },
    { id: 'baiyin-sweep', level: 'township', timings: [{ kind: 'by_date', month: 9, day: 20 }, { kind: 'by_date', month: 3, day: 20 }], text: { zh: '全面排查应入未入和疑似辍学儿童，报送核查劝返台账', en: 'Full sweep for non-enrolled and suspected dropouts; send the ledger' }, article: `${doc} 二(一)` },
    { id: 'baiyin-police-data', level: 'department', timings: [{ kind: 'by_date', month: 9, day: 20 }], text: { zh: '公安部门报送6—15周岁户籍人口基本信息', en: 'Police send household data for ages 6–15' }, article: `${doc} 二(二)` },
    { id: 'baiyin-register-compare', level: 'school', timings: [{ kind: 'in_month', month: 3 }, { kind: 'in_month', month: 9 }], text: { zh: '学期首月比对在校学生与学籍注册学生', en: 'First month of term: compare pupils in school with the register' }, article: `${doc} 二(二)` },
    { id: 'baiyin-disability-data', level: 'department', timings: [{ kind: 'by_date', month: 7, day: 31 }], text: { zh: '区残联报送6—15周岁残疾儿童少年基本信息', en: 'Disabled Persons’ Federation sends data on disabled children 6–15' }, article: `${doc} 四(三)` },
    { id: 'baiyin-disability-assessment', level: 'department', timings: [{ kind: 'by_date', month: 8, day: 10 }], text: { zh: '专家委员会鉴定评估新增适龄残疾儿童并提出安置建议', en: 'Expert committee assesses new disabled children and recommends a placement' }, article: `${doc} 四(三)` },
    { id: 'baiyin-left-behind', level: 'department', timings: [{ kind: 'by_date', month: 9, day: 30 }], text: { zh: '民政部门报送6—15周岁农村留守儿童花名册', en: 'Civil affairs sends the left-behind children list (6–15)' }, article: `${doc} 四(二)` },
    { id: 'baiyin-cross-check', level: 'county', timings: [{ kind: 'by_date', month: 11, day: 30 }], text: { zh: '完成学籍、户籍、建档立卡数据核查比对', en: 'Cross-check student, household and poverty registers' }, article: `${doc} 三(一)` },
  ],
  target: { stated: true, text: { zh: '“零辍学”“零失学”', en: '"Zero dropout, zero out of school"' }, article: `${doc} 序言` },
  accountability: null,
};
