// 四查三比对 — four checks, three comparisons (东政办〔2023〕101号 Art. 16; 临政办发〔2020〕14号 §二):
// 户籍 vs 学籍 → out-of-school (失学), 学籍 vs 在校 → dropouts (辍学), dropouts vs 脱贫户 →
// poverty-household dropouts; students without a household record are 人籍不符, students whose
// household county is not the county of their 学籍 are 人籍分离 (临政办发〔2020〕14号 §二). No I/O.
//
// Readings chosen (stated in the API output):
// - A household ID is valid when its check character is right, its birth date is real and equals
//   the recorded birth date; other sources carry no birth date, so only the number is checked.
// - Invalid IDs are reported per source and left out of the comparisons that use that source's
//   rows (人籍存疑, to resolve first): an invalid household row yields no out-of-school entry, an
//   invalid 学籍 id no dropout / poverty dropout / notInHousehold entry. A valid 学籍 id whose
//   household row has a birth-date mismatch is still a dropout when not in school.
// - A repeated household ID keeps its first row; other duplicates collapse to one.
// - notInHousehold tests presence of the ID among household rows, valid or not: a mismatched
//   household row is reported once, as an invalid household ID.

import { idNumberProblem, type IdNumberFailureReason } from './idNumber';
import {
  ageOnReferenceYear,
  defaultSchoolAgeOptions,
  referenceYear,
  stageForAge,
  type SchoolAgeOptions,
} from './schoolAge';

export const crossCheckSources = ['household', 'students', 'inSchool', 'poverty'] as const;
export type CrossCheckSource = (typeof crossCheckSources)[number];

export interface CrossCheckInput {
  asOf: string;
  household: readonly { id: string; name: string; birthDate: string; countyCode: string }[];
  students: readonly { id: string; schoolCode: string; countyCode: string }[];
  inSchool: readonly { id: string }[];
  poverty: readonly { id: string }[];
}

export interface InvalidIdReport {
  id: string;
  source: CrossCheckSource;
  reason: IdNumberFailureReason;
}

export interface CrossCheckResult {
  outOfSchool: string[];
  dropouts: string[];
  povertyDropouts: string[];
  notInHousehold: string[];
  /** 人籍分离: valid 学籍 whose household row is registered in another county. */
  householdSeparated: string[];
  invalidIds: InvalidIdReport[];
  counts: {
    household: number;
    students: number;
    inSchool: number;
    poverty: number;
    schoolAge: number;
    outOfSchool: number;
    dropouts: number;
    povertyDropouts: number;
    notInHousehold: number;
    householdSeparated: number;
    invalidIds: number;
  };
}

function ascending(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const sourceOrder: Record<CrossCheckSource, number> = { household: 0, students: 1, inSchool: 2, poverty: 3 };

function byIdThenSource(a: InvalidIdReport, b: InvalidIdReport): number {
  return ascending(a.id, b.id) || sourceOrder[a.source] - sourceOrder[b.source];
}

/** The result from its lists and register sizes: lists sorted, counts taken from them. */
export function crossCheckResult(
  lists: Omit<CrossCheckResult, 'counts'>,
  sizes: { household: number; students: number; inSchool: number; poverty: number; schoolAge: number },
): CrossCheckResult {
  lists.outOfSchool.sort(ascending);
  lists.dropouts.sort(ascending);
  lists.povertyDropouts.sort(ascending);
  lists.notInHousehold.sort(ascending);
  lists.householdSeparated.sort(ascending);
  lists.invalidIds.sort(byIdThenSource);
  return {
    ...lists,
    counts: {
      ...sizes,
      outOfSchool: lists.outOfSchool.length,
      dropouts: lists.dropouts.length,
      povertyDropouts: lists.povertyDropouts.length,
      notInHousehold: lists.notInHousehold.length,
      householdSeparated: lists.householdSeparated.length,
      invalidIds: lists.invalidIds.length,
    },
  };
}

/** O(n) comparison with Sets/Maps; runs on the full city register (≈1.6 million rows). */
export function crossCheck(input: CrossCheckInput, options: SchoolAgeOptions = defaultSchoolAgeOptions): CrossCheckResult {
  const invalidIds: InvalidIdReport[] = [];

  const household = new Map<string, { birthDate: string; countyCode: string }>();
  for (const row of input.household) if (!household.has(row.id)) household.set(row.id, row);

  const studentIds = new Set<string>();
  const studentCounty = new Map<string, string>();
  for (const row of input.students) {
    studentIds.add(row.id);
    if (!studentCounty.has(row.id)) studentCounty.set(row.id, row.countyCode);
  }
  const inSchoolIds = new Set<string>();
  for (const row of input.inSchool) inSchoolIds.add(row.id);
  const povertyIds = new Set<string>();
  for (const row of input.poverty) povertyIds.add(row.id);

  const outOfSchool: string[] = [];
  const refYear = referenceYear(input.asOf, options);
  let schoolAge = 0;
  for (const [id, row] of household) {
    const reason = idNumberProblem(id, row.birthDate);
    if (reason !== null) {
      invalidIds.push({ id, source: 'household', reason });
      continue;
    }
    // A valid row's birthDate is a real date equal to the ID's, so it can be read by position.
    const bd = row.birthDate;
    const age = ageOnReferenceYear(+bd.slice(0, 4), +bd.slice(5, 7), +bd.slice(8, 10), refYear, options);
    if (stageForAge(age, options) === null) continue;
    schoolAge++;
    if (!studentIds.has(id)) outOfSchool.push(id);
  }

  const dropouts: string[] = [];
  const povertyDropouts: string[] = [];
  const notInHousehold: string[] = [];
  const householdSeparated: string[] = [];
  for (const id of studentIds) {
    const reason = idNumberProblem(id);
    if (reason !== null) {
      invalidIds.push({ id, source: 'students', reason });
      continue;
    }
    const home = household.get(id);
    if (!home) notInHousehold.push(id);
    else if (home.countyCode !== studentCounty.get(id)) householdSeparated.push(id);
    if (inSchoolIds.has(id)) continue;
    dropouts.push(id);
    if (povertyIds.has(id)) povertyDropouts.push(id);
  }

  for (const [source, ids] of [['inSchool', inSchoolIds], ['poverty', povertyIds]] as const) {
    for (const id of ids) {
      const reason = idNumberProblem(id);
      if (reason !== null) invalidIds.push({ id, source, reason });
    }
  }

  return crossCheckResult(
    { outOfSchool, dropouts, povertyDropouts, notInHousehold, householdSeparated, invalidIds },
    { household: household.size, students: studentIds.size, inSchool: inSchoolIds.size, poverty: povertyIds.size, schoolAge },
  );
}
