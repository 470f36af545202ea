// Readings of the dropout-control documents that a deployment sets (issue 13), shown in outputs.
// 海东 东政办〔2023〕101号 Art. 3, 6 "零辍学": as a 100 % consolidation rate it is unreachable
// (transfers and deaths lower the rate), so the shipped reading measures it as zero open dropout
// cases in the county. No I/O.
import type { Bilingual } from '../shared/bilingual';

export const zeroDropoutReadings = ['zero_open_dropouts', 'full_consolidation'] as const;
export type ZeroDropoutReading = (typeof zeroDropoutReadings)[number];

export const zeroDropoutReadingText: Record<ZeroDropoutReading, Bilingual> = {
  zero_open_dropouts: { zh: '“零辍学”按县区无在办辍学案件计（政策设置）', en: '"Zero dropout" read as no open dropout case in the county (policy setting)' },
  full_consolidation: { zh: '“零辍学”按巩固率100%计（政策设置）', en: '"Zero dropout" read as a 100 % consolidation rate (policy setting)' },
};

export const zeroDropoutSetting: ZeroDropoutReading = 'zero_open_dropouts';
