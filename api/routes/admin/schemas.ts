import { z } from 'zod';
import { roles } from '../../domain/auth/roles';
import { countyCode, plainString, text } from '../shared/primitives';

// Boundaries of account administration (issue 14). A password is any text without control
// characters; the policy (length, not the username, not common) is the verbs' domain rule.
const password = plainString().max(256);
const groupNo = z.number().int().min(1).max(9);

export const createUserBody = z.object({
  username: plainString()
    .trim()
    .refine((v) => /^[A-Za-z0-9._-]{3,64}$/.test(v), { params: { zh: '应为 3–64 个字母、数字或 . _ -', en: 'must be 3–64 letters, digits or . _ -' } }),
  displayName: text(100),
  role: z.enum(roles),
  groupNo: groupNo.nullable().optional(),
  countyCode: countyCode.nullable().optional(),
  password,
});
export type CreateUserBody = z.output<typeof createUserBody>;

export const updateUserBody = z
  .object({
    displayName: text(100).optional(),
    role: z.enum(roles).optional(),
    groupNo: groupNo.nullable().optional(),
    countyCode: countyCode.nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .strict();
export type UpdateUserBody = z.output<typeof updateUserBody>;

export const resetPasswordBody = z.object({ password });
export type ResetPasswordBody = z.output<typeof resetPasswordBody>;

export const changePasswordBody = z.object({ current: password.min(1), next: password });
