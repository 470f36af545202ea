// 沙坡头区义务教育控辍保学管理办法 (卫沙政办规发〔2023〕4号), valid 2023-12-16 … 2028-12-15 (Art. 10).
import type { DropoutRuleSet } from '../ruleSetTypes';
import { printedNoticeDays, printedNoticeFallback } from './shared';

const doc = '卫沙政办规发〔2023〕4号';

export const shapotou4: DropoutRuleSet = {
  id: 'shapotou-2023-4',
  jurisdiction: 'shapotou',
  nameZh: '沙坡头区义务教育控辍保学管理办法',
  document: doc,
  validFrom: '2023-12-16',
  validTo: '2028-12-15',
  validity: { stated: true, text: { zh: '2023-12-16起施行，有效期至2028-12-15', en: '2023-12-16 to 2028-12-15' }, article: `${doc} 第十条` },
  escalation: [
    {
      action: 'follow_up',
      stage: 'follow_up',
      trigger: { kind: 'absence_days', minDays: 1 },
      deadlineDays: 0,
      marksDropout: false,
      article: `${doc} 第七条`,
      text: { zh: '班主任第一时间电话询问情况，及时家访，摸清情况，进行劝返', en: 'Head teacher phones at once, visits the home and persuades' },
    },
    {
      action: 'persuasion',
      stage: 'persuasion',
      trigger: { kind: 'absence_days', minDays: 3 },
      deadlineDays: 0,
      marksDropout: false,
      article: `${doc} 第七条`,
      text: { zh: '3天内未返校的，由学校组织力量劝返', en: 'Not back within 3 days: the school organizes persuasion' },
    },
    {
      action: 'dropout_mark',
      stage: 'dropout_marked',
      trigger: { kind: 'absence_days', minDays: 7 },
      deadlineDays: 0,
      marksDropout: true,
      article: `${doc} 第七条`,
      text: { zh: '7天仍未返校的，在学籍系统中做辍学标注并保留学籍，上报教育主管部门和乡镇人民政府', en: '7 days: mark dropout in the register (keep the registration), report to the bureau and township' },
    },
    {
      action: 'deadline_notice',
      stage: 'deadline_notice',
      trigger: { kind: 'absence_days', minDays: 16 },
      deadlineDays: 0,
      marksDropout: true,
      article: `${doc} 第七条`,
      text: { zh: '超过15日仍未送子女复学的，由教育行政部门联合属地乡镇下发《限期入学通知书》', en: 'More than 15 days: bureau and township issue the deadline-to-enrol notice' },
    },
    {
      action: 'order_to_correct',
      stage: 'order_to_correct',
      trigger: { kind: 'time_limit_passed', limit: 'notice' },
      deadlineDays: 0,
      marksDropout: true,
      article: `${doc} 第七条`,
      text: { zh: '在限期内仍不能按期入学的，对监护人批评教育，并责令限期改正', en: 'Not enrolled by the notice’s time limit: criticize the guardian and order correction' },
    },
  ],
  noticeDays: { stated: false, value: printedNoticeDays, fallback: printedNoticeFallback },
  orderDays: {
    stated: false,
    value: 0,
    fallback: { zh: '文件在责令限期改正后不再规定后续步骤，不计算其期限', en: 'The document ends with the order to correct; no later step is computed' },
  },
  legalLadder: {
    stated: false,
    value: null,
    fallback: { zh: '文件只规定到“批评教育并责令限期改正”，未规定行政处罚或司法程序', en: 'The document stops at "criticize and order correction"; no penalty or court step' },
  },
  deferral: { stated: false, fallback: { zh: '文件未规定延缓入学；仅第三条“除身体原因不具备学习条件外”', en: 'No deferral rule; Art. 3 only excepts children physically unable to study' } },
  placementRouting: { stated: false, fallback: { zh: '文件未规定安置去向和跨县区分工；由学校和乡镇按职责劝返（第七条）', en: 'No placement or cross-county routing; school and township persuade (Art. 7)' } },
  calendarDuties: [],
  target: { stated: true, text: { zh: '辍学学生常态化清零；学年内流失率不超过1%（第八条问责线）', en: 'Dropouts cleared continuously; annual loss ≤ 1 % (Art. 8 accountability line)' }, article: `${doc} 第一条、第八条` },
  accountability: {
    countyLossRateMax: 0.01,
    lowestRatingDropouts: { primary: 1, junior: 2 },
    townshipDropoutsAbove: 2,
    townshipSanctionsByMonth: ['interview', 'public_criticism', 'administrative_sanction'],
    article: `${doc} 第八条`,
  },
};
