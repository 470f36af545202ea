import { z } from 'zod';
import { roles } from '../../domain/auth/roles';
import { countyCode, paging, plainString, text } from '../shared/primitives';

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
  .strict()
  // An empty change is a mistake of the caller (nothing to do), not a no-op success.
  .refine((b) => Object.keys(b).length > 0, { path: ['displayName'], params: { zh: '请至少修改一项（姓名、角色、组、县区或停用）', en: 'change at least one of name, role, group, county or disabled' } });
export type UpdateUserBody = z.output<typeof updateUserBody>;

export const resetPasswordBody = z.object({ password });
export type ResetPasswordBody = z.output<typeof resetPasswordBody>;

export const changePasswordBody = z.object({ current: password.min(1), next: password });

const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));

export const auditQuery = z.object({
  user: plainString().max(64).optional(),
  action: plainString().max(64).optional(),
  objectType: plainString().max(64).optional(),
  objectId: plainString().max(64).optional(),
  result: z.enum(['ok', 'denied', 'failed']).optional(),
  /** ISO 8601 with an offset, e.g. 2026-11-20T00:00:00+08:00 (a day in Asia/Shanghai). */
  from: instant.optional(),
  to: instant.optional(),
  ...paging(100, 1000),
});
export type AuditQuery = z.output<typeof auditQuery>;

/** A backup file as the server names it (listBackups.ts); nothing else reaches the file system. */
export const backupNameParam = z.object({ name: plainString().regex(/^haidong-(pglite|postgres)-\d{8}T\d{6}Z\.(tar\.gz|dump)$/) });
