// 谯城区关于进一步加强控辍保学工作的通知 (谯政办秘〔2024〕5号), issued 2024-01-31, no end date.
import type { DropoutRuleSet } from '../ruleSetTypes';
import { dayCountFallback, noEndOfValidity, printedNoticeDays, printedOrderDays, printedOrderFallback } from './shared';

const doc = '谯政办秘〔2024〕5号';

export const qiaocheng5: DropoutRuleSet = {
  id: 'qiaocheng-2024-5',
  jurisdiction: 'qiaocheng',
  nameZh: '谯城区进一步加强控辍保学工作健全义务教育有保障长效机制的通知',
  document: doc,
  validFrom: '2024-01-31',
  validTo: null,
  validity: { stated: false, fallback: noEndOfValidity },
  escalation: [
    {
      action: 'follow_up',
      stage: 'follow_up',
      trigger: { kind: 'absence_days', minDays: 1 },
      deadlineDays: 0,
      marksDropout: false,
      article: `${doc} (五)`,
      text: { zh: '对未到校学生逐一核实原因并劝返', en: 'Check the reason for each absent pupil and persuade' },
      fallback: { zh: '文件只规定开学后1周内登记未报到学生，未规定学期中的缺课天数；按第1个教学日跟进', en: 'The document only sets the 1-week term-start registration; follow-up from the 1st school day' },
    },
    {
      action: 'report_to_school',
      stage: 'persuasion',
      trigger: { kind: 'absence_days', minDays: 3 },
      deadlineDays: 0,
      marksDropout: false,
      article: `${doc} (十四)`,
      text: { zh: '对在籍不在校学生逐一核实，确认辍学或联系不上的上报区教育局', en: 'Registered but absent: verify; confirmed dropouts are reported to the bureau' },
      fallback: dayCountFallback(3),
    },
    {
      action: 'written_report',
      stage: 'reported',
      trigger: { kind: 'after_event', event: 'home_visit_failed' },
      deadlineDays: null,
      marksDropout: false,
      article: `${doc} (五)`,
      text: { zh: '经劝返仍不到校或无法联系上的，学校及时书面报告属地政府及教育主管部门', en: 'Still absent after persuasion: the school reports in writing to the township and bureau' },
    },
    {
      action: 'order_to_correct',
      stage: 'order_to_correct',
      trigger: { kind: 'after_event', event: 'home_visit_failed' },
      deadlineDays: null,
      marksDropout: false,
      article: `${doc} (二)`,
      text: { zh: '由乡镇人民政府、街道办事处给予批评教育，责令限期改正', en: 'The township criticizes the guardian and orders correction within a time limit' },
      fallback: { zh: '文件未规定何时责令改正，按劝返无效之日', en: 'The document does not say when; the day persuasion failed is used' },
    },
  ],
  noticeDays: { stated: false, value: printedNoticeDays, fallback: { zh: '文件未规定限期入学通知书', en: 'The document has no deadline-to-enrol notice' } },
  orderDays: { stated: false, value: printedOrderDays, fallback: printedOrderFallback },
  legalLadder: {
    stated: true,
    value: {
      steps: [
        { action: 'order_to_correct', issuer: { zh: '乡镇人民政府、街道办事处', en: 'Township government' } },
        { action: 'judicial_document', issuer: { zh: '区司法局', en: 'District judicial bureau' } },
      ],
    },
    article: `${doc} (二)`,
  },
  deferral: {
    stated: false,
    fallback: { zh: '文件未规定延缓入学；按义务教育法第十一条（监护人申请，乡镇政府或县级教育行政部门批准）', en: 'No deferral rule; Compulsory Education Law Art. 11 applies (guardian applies, township or county bureau approves)' },
  },
  placementRouting: {
    stated: true,
    text: { zh: '为不能到校学习的重度残疾儿童送教上门；未入学残疾儿童、服刑人员未成年子女以合适形式接受义务教育并纳入学籍', en: 'Home teaching for severely disabled children; other children placed in a suitable form and registered' },
    article: `${doc} (十一)、(十五)`,
  },
  calendarDuties: [
    { id: 'qiaocheng-non-arrivals', level: 'school', timings: [{ kind: 'after_term_start', days: 7 }], text: { zh: '开学后1周内对未报到学生登记造册并逐一核实原因', en: 'Within 1 week of term start: register non-arrivals and check each reason' }, article: `${doc} (五)` },
    { id: 'qiaocheng-home-visits', level: 'township', timings: [{ kind: 'after_term_start', days: 30 }], text: { zh: '学期开学初协助学校开展1—2次劝学家访并记录', en: 'At term start: 1–2 persuasion home visits with the school, recorded' }, article: `${doc} (四)` },
  ],
  target: { stated: true, text: { zh: '到2025年九年义务教育巩固率不低于99%', en: 'Consolidation rate ≥ 99 % by 2025' }, article: `${doc} 序言` },
  accountability: null,
};
