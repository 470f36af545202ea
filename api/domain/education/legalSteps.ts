// 四步法 — the four legal steps against a guardian who keeps a child out of school
// (东政办〔2023〕101号 Art. 16; 临政办发〔2020〕14号 §四): ① 宣传教育 → ② 责令改正 → ③ 行政处罚
// (then 《履行行政决定催告书》 if the decision is not carried out) → ④ 申请强制执行或提起诉讼. No I/O.

import { EducationRuleError } from './educationError';
import { dayNumber } from '../shared/calendarDate';
import type { Bilingual } from '../shared/bilingual';
import { legalActLabels, legalActs, type LegalAct, type LegalStep } from './vocabulary';

export interface LegalActRecord {
  act: LegalAct;
  date: string;
}

export interface LegalActInfo {
  act: LegalAct;
  step: LegalStep;
  stepNumber: 1 | 2 | 3 | 4;
  document: string | null;
  name: Bilingual;
  article: string;
}

const lincang = '临政办发〔2020〕14号 §四';
const haidong = '东政办〔2023〕101号 第十六条';

export const legalActInfo: Record<LegalAct, LegalActInfo> = {
  education: { act: 'education', step: 'education', stepNumber: 1, document: null, name: legalActLabels.education, article: `${haidong}；${lincang}(一)` },
  order_to_correct: { act: 'order_to_correct', step: 'order_to_correct', stepNumber: 2, document: '《责令送被监护人接受义务教育通知书》', name: legalActLabels.order_to_correct, article: `${haidong}；${lincang}(二)` },
  administrative_penalty: { act: 'administrative_penalty', step: 'administrative_penalty', stepNumber: 3, document: '《行政处罚决定书》', name: legalActLabels.administrative_penalty, article: `${haidong}；${lincang}(三)` },
  performance_reminder: { act: 'performance_reminder', step: 'administrative_penalty', stepNumber: 3, document: '《履行行政决定催告书》', name: legalActLabels.performance_reminder, article: `${lincang}(三)；行政强制法第五十四条` },
  court: { act: 'court', step: 'court', stepNumber: 4, document: null, name: legalActLabels.court, article: `${haidong}；${lincang}(四)` },
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
    throw new EducationRuleError('legal_steps_complete', { zh: '四步法已全部完成', en: 'All four legal steps are already recorded' });
  }
  if (done.some((r) => r.act === act)) {
    throw new EducationRuleError('legal_step_already_done', { zh: `“${info.name.zh}”已记录`, en: `"${info.name.en}" is already recorded` });
  }
  if (act !== expected.act) {
    throw new EducationRuleError('legal_step_out_of_order', {
      zh: `应先进行“${expected.name.zh}”，不能直接进行“${info.name.zh}”`,
      en: `"${expected.name.en}" must come before "${info.name.en}"`,
    });
  }
  const previous = done[done.length - 1];
  if (previous && dayNumber(date) < dayNumber(previous.date)) {
    throw new EducationRuleError('legal_step_date_before_previous', {
      zh: `“${info.name.zh}”日期 ${date} 早于上一步 ${previous.date}`,
      en: `"${info.name.en}" dated ${date} is before the previous step (${previous.date})`,
    });
  }
  return [...done, { act, date }];
}
