// Readings of the Art. 18 term that a deployment sets (issue 13): 城镇国有土地使用权出让和转让暂行条例
// Art. 12 has no "office" class, so 办公 is either "comprehensive or other" (50 years) or, as common
// practice classes it, 商服用地 (commercial, 40 years). The reading in force is shown in every term. No I/O.
import type { Bilingual } from '../shared/bilingual';

export const officeTermReadings = ['other_50', 'commercial_40'] as const;
export type OfficeTermReading = (typeof officeTermReadings)[number];

export const officeTermYears: Record<OfficeTermReading, number> = { other_50: 50, commercial_40: 40 };

export const officeTermReadingText: Record<OfficeTermReading, Bilingual> = {
  other_50: { zh: '办公按“综合或者其他用地”读作50年（政策设置）', en: 'office read as "comprehensive or other" land: 50 years (policy setting)' },
  commercial_40: { zh: '办公按商服用地读作40年（政策设置）', en: 'office read as commercial land: 40 years (policy setting)' },
};

/** The deployment's setting; the product ships the literal reading of Art. 12. */
export const officeTermSetting: OfficeTermReading = 'other_50';
