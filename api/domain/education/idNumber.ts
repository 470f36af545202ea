// Citizen identity number (公民身份号码), GB 11643-1999: 6-digit address (region) code,
// 8-digit birth date YYYYMMDD, 3-digit order code (odd = male, even = female), and a check
// character computed with ISO 7064 MOD 11-2. No I/O.

import { isRealDate, parseIsoDate } from '../shared/calendarDate';
import type { Bilingual } from '../shared/bilingual';

// GB 11643-1999 §8.2: weight of position i is 2^(17-i) mod 11.
const checkWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkCharacters = '10X98765432';

export const idNumberFailureReasons = [
  'length',
  'chars',
  'check_digit',
  'birth_date_invalid',
  'birth_date_mismatch',
] as const;
export type IdNumberFailureReason = (typeof idNumberFailureReasons)[number];

/** Sex code per GB/T 2261.1: 1 male, 2 female (from the parity of the order code). */
export type SexCode = 1 | 2;

export type IdNumberValidation =
  | { ok: true; birthDate: string; sexCode: SexCode; regionCode: string }
  | { ok: false; reason: IdNumberFailureReason; text: Bilingual };

const failureMessages: Record<IdNumberFailureReason, Bilingual> = {
  length: { zh: '身份证号码应为18位', en: 'An ID number has 18 characters' },
  chars: { zh: '身份证号码前17位应为数字，末位为数字或X', en: 'The first 17 characters must be digits, the last a digit or X' },
  check_digit: { zh: '身份证号码校验码错误', en: 'The check character does not match' },
  birth_date_invalid: { zh: '身份证号码中的出生日期不存在', en: 'The birth date in the ID number is not a real date' },
  birth_date_mismatch: { zh: '身份证号码中的出生日期与登记的出生日期不一致', en: 'The birth date in the ID number differs from the recorded birth date' },
};

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Check character for the first 17 digits (GB 11643-1999 §8.2). */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * checkWeights[i];
  return checkCharacters[sum % 11];
}

/**
 * Allocation-free check used by bulk comparisons: the failure reason, or null when valid.
 * A lower-case 'x' is accepted as X, as household registers often store it that way.
 */
export function idNumberProblem(id: string, recordedBirthDate?: string): IdNumberFailureReason | null {
  if (id.length !== 18) return 'length';
  for (let i = 0; i < 17; i++) if (!isDigitCode(id.charCodeAt(i))) return 'chars';
  const last = id[17] === 'x' ? 'X' : id[17];
  if (last !== 'X' && !isDigitCode(last.charCodeAt(0))) return 'chars';
  if (idCheckCharacter(id) !== last) return 'check_digit';
  const year = digitsAt(id, 6, 4);
  const month = digitsAt(id, 10, 2);
  const day = digitsAt(id, 12, 2);
  if (!isRealDate(year, month, day)) return 'birth_date_invalid';
  if (recordedBirthDate !== undefined && !sameBirthDate(id, recordedBirthDate)) return 'birth_date_mismatch';
  return null;
}

/** Value of `count` ASCII digits of `s` from `start` (already known to be digits). */
function digitsAt(s: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) value = value * 10 + (s.charCodeAt(i) - 48);
  return value;
}

/** YYYYMMDD at positions 6…13 of the ID equals the ISO date YYYY-MM-DD. */
function sameBirthDate(id: string, isoDate: string): boolean {
  if (isoDate.length !== 10 || isoDate[4] !== '-' || isoDate[7] !== '-') return false;
  for (let i = 0; i < 4; i++) if (isoDate.charCodeAt(i) !== id.charCodeAt(6 + i)) return false;
  for (let i = 0; i < 2; i++) {
    if (isoDate.charCodeAt(5 + i) !== id.charCodeAt(10 + i)) return false;
    if (isoDate.charCodeAt(8 + i) !== id.charCodeAt(12 + i)) return false;
  }
  return true;
}

export function validateIdNumber(id: string, options: { birthDate?: string } = {}): IdNumberValidation {
  const reason = idNumberProblem(id, options.birthDate);
  if (reason !== null) {
    return { ok: false, reason, text: failureMessages[reason] };
  }
  const orderCode = Number(id.slice(14, 17));
  return {
    ok: true,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sexCode: orderCode % 2 === 1 ? 1 : 2,
    regionCode: id.slice(0, 6),
  };
}

/** Shows only the last 4 characters; minors' ID numbers are sensitive personal data. */
export function maskIdNumber(id: string): string {
  const chars = Array.from(id);
  const shown = chars.length > 4 ? chars.slice(-4).join('') : '';
  return '*'.repeat(chars.length - shown.length) + shown;
}

/** 张三丰 → 张**, 张三 → 张*; a one-character name still gets one '*' so it is never shown whole. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/**
 * Builds a VALID ID number for synthetic data. `seq` 0…499 picks the order code: order =
 * seq × 2 + 1 for males (odd), seq × 2 for females (even), so every (region, date) pair has
 * 500 distinct numbers per sex.
 */
export function makeIdNumber(regionCode: string, birthDate: string, seq: number, sexCode: SexCode): string {
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError(`Region code must be 6 digits, got "${regionCode}"`);
  if (!Number.isInteger(seq) || seq < 0 || seq > 499) throw new RangeError(`seq must be an integer 0…499, got ${seq}`);
  const { year, month, day } = parseIsoDate(birthDate);
  if (year < 1000) throw new RangeError(`Birth year must have 4 digits, got ${year}`);
  const order = String(seq * 2 + (sexCode === 1 ? 1 : 0)).padStart(3, '0');
  const first17 = `${regionCode}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${order}`;
  return first17 + idCheckCharacter(first17);
}
