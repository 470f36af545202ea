// Dropout-risk index per child (issue 13; OpenEMIS "risk index" as the anchor): points from
// unexcused absences, the special groups the documents single out (101号 Art. 7 专门台账; 沙坡头
// Art. 9; 白银 二(三); 谯城 (十四) 重点监测群体: 脱贫/监测户, 残疾, 留守, 随迁, 孤儿, 服刑人员子女),
// the grade 6 → 7 transition (临沧 三(三) 小升初整班移交; 101号 Art. 10(五)) and the distance to
// school (谯城 (十一), 临沧 七(三)). Weights and thresholds are versioned DATA; every score lists
// its parts. No I/O.

import type { Bilingual } from '../shared/bilingual';

export const riskFactors = [
  'absences',
  'poverty',
  'disabled',
  'left_behind',
  'migrant',
  'orphan',
  'prisoner_child',
  'transition',
  'distance',
] as const;
export type RiskFactor = (typeof riskFactors)[number];

export const riskFactorLabels: Record<RiskFactor, Bilingual> = {
  absences: { zh: '无故缺课', en: 'Unexcused absences' },
  poverty: { zh: '脱贫户/监测户', en: 'Poverty-alleviated or monitored household' },
  disabled: { zh: '残疾', en: 'Disability' },
  left_behind: { zh: '留守儿童', en: 'Left-behind child' },
  migrant: { zh: '随迁子女', en: 'Migrant child' },
  orphan: { zh: '孤儿', en: 'Orphan' },
  prisoner_child: { zh: '服刑人员子女', en: 'Child of a prisoner' },
  transition: { zh: '小升初过渡', en: 'Grade 6 → 7 transition' },
  distance: { zh: '上学距离', en: 'Distance to school' },
};

export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export interface RiskWeights {
  id: string;
  validFrom: string;
  validTo: string | null;
  /** Points per unexcused absence in the window, capped. */
  absencePoints: number;
  absenceCap: number;
  /** Absences counted from this many days before asOf. */
  absenceWindowDays: number;
  flagPoints: Record<'poverty' | 'disabled' | 'left_behind' | 'migrant' | 'orphan' | 'prisoner_child', number>;
  transitionPoints: number;
  /** Points per km beyond `distanceFreeKm`, capped. */
  distanceFreeKm: number;
  distancePointsPerKm: number;
  distanceCap: number;
  /** Score ≥ medium → medium; ≥ high → high. */
  thresholds: { medium: number; high: number };
  source: string;
}

/**
 * The product's first weighting — a reading, not a rule of the documents (none gives weights):
 * absences weigh most because 沙坡头 Art. 7 marks a dropout after 7 days; the groups the documents
 * name for dedicated ledgers add a fixed amount each.
 */
export const riskWeightSets: readonly RiskWeights[] = [
  {
    id: 'risk-2026-1',
    validFrom: '2026-01-01',
    validTo: null,
    absencePoints: 5,
    absenceCap: 40,
    absenceWindowDays: 60,
    flagPoints: { poverty: 10, disabled: 10, left_behind: 8, migrant: 6, orphan: 10, prisoner_child: 8 },
    transitionPoints: 10,
    distanceFreeKm: 3,
    distancePointsPerKm: 2,
    distanceCap: 10,
    thresholds: { medium: 20, high: 40 },
    source: 'product reading (issue 13); factors from 101号 Art. 7, 沙坡头 Art. 7 and 9, 临沧 三(三), 谯城 (十一)(十四)',
  },
];

export interface RiskInput {
  unexcusedAbsences: number;
  poverty: boolean;
  disabled: boolean;
  leftBehind: boolean;
  migrant: boolean;
  /** Not in the stored register yet: undefined = unknown (no points, stated in the parts). */
  orphan?: boolean;
  prisonerChild?: boolean;
  /** The child is in the school year of the grade 6 → 7 move. */
  transition: boolean;
  /** Home to school of registration, km; null = no school or no location. */
  distanceKm: number | null;
}

export interface RiskPart {
  factor: RiskFactor;
  points: number;
  detail: Bilingual;
}

export interface RiskScore {
  weightsId: string;
  score: number;
  level: RiskLevel;
  parts: RiskPart[];
}

export function weightsFor(date: string, sets: readonly RiskWeights[] = riskWeightSets): RiskWeights {
  const valid = sets.filter((w) => w.validFrom <= date && (w.validTo === null || date <= w.validTo));
  return (valid.length > 0 ? valid : sets).reduce((a, b) => (a.validFrom >= b.validFrom ? a : b));
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function riskScore(input: RiskInput, w: RiskWeights): RiskScore {
  const parts: RiskPart[] = [];
  const absences = Math.min(w.absenceCap, input.unexcusedAbsences * w.absencePoints);
  if (absences > 0) {
    parts.push({
      factor: 'absences',
      points: absences,
      detail: { zh: `近${w.absenceWindowDays}天无故缺课 ${input.unexcusedAbsences} 天 × ${w.absencePoints}（上限 ${w.absenceCap}）`, en: `${input.unexcusedAbsences} unexcused days in ${w.absenceWindowDays} days × ${w.absencePoints} (cap ${w.absenceCap})` },
    });
  }
  const flags: [keyof RiskWeights['flagPoints'], boolean | undefined][] = [
    ['poverty', input.poverty],
    ['disabled', input.disabled],
    ['left_behind', input.leftBehind],
    ['migrant', input.migrant],
    ['orphan', input.orphan],
    ['prisoner_child', input.prisonerChild],
  ];
  for (const [factor, on] of flags) {
    if (on) parts.push({ factor, points: w.flagPoints[factor], detail: riskFactorLabels[factor] });
  }
  if (input.transition) parts.push({ factor: 'transition', points: w.transitionPoints, detail: { zh: '本学年小学升初中', en: 'Moves from grade 6 to 7 this school year' } });
  if (input.distanceKm !== null && input.distanceKm > w.distanceFreeKm) {
    const points = Math.min(w.distanceCap, round1((input.distanceKm - w.distanceFreeKm) * w.distancePointsPerKm));
    parts.push({
      factor: 'distance',
      points,
      detail: { zh: `距学校 ${round1(input.distanceKm)} 公里，超出 ${w.distanceFreeKm} 公里部分每公里 ${w.distancePointsPerKm}（上限 ${w.distanceCap}）`, en: `${round1(input.distanceKm)} km to school; ${w.distancePointsPerKm} per km beyond ${w.distanceFreeKm} (cap ${w.distanceCap})` },
    });
  }
  const score = round1(parts.reduce((s, p) => s + p.points, 0));
  const level: RiskLevel = score >= w.thresholds.high ? 'high' : score >= w.thresholds.medium ? 'medium' : 'low';
  return { weightsId: w.id, score, level, parts };
}
