// Which county takes a dropout / out-of-school case — 东政办〔2023〕101号 Art. 16: "人在学籍县区则由
// 学籍县区负责劝返，人不在学籍县区则由学籍地函告户籍地，户籍地县区负责劝返" — and the Art. 15 letter:
// "非本地户籍的学生由县区教育局向户籍地教育行政部门发函告知辍学情况", due whether or not the child
// is present. No I/O.
import type { Bilingual } from '../shared/bilingual';
import { addDays } from '../shared/calendarDate';

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
  /** Day the case is opened; the letter task falls due from it. */
  openedOn?: string;
}

/** A letter the registration county's bureau must send (Art. 15, Art. 16). */
export interface LetterTask {
  to: string;
  dueDate: string | null;
  article: string;
  /** Art. 15 sets no deadline: the 5-day written-report limit of Art. 12(八) is used. */
  fallback: Bilingual;
}

/** Art. 15 names no deadline for the letter; the product uses the 5 days of Art. 12(八). */
export const letterDueDays = 5;
const letterFallback: Bilingual = {
  zh: '第十五条未规定发函期限，按第十二条(八)书面报告的5天计算',
  en: 'Art. 15 sets no deadline for the letter; the 5 days of the Art. 12(八) written report are used',
};

export interface CaseRouting {
  responsibleCounty: string;
  /** County the registration county must notify by letter (函告), or null. */
  notifyCounty: string | null;
  rule: CaseRoutingRule;
  article: string;
  letter: LetterTask | null;
}

const article = '东政办〔2023〕101号 第十六条';

export function routeCase(input: CaseRoutingInput): CaseRouting {
  const { studentCountyCode, householdCountyCode, residentCountyCode } = input;
  if (studentCountyCode === undefined) {
    // No 学籍: the household-registration county organizes enrolment (Art. 8, 14: township
    // surveys by 户籍) — same end point as the "人不在学籍县区" branch.
    return { responsibleCounty: householdCountyCode, notifyCounty: null, rule: 'never_enrolled_household_county', article, letter: null };
  }
  // Art. 15 (and Art. 16 when the child is elsewhere): a non-local student's household county is written to.
  const nonLocal = householdCountyCode !== studentCountyCode;
  const notifyCounty = nonLocal ? householdCountyCode : null;
  const letter: LetterTask | null = nonLocal
    ? {
        to: householdCountyCode,
        dueDate: input.openedOn === undefined ? null : addDays(input.openedOn, letterDueDays),
        article: residentCountyCode !== undefined && residentCountyCode !== studentCountyCode ? `${article}；第十五条` : '东政办〔2023〕101号 第十五条',
        fallback: letterFallback,
      }
    : null;
  if (residentCountyCode === undefined) {
    // Reading: until the child is located the registration county keeps the case, since
    // Art. 16 routes by "具体去向" and the whereabouts are not yet established.
    return { responsibleCounty: studentCountyCode, notifyCounty, rule: 'whereabouts_unknown_registration_county', article, letter };
  }
  if (residentCountyCode === studentCountyCode) {
    return { responsibleCounty: studentCountyCode, notifyCounty, rule: 'present_in_registration_county', article, letter };
  }
  return { responsibleCounty: householdCountyCode, notifyCounty, rule: 'absent_from_registration_county', article, letter };
}

/** The letter task of a stored case, from the county it must notify and the day it was opened. */
export function storedLetterTask(notifyCountyCode: string | null, openedOn: string): LetterTask | null {
  if (notifyCountyCode === null) return null;
  return { to: notifyCountyCode, dueDate: addDays(openedOn, letterDueDays), article: '东政办〔2023〕101号 第十五条、第十六条', fallback: letterFallback };
}
