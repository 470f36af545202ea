// Which county takes a dropout / out-of-school case — 东政办〔2023〕101号 Art. 16: "人在学籍县区则由
// 学籍县区负责劝返，人不在学籍县区则由学籍地函告户籍地，户籍地县区负责劝返". No I/O.

export const caseRoutingRules = [
  'never_enrolled_household_county',
  'present_in_registration_county',
  'absent_from_registration_county',
  'whereabouts_unknown_registration_county',
] as const;
export type CaseRoutingRule = (typeof caseRoutingRules)[number];

export interface CaseRoutingInput {
  /** County of student registration (学籍); absent for a child never enrolled (失学). */
  studentCountyCode?: string;
  /** County of household registration (户籍). */
  householdCountyCode: string;
  /** County where the child actually is, when known. */
  residentCountyCode?: string;
}

export interface CaseRouting {
  responsibleCounty: string;
  /** County the registration county must notify by letter (函告), or null. */
  notifyCounty: string | null;
  rule: CaseRoutingRule;
  article: string;
}

const article = '东政办〔2023〕101号 第十六条';

export function routeCase(input: CaseRoutingInput): CaseRouting {
  const { studentCountyCode, householdCountyCode, residentCountyCode } = input;
  if (studentCountyCode === undefined) {
    // No 学籍: the household-registration county organizes enrolment (Art. 8, 14: township
    // surveys by 户籍) — same end point as the "人不在学籍县区" branch.
    return { responsibleCounty: householdCountyCode, notifyCounty: null, rule: 'never_enrolled_household_county', article };
  }
  if (residentCountyCode === undefined) {
    // Reading: until the child is located the registration county keeps the case, since
    // Art. 16 routes by "具体去向" and the whereabouts are not yet established.
    return { responsibleCounty: studentCountyCode, notifyCounty: null, rule: 'whereabouts_unknown_registration_county', article };
  }
  if (residentCountyCode === studentCountyCode) {
    return { responsibleCounty: studentCountyCode, notifyCounty: null, rule: 'present_in_registration_county', article };
  }
  return {
    responsibleCounty: householdCountyCode,
    notifyCounty: householdCountyCode === studentCountyCode ? null : householdCountyCode,
    rule: 'absent_from_registration_county',
    article,
  };
}
