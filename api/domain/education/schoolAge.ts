// Compulsory-education school age. 义务教育法 Art. 11: children who have reached six start
// school; nine years of compulsory schooling make ages 6–15 the school-age band. 白银
// 白政办发〔2020〕28号 §二(一): new entrants are those "截止当年8月31日年满六周岁", so age is taken
// as full years on 31 August at the start of the current school year (school year starts
// 1 September). No I/O.

import { parseIsoDate } from '../shared/calendarDate';
import type { SchoolStage } from './vocabulary';


export interface SchoolAgeOptions {
  /** Youngest school age (义务教育法 Art. 11; 白银 §二(一)). */
  minAge: number;
  /** Oldest school age: 6 + nine years − 1. */
  maxAge: number;
  /** Oldest primary age; 6 years of primary (六三学制) make 6–11 primary, 12–15 junior. */
  primaryMaxAge: number;
  /** Reference day: the day before the school year starts (白银 §二(一): 8月31日). */
  referenceMonth: number;
  referenceDay: number;
}

export const defaultSchoolAgeOptions: SchoolAgeOptions = {
  minAge: 6,
  maxAge: 15,
  primaryMaxAge: 11,
  referenceMonth: 8,
  referenceDay: 31,
};

function isAfterInYear(month: number, day: number, refMonth: number, refDay: number): boolean {
  return month > refMonth || (month === refMonth && day > refDay);
}

/** Year of the reference day of the school year that contains `asOf`. */
export function referenceYear(asOf: string, options: SchoolAgeOptions = defaultSchoolAgeOptions): number {
  const at = parseIsoDate(asOf);
  return isAfterInYear(at.month, at.day, options.referenceMonth, options.referenceDay) ? at.year : at.year - 1;
}

/** Full years of age on the reference day (31 August) of the current school year. */
export function ageOnReference(
  birthDate: string,
  asOf: string,
  options: SchoolAgeOptions = defaultSchoolAgeOptions,
): number {
  const birth = parseIsoDate(birthDate);
  return ageOnReferenceYear(birth.year, birth.month, birth.day, referenceYear(asOf, options), options);
}

/** Age on the reference day of `refYear` from numeric birth parts (bulk path, no parsing). */
export function ageOnReferenceYear(
  birthYear: number,
  birthMonth: number,
  birthDay: number,
  refYear: number,
  options: SchoolAgeOptions = defaultSchoolAgeOptions,
): number {
  return refYear - birthYear - (isAfterInYear(birthMonth, birthDay, options.referenceMonth, options.referenceDay) ? 1 : 0);
}

export function stageForAge(age: number, options: SchoolAgeOptions = defaultSchoolAgeOptions): SchoolStage | null {
  if (!Number.isInteger(age) || age < options.minAge || age > options.maxAge) return null;
  return age <= options.primaryMaxAge ? 'primary' : 'junior';
}

export function schoolStage(
  birthDate: string,
  asOf: string,
  options: SchoolAgeOptions = defaultSchoolAgeOptions,
): SchoolStage | null {
  return stageForAge(ageOnReference(birthDate, asOf, options), options);
}
