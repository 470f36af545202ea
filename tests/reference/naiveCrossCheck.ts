// Reference implementation for tests and benches, not for production: the 四查三比对 with nested
// loops and find/includes (quadratic). The property tests check crossCheck against it;
// bench/cases/crossCheck.ts times it.
import { crossCheckResult, type CrossCheckInput, type CrossCheckResult, type InvalidIdReport } from '../../api/domain/education/crossCheck';
import { idNumberProblem } from '../../api/domain/education/idNumber';
import { defaultSchoolAgeOptions, schoolStage, type SchoolAgeOptions } from '../../api/domain/education/schoolAge';

/** Quadratic baseline for benchmarks and property tests: nested loops with find/includes. */
export function naiveCrossCheck(input: CrossCheckInput, options: SchoolAgeOptions = defaultSchoolAgeOptions): CrossCheckResult {
  const unique = (ids: readonly { id: string }[]): string[] => {
    const out: string[] = [];
    for (const row of ids) if (!out.includes(row.id)) out.push(row.id);
    return out;
  };
  const householdIds = unique(input.household);
  const studentIds = unique(input.students);
  const inSchoolIds = unique(input.inSchool);
  const povertyIds = unique(input.poverty);
  const invalidIds: InvalidIdReport[] = [];
  const outOfSchool: string[] = [];
  const dropouts: string[] = [];
  const povertyDropouts: string[] = [];
  const notInHousehold: string[] = [];
  const householdSeparated: string[] = [];
  let schoolAge = 0;

  for (const id of householdIds) {
    const row = input.household.find((h) => h.id === id)!;
    const reason = idNumberProblem(id, row.birthDate);
    if (reason !== null) {
      invalidIds.push({ id, source: 'household', reason });
    } else if (schoolStage(row.birthDate, input.asOf, options) !== null) {
      schoolAge++;
      if (!input.students.find((s) => s.id === id)) outOfSchool.push(id);
    }
  }
  for (const id of studentIds) {
    const reason = idNumberProblem(id);
    if (reason !== null) {
      invalidIds.push({ id, source: 'students', reason });
      continue;
    }
    if (!householdIds.includes(id)) notInHousehold.push(id);
    else if (input.household.find((h) => h.id === id)!.countyCode !== input.students.find((s) => s.id === id)!.countyCode) householdSeparated.push(id);
    if (!inSchoolIds.includes(id)) {
      dropouts.push(id);
      if (povertyIds.includes(id)) povertyDropouts.push(id);
    }
  }
  for (const id of inSchoolIds) {
    const reason = idNumberProblem(id);
    if (reason !== null) invalidIds.push({ id, source: 'inSchool', reason });
  }
  for (const id of povertyIds) {
    const reason = idNumberProblem(id);
    if (reason !== null) invalidIds.push({ id, source: 'poverty', reason });
  }

  return crossCheckResult(
    { outOfSchool, dropouts, povertyDropouts, notInHousehold, householdSeparated, invalidIds },
    {
      household: householdIds.length,
      students: studentIds.length,
      inSchool: inSchoolIds.length,
      poverty: povertyIds.length,
      schoolAge,
    },
  );
}
