import type { Bilingual } from '../shared/bilingual';
import { commonPasswords } from './commonPasswords';

/**
 * Password policy (issue 14; GB/T 22239-2019 8.1.4.1 b: passwords of sufficient complexity):
 * at least 12 characters, not the username (in any case, nor containing it), not in the shipped
 * list of common passwords. Pure; the verbs turn a reason into a FieldError on their field.
 */
export const minPasswordLength = 12;

const common = new Set(commonPasswords.map((p) => p.toLowerCase()));

export function passwordProblem(password: string, username: string): Bilingual | undefined {
  if ([...password].length < minPasswordLength)
    return { zh: `至少需要 ${minPasswordLength} 个字符`, en: `needs at least ${minPasswordLength} characters` };
  const p = password.toLowerCase();
  const u = username.trim().toLowerCase();
  if (u && p.includes(u)) return { zh: '不能包含用户名', en: 'must not contain the username' };
  if (common.has(p)) return { zh: '过于常见，请换一个', en: 'is too common; choose another' };
  return undefined;
}
