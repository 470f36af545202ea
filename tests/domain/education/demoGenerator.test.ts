import { describe, expect, test } from 'vitest';
import { generateGeography } from '../../../data/generate/geography';
import { generateChildren } from '../../../data/generate/educationChildren';
import { apportion, generateSchools } from '../../../data/generate/educationSchools';
import { planEducation } from '../../../data/generate/educationPlan';
import { validateIdNumber } from '../../../api/domain/education/idNumber';
import { schoolStage } from '../../../api/domain/education/schoolAge';

const geography = generateGeography({ seed: 'edu-gen', scale: 0.02 });
const today = '2026-11-20';

describe('education demo generator', () => {
  test('apportion splits by largest remainder and keeps the total', () => {
    // 10 × [1, 1, 1] / 3 = 3.33 each → floors 3, 3, 3, the one left goes to the first (ties by index)
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    // 7 × [5, 3, 2] / 10 = 3.5, 2.1, 1.4 → floors 3, 2, 1; remainders .5 .1 .4 → +1 to the first
    expect(apportion(7, [5, 3, 2])).toEqual([4, 2, 1]);
  });

  test('children: 160,000 × scale, valid unique IDs, school age, deterministic', () => {
    const a = generateChildren(geography, 'edu-gen', 0.02, today);
    const b = generateChildren(geography, 'edu-gen', 0.02, today);
    expect(a.length).toBe(3200); // 160,000 × 0.02
    expect(b).toEqual(a);
    expect(new Set(a.map((c) => c.idNumber)).size).toBe(a.length);
    for (const c of a) {
      expect(validateIdNumber(c.idNumber, { birthDate: c.birthDate }).ok).toBe(true);
      expect(schoolStage(c.birthDate, today)).not.toBeNull();
    }
    const poverty = a.filter((c) => c.povertyAlleviated).length / a.length;
    expect(poverty).toBeGreaterThan(0.05);
    expect(poverty).toBeLessThan(0.13);
  });

  test('children follow village population; plan has dropouts, out-of-school and register errors', () => {
    const children = generateChildren(geography, 'edu-gen', 0.02, today);
    const byVillage = new Map<string, number>();
    for (const c of children) byVillage.set(c.villageCode, (byVillage.get(c.villageCode) ?? 0) + 1);
    const villages = geography.villages.features.map((v) => v.properties);
    const total = villages.reduce((s, v) => s + v.population, 0);
    for (const v of villages) expect(Math.abs((byVillage.get(v.code) ?? 0) - (children.length * v.population) / total)).toBeLessThan(1);
    const counts = new Map<string, number>();
    for (const c of children) counts.set(c.townshipCode, (counts.get(c.townshipCode) ?? 0) + 1);
    const schools = generateSchools(geography, 'edu-gen', 0.02, counts);
    expect(schools.length).toBe(14); // 700 × 0.02
    const plan = planEducation(children, schools, 'edu-gen', 0.02);
    expect(plan.dropouts.length).toBe(12); // max(12, 300 × 0.02 = 6)
    expect(plan.outOfSchool.length).toBe(8); // max(8, 200 × 0.02 = 4)
    expect(plan.badCheckDigit.length).toBe(3);
    expect(new Set(plan.dropouts.map((i) => plan.absenceDays.get(i))).size).toBeGreaterThanOrEqual(10); // 1, 2, 3, 5, 7, 10, 16, 21, 30, 45
    for (const i of plan.outOfSchool) expect(plan.schoolOf[i]).toBe(-1);
  });
});
