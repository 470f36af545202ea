// The 附件1 report as it is sent: headings without text are left out and the rest renumbered, so
// a report never carries "二、主要做法和亮点" followed by nothing (GB/T 9704-2012 §7.3.3: 结构层次
// 序数 一、（一） run without gaps). No I/O.
import type { ReportSection } from './roundReport';

export interface SendableSection {
  readonly key: string;
  readonly title: string;
  readonly body: string;
  readonly children: readonly SendableSection[];
}

const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一, 二 … 十, 十一 … 九十九 (the 序数 of GB/T 9704 §7.3.3). */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`ordinal ${n} outside 1..99`);
  if (n <= 10) return chineseNumerals[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : chineseNumerals[tens - 1]}十${ones === 0 ? '' : chineseNumerals[ones - 1]}`;
}

// "一、工作开展情况" / "（三）企业单位方面。" → the heading text without its number.
const numbered = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

const hasText = (s: ReportSection): boolean => s.body.trim() !== '' || (s.children ?? []).some(hasText);

/** The sections that carry text, numbered 一、二、… and their children （一）（二）… without gaps. */
export function sendableSections(sections: readonly ReportSection[]): SendableSection[] {
  return sections.filter(hasText).map((s, i) => ({
    key: s.key,
    title: `${chineseOrdinal(i + 1)}、${s.title.replace(numbered, '')}`,
    body: s.body.trim(),
    children: (s.children ?? []).filter(hasText).map((c, j) => ({
      key: c.key,
      title: `（${chineseOrdinal(j + 1)}）${c.title.replace(numbered, '')}`,
      body: c.body.trim(),
      children: [],
    })),
  }));
}

/** 成文日期 as GB/T 9704 §7.3.5.3 writes it: Arabic numerals, year in full, no leading zeros. */
export function documentDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
