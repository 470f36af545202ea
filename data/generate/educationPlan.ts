import { stageForAge } from '../../api/domain/education/schoolAge';
import type { DemoChild } from './educationChildren';
import type { DemoSchool } from './educationSchools';
import { createRng, int, shuffle, uniform } from './random';

// Who is enrolled where, who dropped out or was never enrolled, which register rows carry
// deliberate errors, absence streaks (one per escalation stage) and cohort figures. Deterministic.

export interface EducationPlan {
  /** Index into the school list, or -1 for a child never enrolled (失学). */
  schoolOf: Int32Array;
  dropouts: number[];
  outOfSchool: number[];
  /** Household-register rows with a wrong check character / a birth date that differs from the ID. */
  badCheckDigit: number[];
  birthDateMismatch: number[];
  /** Absence streak length (days, ending yesterday) per child index. */
  absenceDays: Map<number, number>;
  cohorts: { townshipCode: string; countyCode: string; schoolYear: number; grade1: number; grade9: number; atStart: number; lost: number }[];
}

export const demoDropoutsAtScale1 = 300;
export const demoOutOfSchoolAtScale1 = 200;
export const demoRegisterErrorsAtScale1 = 60;
/** Streak lengths covering every stage of both rule sets: 1, 3, 7 and 16 days, and longer. */
export const demoStreakLengths = [1, 2, 3, 5, 7, 10, 16, 21, 30, 45] as const;

function offers(school: DemoSchool, level: 'primary' | 'junior'): boolean {
  return school.level === 'nine_year' || school.level === level;
}

function nearestSchools(children: readonly DemoChild[], schools: readonly DemoSchool[]): Int32Array {
  const out = new Int32Array(children.length).fill(-1);
  const byCounty = new Map<string, number[]>();
  schools.forEach((s, i) => byCounty.set(s.countyCode, [...(byCounty.get(s.countyCode) ?? []), i]));
  const cosLat = Math.cos((36.5 * Math.PI) / 180);
  children.forEach((c, ci) => {
    const level = stageForAge(c.age);
    if (level === null) return;
    // Student registration is in the household county, at the nearest school of the level.
    let best = -1;
    let bestD = Infinity;
    for (const si of byCounty.get(c.countyCode) ?? []) {
      const s = schools[si]!;
      if (!offers(s, level)) continue;
      const d = ((s.lon - c.lon) * cosLat) ** 2 + (s.lat - c.lat) ** 2;
      if (d < bestD) [best, bestD] = [si, d];
    }
    out[ci] = best;
  });
  return out;
}

export function planEducation(children: readonly DemoChild[], schools: readonly DemoSchool[], seed: string, scale: number): EducationPlan {
  const rng = createRng(`${seed}:education:plan`);
  const schoolOf = nearestSchools(children, schools);
  const n = (perScale1: number, min: number) => Math.min(children.length, Math.max(min, Math.round(perScale1 * scale)));
  const enrolled = shuffle(rng, children.map((_, i) => i).filter((i) => schoolOf[i]! >= 0));
  // Poverty-household, left-behind and living-elsewhere children drop out more often.
  const risk = (i: number) => {
    const c = children[i]!;
    return (c.povertyAlleviated ? 3 : 1) * (c.leftBehind ? 2 : 1) * (c.residentCountyCode !== c.countyCode ? 20 : 1);
  };
  const ranked = enrolled.map((i) => [i, risk(i) * uniform(rng, 0, 1)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const dropouts = ranked.slice(0, n(demoDropoutsAtScale1, 12)).map(([i]) => i).sort((a, b) => a - b);
  const taken = new Set(dropouts);
  const outOfSchool = enrolled.filter((i) => !taken.has(i)).slice(0, n(demoOutOfSchoolAtScale1, 8)).sort((a, b) => a - b);
  for (const i of outOfSchool) {
    schoolOf[i] = -1;
    taken.add(i);
  }
  const rest = enrolled.filter((i) => !taken.has(i));
  const errors = n(demoRegisterErrorsAtScale1, 3);
  const badCheckDigit = rest.slice(0, errors).sort((a, b) => a - b);
  const birthDateMismatch = rest.slice(errors, 2 * errors).sort((a, b) => a - b);

  const absenceDays = new Map<number, number>();
  dropouts.forEach((i, k) => absenceDays.set(i, demoStreakLengths[k % demoStreakLengths.length]! + (k >= demoStreakLengths.length ? int(rng, 0, 3) : 0)));
  // Short absences of children still attending (back in school: the streak is over).
  for (const i of rest.slice(2 * errors, 2 * errors + n(400, 10))) absenceDays.set(i, int(rng, 1, 2));

  return { schoolOf, dropouts, outOfSchool, badCheckDigit, birthDateMismatch, absenceDays, cohorts: cohortFigures(children, seed) };
}

function cohortFigures(children: readonly DemoChild[], seed: string): EducationPlan['cohorts'] {
  const rng = createRng(`${seed}:education:cohorts`);
  const perTownship = new Map<string, { county: string; count: number }>();
  for (const c of children) {
    const e = perTownship.get(c.townshipCode) ?? { county: c.countyCode, count: 0 };
    e.count++;
    perTownship.set(c.townshipCode, e);
  }
  const out: EducationPlan['cohorts'] = [];
  for (const [townshipCode, { county, count }] of [...perTownship].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Some townships keep every pupil (海东 "零辍学"), the others lose up to 4 % of a cohort.
    const keepsAll = rng() < 0.4;
    const grade1: number[] = [];
    for (let year = 2014; year <= 2026; year++) {
      const g1 = Math.max(1, Math.round((count / 10) * uniform(rng, 0.9, 1.1)));
      grade1.push(g1);
      const cohort = grade1[year - 8 - 2014];
      const g9 = cohort === undefined ? Math.round(g1 * 0.98) : keepsAll ? cohort : Math.round(cohort * uniform(rng, 0.96, 1));
      const atStart = Math.max(1, Math.round(count * uniform(rng, 0.95, 1.05)));
      out.push({ townshipCode, countyCode: county, schoolYear: year, grade1: g1, grade9: g9, atStart, lost: keepsAll ? 0 : Math.round(atStart * uniform(rng, 0, 0.016)) });
    }
  }
  return out;
}
