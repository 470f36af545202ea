// Fallbacks shared by rule sets whose document is silent on a point. Each names where the value
// comes from so the engine can say which fallback it used. No I/O.
import type { Bilingual } from '../../shared/bilingual';

/** The product's printed 《限期入学通知书》 gives 5 days (printNotice.ts). */
export const printedNoticeDays = 5;
export const printedNoticeFallback: Bilingual = {
  zh: '文件未规定限期入学通知书的期限，按本系统打印的通知书（收到通知之日起5日内）计算',
  en: 'The document sets no time limit for the notice; the printed notice (5 days from receipt) is used',
};

/** The product's printed 《责令送被监护人接受义务教育通知书》 gives 7 days (printNotice.ts). */
export const printedOrderDays = 7;
export const printedOrderFallback: Bilingual = {
  zh: '文件未规定责令改正的期限，按本系统打印的责令通知书（收到之日起7日内）计算',
  en: 'The document sets no time limit for the order to correct; the printed order (7 days from receipt) is used',
};

/** 行政强制法 Art. 54: a reminder (催告) must precede an application to court. */
export const reminderArticle = '行政强制法第五十四条';

export const noEndOfValidity: Bilingual = {
  zh: '文件未规定有效期，自印发之日起持续适用，直至被新文件替代',
  en: 'The document states no end of validity; it applies from issue until replaced',
};

/** Day-count fallback where a document names the steps but not the number of days. */
export const dayCountFallback = (days: number): Bilingual => ({
  zh: `文件未规定缺课天数，按通行的“${days}个教学日”跟踪报告口径`,
  en: `The document gives no number of days; the common ${days}-school-day reporting threshold is used`,
});
