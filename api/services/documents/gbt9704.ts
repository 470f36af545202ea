// The page of an official document, GB/T 9704-2012 党政机关公文格式: A4 (§5.2.1), margins 天头 37 mm,
// 订口 28 mm, 版心 156 mm × 225 mm (§5.2.2), 3号 text at 28 lines × 28 characters (§5.2.4), page
// numbers "— 1 —" in 4号 7 mm below the text block, odd pages right and even pages left, one
// character in (§7.5). The fonts are the shipped substitutes (fonts-noto-cjk): 小标宋 → Noto Serif
// CJK Bold, 仿宋 → Noto Serif CJK, 黑体 → Noto Sans CJK, 楷体 → Noto Serif CJK Bold.

export const mm = 72 / 25.4; // PostScript points per millimetre

/** 号 → points (GB/T 9704 §3.1 uses the Chinese type sizes). */
export const typeSize = { 二号: 22, 三号: 16, 四号: 14, 小四: 12, 五号: 10.5, 小五: 9 } as const;

export const a4 = { width: 210 * mm, height: 297 * mm };

/** Portrait text block (§5.2.2): top 37, bottom 35, left 28, right 26 mm. */
export const portraitMargins = { top: 37 * mm, bottom: 35 * mm, left: 28 * mm, right: 26 * mm };

/** A landscape table page (§10.1 横排表格): the same margins turned with the page. */
export const landscapeMargins = { top: 28 * mm, bottom: 26 * mm, left: 37 * mm, right: 35 * mm };

export const linesPerPage = 28;
export const charsPerLine = 28;
/** 225 mm ÷ 28 lines. */
export const linePitch = (225 * mm) / linesPerPage;

/** Twips (1/20 pt) for the DOCX writer. */
export const twips = (points: number) => Math.round(points * 20);

export const fontFiles = {
  serif: { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'NotoSerifCJKsc-Regular', docx: '仿宋' },
  serifBold: { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', family: 'NotoSerifCJKsc-Bold', docx: '方正小标宋简体' },
  sans: { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular', docx: '黑体' },
} as const;
export type FontKey = keyof typeof fontFiles;

/** The DOCX font a Word user has, with the Noto face LibreOffice and Linux fall back to. */
export const docxAltNames: Record<string, string> = {
  仿宋: 'Noto Serif CJK SC',
  方正小标宋简体: 'Noto Serif CJK SC',
  黑体: 'Noto Sans CJK SC',
  楷体: 'Noto Serif CJK SC',
};

/** "— 3 —" (§7.5: a 一字线 either side of the Arabic page number). */
export const pageLabel = (n: number) => `— ${n} —`;
