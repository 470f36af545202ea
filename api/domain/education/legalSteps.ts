// 四步法 — the four legal steps against a guardian who keeps a child out of school
// (东政办〔2023〕101号 Art. 16; 临政办发〔2020〕14号 §四): ① 宣传教育 → ② 责令改正 → ③ 行政处罚
// (then 《履行行政决定催告书》 if the decision is not carried out) → ④ 申请强制执行或提起诉讼. No I/O.

import { EducationRuleError } from './educationError';
import { dayNumber } from '../shared/calendarDate';

export const legalSteps = ['education', 'order_to_correct', 'administrative_penalty', 'court'] as const;
export type LegalStep = (typeof legalSteps)[number];

/**
 * Recorded acts, in the only order allowed. The reminder (催告) belongs to step ③ and is required
 * before ④: 临沧 §四(四) "经催告仍然拒不履行", and 行政强制法 Art. 54 (催告 before applying to court).
 */
export const legalActs = ['education', 'order_to_correct', 'administrative_penalty', 'performance_reminder', 'court'] as const;
export type LegalAct = (typeof legalActs)[number];

export interface LegalActRecord {
  act: LegalAct;
  date: string;
}

export interface LegalActInfo {
  act: LegalAct;
  step: LegalStep;
  stepNumber: 1 | 2 | 3 | 4;
  document: string | null;
  nameZh: string;
  nameEn: string;
  article: string;
}

const lincang = '临政办发〔2020〕14号 §四';
const haidong = '东政办〔2023〕101号 第十六条';

export const legalActInfo: Record<LegalAct, LegalActInfo> = {
  education: { act: 'education', step: 'education', stepNumber: 1, document: null, nameZh: '宣传教育', nameEn: 'Education and persuasion', article: `${haidong}；${lincang}(一)` },
  order_to_correct: { act: 'order_to_correct', step: 'order_to_correct', stepNumber: 2, document: '《责令送被监护人接受义务教育通知书》', nameZh: '责令改正', nameEn: 'Order to correct', article: `${haidong}；${lincang}(二)` },
  administrative_penalty: { act: 'administrative_penalty', step: 'administrative_penalty', stepNumber: 3, document: '《行政处罚决定书》', nameZh: '行政处罚', nameEn: 'Administrative penalty', article: `${haidong}；${lincang}(三)` },
  performance_reminder: { act: 'performance_reminder', step: 'administrative_penalty', stepNumber: 3, document: '《履行行政决定催告书》', nameZh: '催告履行', nameEn: 'Reminder to carry out the decision', article: `${lincang}(三)；行政强制法第五十四条` },
  court: { act: 'court', step: 'court', stepNumber: 4, document: null, nameZh: '申请强制执行或提起诉讼', nameEn: 'Apply to court for enforcement or sue', article: `${haidong}；${lincang}(四)` },
};

/** The act that must come next, or null when the court step has been taken. */
export function nextLegalStep(done: readonly LegalActRecord[]): LegalActInfo | null {
  const act = legalActs[done.length];
  return act === undefined ? null : legalActInfo[act];
}

/** Returns a new record list with `act` appended; refuses skips, repeats and backdating. */
export function recordLegalStep(done: readonly LegalActRecord[], act: LegalAct, date: string): LegalActRecord[] {
  const expected = nextLegalStep(done);
  const info = legalActInfo[act];
  if (expected === null) {
    throw new EducationRuleError('legal_steps_complete', '四步法已全部完成', 'All four legal steps are already recorded');
  }
  if (done.some((r) => r.act === act)) {
    throw new EducationRuleError('legal_step_already_done', `“${info.nameZh}”已记录`, `"${info.nameEn}" is already recorded`);
  }
  if (act !== expected.act) {
    throw new EducationRuleError(
      'legal_step_out_of_order',
      `应先进行“${expected.nameZh}”，不能直接进行“${info.nameZh}”`,
      `"${expected.nameEn}" must come before "${info.nameEn}"`,
    );
  }
  const previous = done[done.length - 1];
  if (previous && dayNumber(date) < dayNumber(previous.date)) {
    throw new EducationRuleError(
      'legal_step_date_before_previous',
      `“${info.nameZh}”日期 ${date} 早于上一步 ${previous.date}`,
      `"${info.nameEn}" dated ${date} is before the previous step (${previous.date})`,
    );
  }
  return [...done, { act, date }];
}
